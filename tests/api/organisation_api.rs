//! The organisation JSON API: CSV import with API keys, departments and employees.

use crate::helpers::{TestApp, spawn_app};
use entity::account::Role;
use innerpulse::auth::Scope;
use serde_json::{Value, json};

async fn key(app: &TestApp, scopes: &[Scope]) -> String {
    innerpulse::store::accounts::api_keys::create(app.db(), "HRIS", scopes, None)
        .await
        .unwrap()
        .key
}

async fn import(app: &TestApp, key: Option<&str>, query: &str, csv: &str) -> reqwest::Response {
    let mut request = app
        .client
        .post(app.url(&format!("/api/v1/employees/import{query}")))
        .header("content-type", "text/csv")
        .body(csv.to_owned());
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn an_import_key_imports_a_csv_and_gets_the_summary() {
    let app = spawn_app().await;
    let key = key(&app, &[Scope::Import]).await;

    let response = import(
        &app,
        Some(&key),
        "?create_departments=true",
        "email,name,department\nana@example.com,Ana,IT\n",
    )
    .await;

    assert_eq!(response.status(), 200);
    let summary: Value = response.json().await.unwrap();
    assert_eq!(summary["created"], 1);
    assert_eq!(summary["departments_created"], 1);
    assert_eq!(app.employees().await.len(), 1);
}

#[tokio::test]
async fn the_import_api_needs_a_key_with_the_import_scope() {
    let app = spawn_app().await;
    let touchpoint = key(&app, &[Scope::Touchpoint]).await;
    let csv = "email,name,department\nana@example.com,Ana,IT\n";

    let anonymous = import(&app, None, "?create_departments=true", csv).await;
    let wrong_scope = import(&app, Some(&touchpoint), "?create_departments=true", csv).await;

    assert_eq!(anonymous.status(), 401);
    assert_eq!(wrong_scope.status(), 403);
    let body: Value = wrong_scope.json().await.unwrap();
    assert_eq!(body["error"]["code"], "forbidden");
    assert!(app.employees().await.is_empty());
}

#[tokio::test]
async fn bad_rows_come_back_as_422_with_every_line_and_reason() {
    let app = spawn_app().await;
    let key = key(&app, &[Scope::Import]).await;
    app.create_department("IT").await;

    let response = import(
        &app,
        Some(&key),
        "",
        "email,name,department\nbad,Ana,IT\nbo@example.com,,Nowhere\n",
    )
    .await;

    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_rows");
    assert_eq!(
        body["rows"],
        json!([
            {"line": 2, "reason": "“bad” is not a valid email address."},
            {"line": 3, "reason": "The name is empty."},
            {"line": 3, "reason": "Unknown department “Nowhere” (choose “create departments” to add it)."}
        ])
    );
    assert!(app.employees().await.is_empty());
}

#[tokio::test]
async fn a_large_deactivation_answers_409_until_confirmed() {
    let app = spawn_app().await;
    let key = key(&app, &[Scope::Import]).await;
    let it = app.create_department("IT").await;
    app.create_employee("ana@example.com", "Ana", it).await;
    app.create_employee("bo@example.com", "Bo", it).await;
    let csv = "email,name,department\nana@example.com,Ana,IT\n";

    let refused = import(&app, Some(&key), "", csv).await;
    let confirmed = import(&app, Some(&key), "?confirm_deactivation=true", csv).await;

    assert_eq!(refused.status(), 409);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "confirmation_required");
    assert_eq!(body["deactivate"][0]["email"], "bo@example.com");
    assert_eq!(body["active"], 2);
    assert_eq!(confirmed.status(), 200);
    let summary: Value = confirmed.json().await.unwrap();
    assert_eq!(summary["deactivated"], 1);
    assert_eq!(summary["unchanged"], 1);
}

#[tokio::test]
async fn departments_are_created_moved_renamed_and_deleted_through_the_api() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    let post = |name: &str, parent: Option<i64>| {
        app.client
            .post(app.url("/api/v1/departments"))
            .json(&json!({"name": name, "parent_id": parent}))
            .send()
    };

    let ops: Value = post("Operations", None)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ops_id = ops["id"].as_i64().unwrap();
    let kitchen = post("Kitchen", Some(ops_id)).await.unwrap();
    assert_eq!(kitchen.status(), 201);
    let kitchen: Value = kitchen.json().await.unwrap();
    let kitchen_id = kitchen["id"].as_i64().unwrap();
    assert_eq!(kitchen["depth"], 1);
    let clash = post("kitchen", None).await.unwrap();
    assert_eq!(clash.status(), 422);

    let patch = |id: i64, body: Value| {
        app.client
            .patch(app.url(&format!("/api/v1/departments/{id}")))
            .json(&body)
            .send()
    };
    let looped = patch(ops_id, json!({"parent_id": kitchen_id}))
        .await
        .unwrap();
    assert_eq!(looped.status(), 422);
    let message: Value = looped.json().await.unwrap();
    assert!(
        message["error"]["message"]
            .as_str()
            .unwrap()
            .contains("cannot be moved under itself")
    );
    let refused = app
        .client
        .delete(app.url(&format!("/api/v1/departments/{ops_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 409);
    let message: Value = refused.json().await.unwrap();
    assert!(
        message["error"]["message"]
            .as_str()
            .unwrap()
            .contains("1 sub-department")
    );

    let moved = patch(kitchen_id, json!({"parent_id": null, "name": "Canteen"}))
        .await
        .unwrap();
    assert_eq!(moved.status(), 200);
    let moved: Value = moved.json().await.unwrap();
    assert_eq!(moved["name"], "Canteen");
    assert_eq!(moved["parent_id"], Value::Null);
    let deleted = app
        .client
        .delete(app.url(&format!("/api/v1/departments/{ops_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let tree: Value = app.get("/api/v1/departments").await.json().await.unwrap();
    assert_eq!(tree.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn employees_are_listed_added_and_changed_through_the_api() {
    let app = spawn_app().await;
    let key = key(&app, &[Scope::Import]).await;
    let it = app.create_department("IT").await;
    let sales = app.create_department("Sales").await;
    app.create_employee("bo@example.com", "Bo", sales).await;

    let created = app
        .client
        .post(app.url("/api/v1/employees"))
        .bearer_auth(&key)
        .json(&json!({"email": "Ana@Example.com", "name": "Ana", "department_id": it, "external_id": "E1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let ana: Value = created.json().await.unwrap();
    assert_eq!(ana["email"], "ana@example.com");
    let duplicate = app
        .client
        .post(app.url("/api/v1/employees"))
        .bearer_auth(&key)
        .json(&json!({"email": "ana@example.com", "name": "Ana 2", "department_id": it}))
        .send()
        .await
        .unwrap();
    assert_eq!(duplicate.status(), 422);

    let changed = app
        .client
        .patch(app.url(&format!("/api/v1/employees/{}", ana["id"])))
        .bearer_auth(&key)
        .json(&json!({"name": "Ana López", "locale": "pl", "active": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(changed["name"], "Ana López");
    assert_eq!(changed["locale"], "pl");
    assert_eq!(changed["active"], false);

    let list: Value = app
        .client
        .get(app.url(&format!(
            "/api/v1/employees?status=all&search=ANA&department={it}"
        )))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["external_id"], "E1");
    assert_eq!(list["pages"], 1);
}
