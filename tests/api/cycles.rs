//! Survey cycles: validation (form and API), the DST-correct preview of the next five
//! openings, pause / resume, and who may manage them.

use crate::helpers::{TestApp, spawn_app};
use crate::questionnaires::create_questionnaire;
use crate::relationships::{login_as_hr, post_form};
use entity::account::Role;
use sea_orm::EntityTrait;
use serde_json::json;

pub fn cycle_fields<'a>(
    questionnaire: &'a str,
    overrides: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("name", "Weekly pulse"),
        ("questionnaire_id", questionnaire),
        ("relationships", "all"),
        ("cadence", "weekly"),
        ("timezone", "Europe/Amsterdam"),
        ("timezone_other", ""),
        ("first_date", "2030-10-14"),
        ("first_time", "09:00"),
        ("days_open", "3"),
        ("reminder_after_days", "2"),
        ("max_reminders", "1"),
        ("fatigue_cap", "3"),
        ("sample_percent", ""),
        ("active", "on"),
    ];
    for (key, value) in overrides {
        fields.retain(|(k, _)| k != key);
        fields.push((key, value));
    }
    fields
}

pub async fn create_cycle(
    app: &TestApp,
    questionnaire: i32,
    overrides: &[(&str, &str)],
) -> reqwest::Response {
    let questionnaire = questionnaire.to_string();
    post_form(
        app,
        "/admin/cycles/new",
        "/admin/cycles",
        &cycle_fields(&questionnaire, overrides),
    )
    .await
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_cycle_page_previews_five_weekly_openings_at_nine_local_across_the_dst_change() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;

    let created = create_cycle(&app, questionnaire, &[]).await;

    assert_eq!(created.status(), 303);
    let page = app.get(&location(&created)).await.text().await.unwrap();
    for day in [
        "2030-10-14",
        "2030-10-21",
        "2030-10-28",
        "2030-11-04",
        "2030-11-11",
    ] {
        assert!(
            page.contains(&format!("Monday {day} 09:00")),
            "{day} in {page}"
        );
    }
    assert!(
        page.contains("2030-10-21T07:00:00Z"),
        "summer time is UTC+2: {page}"
    );
    assert!(
        page.contains("2030-10-28T08:00:00Z"),
        "winter time is UTC+1: {page}"
    );
    assert!(page.contains("/waves\">Waves and delivery</a>"), "{page}");
}

#[tokio::test]
async fn the_api_shows_the_next_openings_in_utc_and_local_time_and_the_next_opening_at() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;

    let created = app
        .client
        .post(app.url("/api/v1/cycles"))
        .json(&json!({
            "name": "Weekly pulse", "questionnaire_id": questionnaire, "cadence": "weekly",
            "timezone": "Europe/Amsterdam", "first_opening_local": "2030-10-14T09:00", "days_open": 3
        }))
        .send()
        .await
        .unwrap();

    assert_eq!(created.status(), 201);
    let cycle: serde_json::Value = created.json().await.unwrap();
    assert_eq!(cycle["next_opening_at"], "2030-10-14T07:00:00Z");
    assert_eq!(cycle["fatigue_cap"], 3);
    let openings = cycle["next_openings"].as_array().unwrap();
    assert_eq!(openings.len(), 5);
    assert_eq!(openings[1]["utc"], "2030-10-21T07:00:00Z");
    assert_eq!(openings[2]["utc"], "2030-10-28T08:00:00Z");
    for opening in openings {
        assert!(
            opening["local"].as_str().unwrap().ends_with(" 09:00"),
            "{opening}"
        );
    }
    let id = cycle["id"].as_i64().unwrap();
    let fetched: serde_json::Value = app
        .get(&format!("/api/v1/cycles/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["next_openings"], cycle["next_openings"]);
}

#[tokio::test]
async fn an_unknown_timezone_no_open_days_and_a_zero_cap_are_refused_with_422_next_to_each_field() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;

    let response = create_cycle(
        &app,
        questionnaire,
        &[
            ("timezone_other", "Mars/Olympus"),
            ("days_open", "0"),
            ("fatigue_cap", "0"),
        ],
    )
    .await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("id=\"timezone-error\">This is not a known IANA timezone"),
        "{page}"
    );
    assert!(
        page.contains("id=\"days_open-error\">A wave stays open for at least 1 day"),
        "{page}"
    );
    assert!(
        page.contains("id=\"fatigue_cap-error\">Ask at least 1 section per employee per wave"),
        "{page}"
    );
    assert!(page.contains("value=\"Mars/Olympus\""), "input is kept");
    assert!(
        entity::cycle::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_api_refuses_an_unknown_timezone_no_open_days_and_a_zero_cap_with_422() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;

    let response = app
        .client
        .post(app.url("/api/v1/cycles"))
        .json(&json!({
            "name": "Pulse", "questionnaire_id": questionnaire, "cadence": "weekly",
            "timezone": "Mars/Olympus", "first_opening_local": "2030-10-14T09:00",
            "days_open": 0, "fatigue_cap": 0
        }))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("timezone: This is not a known IANA timezone"),
        "{message}"
    );
    assert!(
        message.contains("days_open: A wave stays open for at least 1 day"),
        "{message}"
    );
    assert!(
        message.contains("fatigue_cap: Ask at least 1 section"),
        "{message}"
    );
}

