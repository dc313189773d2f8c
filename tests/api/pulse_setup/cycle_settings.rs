//! A cycle's questions per section, maximum per wave and what goes first: the defaults of a
//! new cycle, setting and clearing them through the page and the API, validation against the
//! questionnaire, the audit log, and what the settings mean in minutes.

use super::{message, send};
use crate::audit::{audit_log, changes};
use crate::cycles::{create_cycle, cycle_fields};
use crate::helpers::{TestApp, location, spawn_app};
use crate::questionnaires::create_questionnaire;
use crate::relationships::login_as_hr;
use reqwest::Method;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

/// The stored pulse settings of cycle `id`.
async fn stored(app: &TestApp, id: i32) -> (Option<i32>, Option<i32>, String) {
    let cycle = entity::cycle::Entity::find_by_id(id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let shorten_by = serde_json::to_value(cycle.shorten_by).unwrap();
    (
        cycle.questions_per_section,
        cycle.max_answers_per_wave,
        shorten_by.as_str().unwrap().to_owned(),
    )
}

fn id_of(response: &reqwest::Response) -> i32 {
    location(response)
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

fn new_cycle(questionnaire: i32) -> Value {
    json!({
        "name": "Weekly pulse", "questionnaire_id": questionnaire, "cadence": "weekly",
        "timezone": "Europe/Amsterdam", "first_opening_local": "2030-10-14T09:00", "days_open": 3
    })
}

#[tokio::test]
async fn a_new_cycle_from_the_page_asks_the_core_questions_plus_one_and_at_most_ten() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;

    // Act
    let form = app.get("/admin/cycles/new").await.text().await.unwrap();
    let created = create_cycle(&app, builtin, &[]).await;

    // Assert
    assert!(
        form.contains("name=\"questions_per_section\" type=\"number\" inputmode=\"numeric\" min=\"3\" max=\"9\" value=\"4\""),
        "{form}"
    );
    assert!(form.contains("name=\"max_answers_per_wave\" type=\"number\" inputmode=\"numeric\" min=\"3\" max=\"100\" value=\"10\""));
    assert!(
        form.contains(
            "The 3 core questions plus rotating ones; the questionnaire has 9 questions."
        )
    );
    assert!(
        form.contains(
            "An employee who receives 3 services answers at most 10 questions: about 3 minutes."
        ),
        "the new form shows what the defaults mean: {form}"
    );
    assert_eq!(created.status(), 303);
    let id = id_of(&created);
    assert_eq!(
        stored(&app, id).await,
        (Some(4), Some(10), "rotating_questions".to_owned())
    );
}

#[tokio::test]
async fn the_cycle_page_shows_what_the_settings_mean_in_minutes() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;
    let created = create_cycle(&app, builtin, &[]).await;
    let page = location(&created);

    // Act
    let shown = app.get(&page).await.text().await.unwrap();
    let edit = app.get(&format!("{page}/edit")).await.text().await.unwrap();

    // Assert
    for text in [&shown, &edit] {
        // 7 + 7 + 40 s of core questions and a 7 s rotating one.
        assert!(
            text.contains(
                "An employee who receives one service answers at most 4 questions: about 2 minutes."
            ),
            "{text}"
        );
        assert!(text.contains(
            "An employee who receives 2 services answers at most 8 questions: about 3 minutes."
        ));
        // Three sections of core questions and one rotating question: 169 s.
        assert!(text.contains(
            "An employee who receives 3 services answers at most 10 questions: about 3 minutes."
        ));
        assert!(
            text.contains("Some rotating questions are comment fields"),
            "the built-in thanks field rotates"
        );
    }
    assert!(
        shown.contains("id=\"cycle-questions-per-section\">4</dd>"),
        "{shown}"
    );
    assert!(shown.contains("id=\"cycle-max-answers\">10</dd>"));
    assert!(!shown.contains("id=\"cycle-every-question\""));
}

#[tokio::test]
async fn shortening_by_sections_is_shown_as_fewer_sections() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;

    // Act
    let created = create_cycle(
        &app,
        builtin,
        &[
            ("questions_per_section", "5"),
            ("max_answers_per_wave", "10"),
            ("shorten_by", "sections"),
        ],
    )
    .await;
    let shown = app.get(&location(&created)).await.text().await.unwrap();

    // Assert
    assert_eq!(
        stored(&app, id_of(&created)).await,
        (Some(5), Some(10), "sections".to_owned())
    );
    assert!(
        shown.contains("An employee who receives 3 services answers at most 10 questions in 2 sections: about 3 minutes."),
        "{shown}"
    );
    assert!(shown.contains("Fewer sections first, then fewer rotating questions"));
}

#[tokio::test]
async fn the_edit_form_sets_and_clears_the_settings_and_the_audit_log_records_them() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;
    let id = id_of(&create_cycle(&app, builtin, &[]).await);
    let questionnaire = builtin.to_string();
    let edit = format!("/admin/cycles/{id}");

    // Act
    let set = app
        .post_form(
            &edit,
            &cycle_fields(
                &questionnaire,
                &[
                    ("questions_per_section", "6"),
                    ("max_answers_per_wave", "12"),
                    ("shorten_by", "sections"),
                ],
            ),
        )
        .await;
    let after_set = stored(&app, id).await;
    let cleared = app
        .post_form(
            &edit,
            &cycle_fields(
                &questionnaire,
                &[
                    ("questions_per_section", ""),
                    ("max_answers_per_wave", ""),
                    ("shorten_by", "rotating_questions"),
                ],
            ),
        )
        .await;

    // Assert
    assert_eq!(
        (set.status().as_u16(), cleared.status().as_u16()),
        (303, 303)
    );
    assert_eq!(after_set, (Some(6), Some(12), "sections".to_owned()));
    assert_eq!(
        stored(&app, id).await,
        (None, None, "rotating_questions".to_owned())
    );
    let log = audit_log(&app, "subject_kind=cycle").await;
    let updated = changes(&log["entries"][1]);
    assert!(
        updated.contains(&("questions_per_section".to_owned(), json!("4"), json!("6"))),
        "{updated:?}"
    );
    assert!(updated.contains(&("max_answers_per_wave".to_owned(), json!("10"), json!("12"))));
    assert!(updated.contains(&(
        "shorten_by".to_owned(),
        json!("rotating_questions"),
        json!("sections")
    )));
    let latest = changes(&log["entries"][0]);
    assert!(
        latest.contains(&("questions_per_section".to_owned(), json!("6"), Value::Null)),
        "{latest:?}"
    );
}

