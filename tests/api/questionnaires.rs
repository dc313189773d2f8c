//! Questionnaires: the read-only built-in one, copies, editing questions, reordering, and new
//! versions of locked questionnaires; the JSON API.

use crate::helpers::{TestApp, seed, spawn_app};
use crate::relationships::{login_as_hr, post_form};
use entity::account::Role;
use entity::question::{Dimension, QuestionKind};
use entity::questionnaire;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// Creates a questionnaire the way the built-in one is seeded: three questions with an
/// English and a French translation each. Returns its id.
pub async fn create_questionnaire(app: &TestApp, builtin: bool, locked: bool) -> i32 {
    if builtin {
        // Every installation ships the built-in questionnaire (installed at startup).
        return questionnaire::Entity::find()
            .filter(questionnaire::Column::BuiltinKey.eq("internal-service-pulse"))
            .one(app.db())
            .await
            .unwrap()
            .expect("the built-in questionnaire is installed at startup")
            .id;
    }
    let id = seed::Questionnaire::new("Internal service pulse")
        .locked(locked)
        .create(app)
        .await;
    let questions = [
        (
            QuestionKind::Rating,
            Dimension::Overall,
            "Overall, I am satisfied with {service}.",
            "Dans l'ensemble, je suis satisfait de {service}.",
        ),
        (
            QuestionKind::Recommend,
            Dimension::Overall,
            "How likely are you to recommend {service}?",
            "Recommanderiez-vous {service} ?",
        ),
        (
            QuestionKind::Text,
            Dimension::Overall,
            "What should {provider} change?",
            "Que devrait changer {provider} ?",
        ),
    ];
    for (index, (kind, dimension, en, fr)) in questions.into_iter().enumerate() {
        seed::Question::new(id, i32::try_from(index).unwrap() + 1, kind, dimension)
            .required(kind != QuestionKind::Text)
            .prompts(&[("en", en), ("fr", fr)])
            .create(app)
            .await;
    }
    id
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn api_questionnaire(app: &TestApp, id: i32) -> serde_json::Value {
    let response = app.get(&format!("/api/v1/questionnaires/{id}")).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

fn prompts(questionnaire: &serde_json::Value) -> Vec<String> {
    questionnaire["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            q["translations"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["locale"] == "en")
                .unwrap()["prompt"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn question_id(questionnaire: &serde_json::Value, index: usize) -> i64 {
    questionnaire["questions"][index]["id"].as_i64().unwrap()
}

async fn copy_of(app: &TestApp, source: i32) -> i32 {
    let page = format!("/admin/questionnaires/{source}");
    let response = post_form(app, &page, &format!("{page}/copy"), &[]).await;
    assert_eq!(response.status(), 303);
    location(&response)
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_built_in_questionnaire_is_shown_read_only_and_refuses_changes() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;

    let page = app
        .get(&format!("/admin/questionnaires/{builtin}"))
        .await
        .text()
        .await
        .unwrap();

    assert!(page.contains("id=\"read-only\""), "{page}");
    assert!(
        page.contains("Overall, I am satisfied with {service}."),
        "{page}"
    );
    assert!(
        !page.contains("/questions/new"),
        "no way to add questions: {page}"
    );
    let refused = post_form(
        &app,
        &format!("/admin/questionnaires/{builtin}"),
        &format!("/admin/questionnaires/{builtin}/name"),
        &[("name", "Mine now")],
    )
    .await;
    assert_eq!(refused.status(), 409);
}

#[tokio::test]
async fn a_copy_is_edited_extended_and_reordered() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let original = create_questionnaire(&app, false, false).await;
    let copy = copy_of(&app, original).await;
    let copied = api_questionnaire(&app, copy).await;
    assert_eq!(copied["builtin_key"], serde_json::Value::Null);
    assert_eq!(copied["questions"].as_array().unwrap().len(), 3);
    assert_eq!(
        copied["questions"][0]["translations"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let page = format!("/admin/questionnaires/{copy}");
    let first = question_id(&copied, 0);

    let edited = post_form(
        &app,
        &page,
        &format!("{page}/questions/{first}"),
        &[
            ("kind", "rating"),
            ("dimension", "responsiveness"),
            ("required", "on"),
            ("prompt_en", "{provider} answers quickly."),
            ("prompt_fr", "{provider} répond vite."),
        ],
    )
    .await;
    let added = post_form(
        &app,
        &page,
        &format!("{page}/questions"),
        &[
            ("kind", "choice"),
            ("dimension", "overall"),
            ("prompt_en", "Which channel do you use most?"),
            ("options_en", "Phone\nEmail\nPortal"),
            ("prompt_nl", "Welk kanaal gebruikt u het meest?"),
            ("options_nl", "Telefoon\nE-mail\nPortaal"),
        ],
    )
    .await;
    let after_add = api_questionnaire(&app, copy).await;
    let added_id = question_id(&after_add, 3);
    let moved = post_form(
        &app,
        &page,
        &format!("{page}/questions/{added_id}/move"),
        &[("direction", "up")],
    )
    .await;

    assert_eq!(edited.status(), 303);
    assert_eq!(added.status(), 303);
    assert_eq!(moved.status(), 303);
    let result = api_questionnaire(&app, copy).await;
    assert_eq!(
        prompts(&result),
        vec![
            "{provider} answers quickly.",
            "How likely are you to recommend {service}?",
            "Which channel do you use most?",
            "What should {provider} change?",
        ]
    );
    assert_eq!(result["questions"][0]["dimension"], "responsiveness");
    let choice = &result["questions"][2];
    assert_eq!(choice["kind"], "choice");
    assert_eq!(choice["option_count"], 3);
    assert_eq!(
        choice["translations"][0]["options"],
        serde_json::json!(["Phone", "Email", "Portal"])
    );
    let source = api_questionnaire(&app, original).await;
    assert_eq!(
        prompts(&source)[0],
        "Overall, I am satisfied with {service}."
    );
}

#[tokio::test]
async fn a_choice_with_different_option_counts_per_language_is_refused_with_422() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let copy = create_questionnaire(&app, false, false).await;
    let page = format!("/admin/questionnaires/{copy}");

    let response = post_form(
        &app,
        &page,
        &format!("{page}/questions"),
        &[
            ("kind", "choice"),
            ("dimension", "overall"),
            ("prompt_en", "Which office?"),
            ("options_en", "North\nSouth"),
            ("prompt_fr", "Quel bureau ?"),
            ("options_fr", "Nord\nSud\nEst"),
        ],
    )
    .await;

    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("id=\"options_fr-error\">Every language needs the same number of options."),
        "{body}"
    );
    assert!(body.contains("Nord\nSud\nEst"), "input is kept");
    assert_eq!(
        api_questionnaire(&app, copy).await["questions"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[tokio::test]
async fn editing_a_locked_questionnaire_creates_a_new_version_and_leaves_the_old_one_alone() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let locked = create_questionnaire(&app, false, true).await;
    let before = api_questionnaire(&app, locked).await;
    let page = format!("/admin/questionnaires/{locked}");
    assert!(
        app.get(&page)
            .await
            .text()
            .await
            .unwrap()
            .contains("id=\"locked\"")
    );
    let first = question_id(&before, 0);

    let response = post_form(
        &app,
        &page,
        &format!("{page}/questions/{first}"),
        &[
            ("kind", "rating"),
            ("dimension", "overall"),
            ("required", "on"),
            ("prompt_en", "All in all, {service} works for me."),
        ],
    )
    .await;

    assert_eq!(response.status(), 303);
    let next = location(&response);
    assert!(next.ends_with("?new_version=1"), "{next}");
    let new_page = app.get(&next).await.text().await.unwrap();
    assert!(new_page.contains("saved as a new version 2"), "{new_page}");
    let new_id: i32 = next
        .trim_end_matches("?new_version=1")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let new_version = api_questionnaire(&app, new_id).await;
    assert_eq!(new_version["version"], 2);
    assert_eq!(new_version["previous_version_id"], locked);
    assert_eq!(new_version["locked"], false);
    assert_eq!(
        prompts(&new_version)[0],
        "All in all, {service} works for me."
    );
    assert_eq!(
        prompts(&api_questionnaire(&app, locked).await),
        prompts(&before)
    );
}

#[tokio::test]
async fn the_last_question_of_a_questionnaire_cannot_be_removed() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let copy = create_questionnaire(&app, false, false).await;
    let page = format!("/admin/questionnaires/{copy}");
    for _ in 0..2 {
        let current = api_questionnaire(&app, copy).await;
        let id = question_id(&current, 0);
        let removed = post_form(
            &app,
            &format!("{page}/questions/{id}/delete"),
            &format!("{page}/questions/{id}/delete"),
            &[],
        )
        .await;
        assert_eq!(removed.status(), 303);
    }
    let last = question_id(&api_questionnaire(&app, copy).await, 0);

    let refused = post_form(&app, &page, &format!("{page}/questions/{last}/delete"), &[]).await;

    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("A questionnaire needs at least one question.")
    );
    assert_eq!(
        api_questionnaire(&app, copy).await["questions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn the_questionnaire_list_is_open_to_staff_by_api_and_closed_to_heads_as_a_page() {
    let app = spawn_app().await;
    create_questionnaire(&app, true, false).await;
    let it = app.create_department("IT").await;
    let head = app.create_staff(Role::DepartmentHead, &[it]).await;
    app.login(&head).await;

    assert_eq!(app.get("/admin/questionnaires").await.status(), 403);
    let list: serde_json::Value = app
        .get("/api/v1/questionnaires")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["builtin_key"], "internal-service-pulse");
    // The built-in "Internal service pulse" has nine questions.
    assert_eq!(list[0]["question_count"], 9);
    let stored = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.is_not_null())
        .order_by_asc(questionnaire::Column::Id)
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
}

#[tokio::test]
async fn the_builtin_questionnaire_is_installed_at_startup_and_listed_for_hr() {
    let app = crate::helpers::spawn_app().await;
    app.login_as_hr().await;

    let page = app.get("/admin/questionnaires").await;

    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(body.contains("Internal service pulse"), "{body}");
}
