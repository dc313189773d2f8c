//! Cycles without questions per section (those made before it existed, or set so by HR) ask
//! every question until HR sets it, and their page says so; a wave opened for one shows
//! every question, and one opened after HR sets the defaults asks at most the maximum.

use super::send;
use crate::helpers::{TestApp, spawn_app};
use crate::questionnaires::create_questionnaire;
use crate::relationships::login_as_hr;
use crate::waves_fixture::{CycleOptions, organisation, survey_link, token_of};
use chrono::{TimeDelta, Utc};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::{Value, json};

const NOTICE: &str =
    "This cycle asks every question (9 per section) until you set questions per section.";

/// Opens the fixture's due wave and returns the number of questions on Ana's survey page (she
/// receives three services).
async fn questions_on_anas_page(app: &TestApp) -> usize {
    let emails = app.deliver_mail_to("ana@example.com").await;
    let token = token_of(&survey_link(&emails[0]));
    let page = app.get(&format!("/s/{token}")).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert_eq!(page.matches("survey-section\"").count(), 3, "{page}");
    page.matches("<fieldset class=\"survey-question").count()
}

/// Makes cycle `id` due again: saving a cycle moves its next opening to the first one from now.
async fn make_due(app: &TestApp, id: i32) {
    entity::cycle::ActiveModel {
        id: Set(id),
        next_opening_at: Set(Some(Utc::now() - TimeDelta::minutes(1))),
        ..Default::default()
    }
    .update(app.db())
    .await
    .unwrap();
}

#[tokio::test]
async fn a_cycle_set_to_every_question_through_the_api_says_so_on_its_page() {
    // Arrange
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let builtin = create_questionnaire(&app, true, false).await;
    let (_, created) = send(
        &app,
        Method::POST,
        "/api/v1/cycles",
        &json!({
            "name": "Weekly pulse", "questionnaire_id": builtin, "cadence": "weekly",
            "timezone": "Europe/Amsterdam", "first_opening_local": "2030-10-14T09:00",
            "days_open": 3
        }),
    )
    .await;
    let id = &created["id"];
    let before = app
        .get(&format!("/admin/cycles/{id}"))
        .await
        .text()
        .await
        .unwrap();

    // Act
    let (status, _) = send(
        &app,
        Method::PATCH,
        &format!("/api/v1/cycles/{id}"),
        &json!({"questions_per_section": null}),
    )
    .await;
    let after = app
        .get(&format!("/admin/cycles/{id}"))
        .await
        .text()
        .await
        .unwrap();

    // Assert
    assert_eq!(status, 200);
    assert!(!before.contains(NOTICE), "{before}");
    assert!(after.contains(NOTICE), "{after}");
    assert!(after.contains("id=\"cycle-questions-per-section\">Every question</dd>"));
}

#[tokio::test]
async fn a_cycle_made_before_questions_per_section_asks_every_question_and_says_so() {
    // Arrange: the fixture's cycle is written without the new columns, as an existing cycle.
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let cycle = entity::cycle::Entity::find_by_id(org.cycle_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    login_as_hr(&app).await;

    // Act
    let page = app
        .get(&format!("/admin/cycles/{}", org.cycle_id))
        .await
        .text()
        .await
        .unwrap();
    let questions = questions_on_anas_page(&app).await;

    // Assert
    assert_eq!(cycle.questions_per_section, None);
    assert!(page.contains(NOTICE), "{page}");
    assert!(
        page.contains("An employee who receives 3 services answers at most 27 questions"),
        "{page}"
    );
    assert_eq!(
        questions, 27,
        "three sections of the built-in nine questions"
    );
}

#[tokio::test]
async fn once_hr_sets_the_defaults_the_next_wave_asks_at_most_ten_questions() {
    // Arrange
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    login_as_hr(&app).await;

    // Act
    let (status, changed) = send(
        &app,
        Method::PATCH,
        &format!("/api/v1/cycles/{}", org.cycle_id),
        &json!({"questions_per_section": 4, "max_answers_per_wave": 10}),
    )
    .await;
    make_due(&app, org.cycle_id).await;
    let page = app
        .get(&format!("/admin/cycles/{}", org.cycle_id))
        .await
        .text()
        .await
        .unwrap();
    let questions = questions_on_anas_page(&app).await;

    // Assert
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["questions_per_section"], Value::from(4));
    assert!(!page.contains(NOTICE), "{page}");
    assert_eq!(
        questions, 10,
        "three core questions per section and one rotating"
    );
}