#[tokio::test]
async fn a_local_time_skipped_by_the_spring_clock_change_is_refused() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;

    let response = create_cycle(
        &app,
        questionnaire,
        &[("first_date", "2030-03-31"), ("first_time", "02:30")],
    )
    .await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("This local time does not exist on that day"),
        "{page}"
    );
}

#[tokio::test]
async fn a_cycle_is_paused_and_resumed_from_its_page_and_through_the_api() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;
    let cycle_page = location(&create_cycle(&app, questionnaire, &[]).await);
    let id: i32 = cycle_page.rsplit('/').next().unwrap().parse().unwrap();

    let paused = post_form(&app, &cycle_page, &format!("{cycle_page}/pause"), &[]).await;

    assert_eq!(paused.status(), 303);
    let stored = entity::cycle::Entity::find_by_id(id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(!stored.active);
    let page = app.get(&cycle_page).await.text().await.unwrap();
    assert!(page.contains("This cycle is paused"), "{page}");

    let resumed = post_form(&app, &cycle_page, &format!("{cycle_page}/resume"), &[]).await;

    assert_eq!(resumed.status(), 303);
    let stored = entity::cycle::Entity::find_by_id(id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(stored.active);
    assert_eq!(
        stored.next_opening_at.unwrap().to_rfc3339(),
        "2030-10-14T07:00:00+00:00"
    );

    let api = app
        .client
        .patch(app.url(&format!("/api/v1/cycles/{id}")))
        .json(&json!({"active": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 200);
    let body: serde_json::Value = api.json().await.unwrap();
    assert_eq!(body["active"], false);
    assert_eq!(body["name"], "Weekly pulse");
}

#[tokio::test]
async fn a_cycle_can_cover_a_chosen_subset_of_relationships() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let questionnaire = create_questionnaire(&app, true, false).await;
    let it = app.create_department("IT").await;
    let relationship: serde_json::Value = app
        .client
        .post(app.url("/api/v1/relationships"))
        .json(&json!({"provider_department_id": it, "service_name": "Helpdesk"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let field = format!("relationship_{}", relationship["id"]);

    let created = create_cycle(
        &app,
        questionnaire,
        &[("relationships", "chosen"), (&field, "on")],
    )
    .await;

    assert_eq!(created.status(), 303);
    let id = location(&created).rsplit('/').next().unwrap().to_owned();
    let cycle: serde_json::Value = app
        .get(&format!("/api/v1/cycles/{id}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(cycle["all_relationships"], false);
    assert_eq!(cycle["relationship_ids"], json!([relationship["id"]]));
}

#[tokio::test]
async fn a_department_head_gets_403_on_the_cycle_pages_and_changes() {
    let app = spawn_app().await;
    let it = app.create_department("IT").await;
    let head = app.create_staff(Role::DepartmentHead, &[it]).await;
    app.login(&head).await;

    assert_eq!(app.get("/admin/cycles").await.status(), 403);
    assert_eq!(app.get("/admin/cycles/new").await.status(), 403);
    let api = app
        .client
        .post(app.url("/api/v1/cycles"))
        .json(&json!({
            "name": "Pulse", "questionnaire_id": 1, "cadence": "weekly",
            "timezone": "Europe/Amsterdam", "first_opening_local": "2030-10-14T09:00", "days_open": 3
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 403);
    assert_eq!(app.get("/api/v1/cycles").await.status(), 200);
}