#[tokio::test]
async fn the_api_gives_a_new_cycle_the_defaults_and_takes_null_for_every_question_and_no_limit() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;
    let mut unlimited = new_cycle(builtin);
    unlimited["questions_per_section"] = Value::Null;
    unlimited["max_answers_per_wave"] = Value::Null;

    // Act
    let (status, defaults) = send(&app, Method::POST, "/api/v1/cycles", &new_cycle(builtin)).await;
    let (_, every) = send(&app, Method::POST, "/api/v1/cycles", &unlimited).await;

    // Assert
    assert_eq!(status, 201, "{defaults}");
    assert_eq!(defaults["questions_per_section"], 4);
    assert_eq!(defaults["max_answers_per_wave"], 10);
    assert_eq!(defaults["shorten_by"], "rotating_questions");
    assert_eq!(every["questions_per_section"], Value::Null);
    assert_eq!(every["max_answers_per_wave"], Value::Null);
}

#[tokio::test]
async fn the_api_changes_the_settings_keeps_those_left_out_and_clears_them_with_null() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;
    let (_, created) = send(&app, Method::POST, "/api/v1/cycles", &new_cycle(builtin)).await;
    let path = format!("/api/v1/cycles/{}", created["id"]);

    // Act
    let (set_status, set) = send(
        &app,
        Method::PATCH,
        &path,
        &json!({"questions_per_section": 5, "shorten_by": "sections"}),
    )
    .await;
    let (_, unrelated) = send(&app, Method::PATCH, &path, &json!({"days_open": 4})).await;
    let (_, cleared) = send(
        &app,
        Method::PATCH,
        &path,
        &json!({"questions_per_section": null, "max_answers_per_wave": null}),
    )
    .await;

    // Assert
    assert_eq!(set_status, 200, "{set}");
    assert_eq!(
        (
            &set["questions_per_section"],
            &set["max_answers_per_wave"],
            &set["shorten_by"]
        ),
        (&json!(5), &json!(10), &json!("sections"))
    );
    assert_eq!(unrelated["questions_per_section"], 5, "left out: kept");
    assert_eq!(unrelated["shorten_by"], "sections");
    assert_eq!(cleared["questions_per_section"], Value::Null);
    assert_eq!(cleared["max_answers_per_wave"], Value::Null);
    assert_eq!(cleared["shorten_by"], "sections");
}

#[tokio::test]
async fn settings_outside_the_questionnaire_are_refused_on_the_page_naming_the_field_and_number() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;

    // Act
    let refused = create_cycle(
        &app,
        builtin,
        &[
            ("questions_per_section", "2"),
            ("max_answers_per_wave", "101"),
            ("shorten_by", "everything"),
        ],
    )
    .await;

    // Assert
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("id=\"questions_per_section-error\">Ask from 3 to 9 questions per section: the 3 core questions and rotating ones"),
        "{page}"
    );
    assert!(
        page.contains("id=\"max_answers_per_wave-error\">Allow from 3 to 100 questions per wave")
    );
    assert!(page.contains("id=\"shorten_by-error\">Choose whether fewer rotating questions or fewer sections come first."));
    assert!(page.contains("value=\"101\""), "input is kept");
    assert!(
        entity::cycle::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn settings_outside_the_questionnaire_are_refused_by_the_api_and_change_nothing() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;
    let (_, created) = send(&app, Method::POST, "/api/v1/cycles", &new_cycle(builtin)).await;
    let path = format!("/api/v1/cycles/{}", created["id"]);
    let mut too_many = new_cycle(builtin);
    too_many["questions_per_section"] = json!(10);

    // Act
    let (create_status, create_refused) =
        send(&app, Method::POST, "/api/v1/cycles", &too_many).await;
    let (patch_status, patch_refused) = send(
        &app,
        Method::PATCH,
        &path,
        &json!({"name": "Renamed", "max_answers_per_wave": 2, "shorten_by": "questions"}),
    )
    .await;

    // Assert
    assert_eq!(create_status, 422);
    assert!(
        message(&create_refused).contains(
            "questions_per_section: Ask from 3 to 9 questions per section: the 3 core questions"
        ),
        "{create_refused}"
    );
    assert_eq!(patch_status, 422);
    let refused = message(&patch_refused);
    assert!(
        refused.contains("max_answers_per_wave: Allow from 3 to 100 questions per wave"),
        "{refused}"
    );
    assert!(refused.contains("shorten_by: Choose whether"), "{refused}");
    let unchanged: Value = app.get(&path).await.json().await.unwrap();
    assert_eq!(
        unchanged["name"], "Weekly pulse",
        "bad input never half-writes"
    );
    assert_eq!(unchanged["max_answers_per_wave"], 10);
    assert_eq!(
        entity::cycle::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .len(),
        1
    );
}
