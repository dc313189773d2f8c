//! Core and rotating questions: marked on the question form and through the API, shown on
//! the questionnaire page, carried into new versions, audited.

use super::{api_questionnaire, core_flags, message, rating, send};
use crate::audit::{audit_log, changes};
use crate::helpers::spawn_app;
use crate::questionnaires::create_questionnaire;
use crate::relationships::{login_as_hr, post_form};
use reqwest::Method;
use serde_json::json;

fn question_fields(prompt: &str, core: bool) -> Vec<(&str, &str)> {
    let mut fields = vec![
        ("kind", "rating"),
        ("dimension", "courtesy"),
        ("required", "on"),
        ("prompt_en", prompt),
    ];
    if core {
        fields.push(("core", "on"));
    }
    fields
}

#[tokio::test]
async fn questions_marked_core_on_the_page_are_core_in_the_api_and_on_the_questionnaire_page() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let id = create_questionnaire(&app, false, false).await;
    let page = format!("/admin/questionnaires/{id}");
    let form = app
        .get(&format!("{page}/questions/new"))
        .await
        .text()
        .await
        .unwrap();

    // Act
    let core = post_form(
        &app,
        &page,
        &format!("{page}/questions"),
        &question_fields("{provider} is polite.", true),
    )
    .await;
    let rotating = post_form(
        &app,
        &page,
        &format!("{page}/questions"),
        &question_fields("{provider} listens.", false),
    )
    .await;

    // Assert
    assert!(
        form.contains("name=\"core\" type=\"checkbox\" aria-describedby=\"core-help\">"),
        "unticked by default: {form}"
    );
    assert!(form.contains("Core questions are asked in every section."));
    assert_eq!(
        (core.status().as_u16(), rotating.status().as_u16()),
        (303, 303)
    );
    let stored = api_questionnaire(&app, id.into()).await;
    assert_eq!(core_flags(&stored), [false, false, false, true, false]);
    let shown = app.get(&page).await.text().await.unwrap();
    assert!(
        shown.contains("One core question is asked in every section; 4 questions rotate."),
        "{shown}"
    );
    assert_eq!(shown.matches(">Core</span>").count(), 1, "{shown}");
    assert_eq!(shown.matches(">Rotating</span>").count(), 4);
}

#[tokio::test]
async fn unticking_core_on_the_form_makes_the_question_rotate_and_the_audit_log_says_so() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let id = create_questionnaire(&app, false, false).await;
    let page = format!("/admin/questionnaires/{id}");
    post_form(
        &app,
        &page,
        &format!("{page}/questions"),
        &question_fields("{provider} is polite.", true),
    )
    .await;
    let question = api_questionnaire(&app, id.into()).await["questions"][3]["id"]
        .as_i64()
        .unwrap();
    let edit = format!("{page}/questions/{question}");
    let form = app.get(&edit).await.text().await.unwrap();

    // Act
    let saved = post_form(
        &app,
        &edit,
        &edit,
        &question_fields("{provider} is polite.", false),
    )
    .await;

    // Assert
    assert!(
        form.contains("name=\"core\" type=\"checkbox\" aria-describedby=\"core-help\" checked>")
    );
    assert_eq!(saved.status(), 303);
    assert_eq!(
        core_flags(&api_questionnaire(&app, id.into()).await),
        [false; 4]
    );
    let log = audit_log(&app, "subject_kind=questionnaire").await;
    let entry = &log["entries"][0];
    assert_eq!(entry["action"], "questionnaire.question_changed");
    assert!(
        changes(entry).contains(&(
            format!("question {question} core"),
            json!("true"),
            json!("false")
        )),
        "{entry}"
    );
}

#[tokio::test]
async fn a_questionnaire_created_through_the_api_keeps_its_core_and_rotating_questions() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let body = json!({
        "name": "Short pulse",
        "questions": [
            rating("Overall, {service} serves me well.", Some(true)),
            rating("{provider} keeps me informed.", Some(false)),
            rating("{provider} answers quickly.", None),
            {"kind": "text", "dimension": "overall", "required": false, "core": true,
             "translations": [{"locale": "en", "prompt": "What should change?"},
                              {"locale": "fr", "prompt": "Que faudrait-il changer ?"}]}
        ]
    });

    // Act
    let (status, created) = send(&app, Method::POST, "/api/v1/questionnaires", &body).await;

    // Assert
    assert_eq!(status, 201, "{created}");
    assert_eq!(core_flags(&created), [true, false, false, true]);
    assert_eq!(created["questions"][3]["required"], false);
    assert_eq!(
        created["questions"][2]["required"], true,
        "required by default"
    );
    let read_back = api_questionnaire(&app, created["id"].as_i64().unwrap()).await;
    assert_eq!(core_flags(&read_back), [true, false, false, true]);
    assert_eq!(read_back["name"], "Short pulse");
}

