//! Names and labels refuse control characters — C0 and C1 controls, line and paragraph
//! separators, bidirectional overrides — through the HR forms, the JSON API and CSV imports,
//! with a message saying so.

use crate::helpers::{TestApp, spawn_app};
use crate::relationships::post_form;
use innerpulse::auth::Scope;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

/// "IT" followed by a right-to-left override: displays as something it is not.
const OVERRIDDEN: &str = "IT \u{202E}kcab";

async fn import_key(app: &TestApp) -> String {
    innerpulse::store::accounts::api_keys::create(app.db(), "HRIS", &[Scope::Import], None)
        .await
        .unwrap()
        .key
}

async fn departments(app: &TestApp) -> u64 {
    entity::department::Entity::find()
        .count(app.db())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_department_name_with_a_control_character_is_refused_by_form_and_api() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let key = import_key(&app).await;

    let by_form = app
        .post_form(
            "/admin/departments",
            &[("name", OVERRIDDEN), ("parent_id", "")],
        )
        .await;
    let by_api = app
        .client
        .post(app.url("/api/v1/departments"))
        .bearer_auth(&key)
        .json(&json!({"name": "Ops\u{7}", "parent_id": null}))
        .send()
        .await
        .unwrap();

    assert_eq!(by_form.status(), 422);
    let page = by_form.text().await.unwrap();
    assert!(
        page.contains("This field must not contain control characters"),
        "{page}"
    );
    assert_eq!(by_api.status(), 422);
    let body: Value = by_api.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("must not contain control characters"),
        "{body}"
    );
    assert_eq!(departments(&app).await, 0);
}

#[tokio::test]
async fn a_service_name_with_a_control_character_is_refused_by_the_api() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;

    let by_api = app
        .client
        .post(app.url("/api/v1/relationships"))
        .header("origin", &app.address)
        .json(&json!({"provider_department_id": it, "service_name": "Help\u{0}desk"}))
        .send()
        .await
        .unwrap();
    let by_form = post_form(
        &app,
        "/admin/relationships/new",
        "/admin/relationships",
        &[
            ("provider_department_id", &it.to_string()),
            ("customer_department_id", "everyone"),
            ("service_name", "Helpdesk"),
            ("service_standard", "Within 4 hours\u{2066}, promised"),
            ("touchpoint_repeat_days", ""),
            ("active", "on"),
        ],
    )
    .await;

    assert_eq!(by_api.status(), 422);
    let body: Value = by_api.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("service_name: This field must not contain control characters"),
        "{body}"
    );
    assert_eq!(by_form.status(), 422);
    let page = by_form.text().await.unwrap();
    assert!(
        page.contains(
            "id=\"service_standard-error\">This field must not contain control characters"
        ),
        "{page}"
    );
    let relationships = entity::relationship::Entity::find()
        .count(app.db())
        .await
        .unwrap();
    assert_eq!(relationships, 0);
}

#[tokio::test]
async fn an_employee_name_with_a_control_character_is_refused_in_a_csv_import() {
    let app = spawn_app().await;
    let key = import_key(&app).await;
    let csv = format!(
        "email,name,department\nana@example.com,Ana {OVERRIDDEN},Sales\nbo@example.com,Bo,Sa\u{85}les\n"
    );

    let response = app
        .client
        .post(app.url("/api/v1/employees/import?create_departments=true"))
        .bearer_auth(&key)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["rows"],
        json!([
            {"line": 2, "reason": "The name column must not contain control characters (such as tabs or text-direction overrides)."},
            {"line": 3, "reason": "The department column must not contain control characters (such as tabs or text-direction overrides)."}
        ])
    );
    assert!(app.employees().await.is_empty());
    assert_eq!(departments(&app).await, 0);
}