#[tokio::test]
async fn a_question_added_and_replaced_through_the_api_takes_core_and_loses_it_when_left_out() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let id = create_questionnaire(&app, false, false).await;
    let questions = format!("/api/v1/questionnaires/{id}/questions");

    // Act
    let (added_status, added) = send(
        &app,
        Method::POST,
        &questions,
        &rating("{provider} is polite.", Some(true)),
    )
    .await;
    let question = added["questions"][3]["id"].as_i64().unwrap();
    let (replaced_status, replaced) = send(
        &app,
        Method::PUT,
        &format!("{questions}/{question}"),
        &rating("{provider} is polite.", None),
    )
    .await;

    // Assert
    assert_eq!(added_status, 201, "{added}");
    assert_eq!(core_flags(&added), [false, false, false, true]);
    assert_eq!(replaced_status, 200, "{replaced}");
    assert_eq!(
        core_flags(&replaced),
        [false; 4],
        "a PUT without core makes the question rotate"
    );
}

#[tokio::test]
async fn a_new_version_of_a_locked_questionnaire_carries_the_core_flags() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let locked = create_questionnaire(&app, false, true).await;
    let first = api_questionnaire(&app, locked.into()).await["questions"][0]["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/questionnaires/{locked}/questions/{first}");

    // Act
    let (status, new_version) = send(
        &app,
        Method::PUT,
        &path,
        &rating("Overall, I am satisfied with {service}.", Some(true)),
    )
    .await;
    let second = new_version["questions"][1]["id"].as_i64().unwrap();
    let (_, newer) = send(
        &app,
        Method::PUT,
        &format!(
            "/api/v1/questionnaires/{}/questions/{second}",
            new_version["id"]
        ),
        &json!({"kind": "recommend", "dimension": "overall", "core": true,
                "translations": [{"locale": "en", "prompt": "Would you recommend {service}?"}]}),
    )
    .await;

    // Assert
    assert_eq!(status, 200, "{new_version}");
    assert_ne!(new_version["id"], locked);
    assert_eq!(new_version["previous_version_id"], locked);
    assert_eq!(core_flags(&new_version), [true, false, false]);
    assert_eq!(
        core_flags(&api_questionnaire(&app, locked.into()).await),
        [false; 3],
        "the locked version stays as it was"
    );
    assert_eq!(newer["id"], new_version["id"], "unlocked: edited in place");
    assert_eq!(core_flags(&newer), [true, true, false]);
}

#[tokio::test]
async fn the_api_refuses_bad_questions_naming_each_field_and_writes_nothing() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let before = app
        .get("/api/v1/questionnaires")
        .await
        .text()
        .await
        .unwrap();
    let body = json!({
        "name": "",
        "questions": [
            {"kind": "rating", "dimension": "overall", "core": true,
             "translations": [{"locale": "xx", "prompt": "Hello"}]},
            {"kind": "stars", "dimension": "overall",
             "translations": [{"locale": "fr", "prompt": "Bonjour"}]}
        ]
    });
    let builtin = create_questionnaire(&app, true, false).await;

    // Act
    let (status, refused) = send(&app, Method::POST, "/api/v1/questionnaires", &body).await;
    let (core_not_bool, _) = send(
        &app,
        Method::POST,
        "/api/v1/questionnaires",
        &json!({"name": "X", "questions": [{"kind": "rating", "dimension": "overall",
            "core": "yes", "translations": [{"locale": "en", "prompt": "Hi"}]}]}),
    )
    .await;
    let (builtin_status, _) = send(
        &app,
        Method::POST,
        &format!("/api/v1/questionnaires/{builtin}/questions"),
        &rating("Hi", Some(true)),
    )
    .await;

    // Assert
    assert_eq!(status, 422);
    let message = message(&refused);
    assert!(
        message.contains("name: Give the questionnaire a name"),
        "{message}"
    );
    assert!(
        message
            .contains("questions[0].translations: Give each text in one of the shipped languages"),
        "{message}"
    );
    assert!(
        message.contains("questions[1].kind: Choose the kind of answer"),
        "{message}"
    );
    assert!(
        message.contains("questions[1].prompt_en: Write the question at least in the organisation’s default language"),
        "{message}"
    );
    assert_eq!(core_not_bool, 400, "core is a boolean");
    assert_eq!(builtin_status, 409);
    let after = app
        .get("/api/v1/questionnaires")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(before, after, "nothing was written");
}
