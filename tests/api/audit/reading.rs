//! Who may read the log, its paging and filters, and that nothing can change it.

use super::{audit_log, import_key};
use crate::helpers::spawn_app;
use entity::account::Role;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};

#[tokio::test]
async fn a_department_head_cannot_read_the_audit_log() {
    // Arrange
    let app = spawn_app().await;
    let sales = app.create_department("Sales").await;
    let head = app.create_staff(Role::DepartmentHead, &[sales]).await;
    app.login(&head).await;
    let key = import_key(&app, "HRIS sync").await;

    // Act
    let page = app.get("/admin/audit").await;
    let api = app.get("/api/v1/audit").await;
    let with_key = app
        .browser()
        .get(app.url("/api/v1/audit"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    let anonymous = app
        .browser()
        .get(app.url("/api/v1/audit"))
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(page.status(), 403);
    assert_eq!(api.status(), 403);
    assert_eq!(with_key.status(), 403, "API keys cannot read the log");
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn the_audit_api_pages_and_filters_by_kind() {
    // Arrange
    let app = spawn_app().await;
    app.login_as_hr().await;
    let key = import_key(&app, "HRIS sync").await;
    let integration = app.browser();
    let sales = integration
        .post(app.url("/api/v1/departments"))
        .bearer_auth(&key)
        .json(&json!({ "name": "Sales" }))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    for name in ["Ann", "Ben", "Cat"] {
        let created = integration
            .post(app.url("/api/v1/employees"))
            .bearer_auth(&key)
            .json(&json!({
                "email": format!("{}@example.com", name.to_lowercase()),
                "name": name,
                "department_id": sales,
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
    }

    // Act
    let first = audit_log(&app, "subject_kind=employee&per_page=2").await;
    let second = audit_log(&app, "subject_kind=employee&per_page=2&page=2").await;
    let departments = audit_log(&app, "subject_kind=department").await;
    let everything = audit_log(&app, "per_page=500").await;
    let future = audit_log(&app, "since=2999-01-01").await;
    let by_name = audit_log(&app, "search=ben").await;
    let bad_kind = app.get("/api/v1/audit?subject_kind=answer").await;

    // Assert
    assert_eq!(first["total"], 3);
    assert_eq!(first["per_page"], 2);
    let names = |log: &Value| -> Vec<String> {
        log["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["subject_label"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names(&first), ["Cat", "Ben"], "newest first");
    assert_eq!(names(&second), ["Ann"]);
    assert_eq!(departments["total"], 1);
    assert_eq!(departments["entries"][0]["action"], "department.created");
    assert_eq!(everything["per_page"], 200, "at most 200 per page");
    assert!(everything["total"].as_u64().unwrap() >= 4);
    assert_eq!(future["total"], 0);
    assert_eq!(names(&by_name), ["Ben"]);
    assert_eq!(bad_kind.status(), 422);
}

#[tokio::test]
async fn there_is_no_route_that_edits_or_deletes_audit_entries() {
    // Arrange
    let app = spawn_app().await;
    app.login_as_hr().await;
    let first = audit_log(&app, "").await;
    let id = first["entries"][0]["id"].as_i64().unwrap();
    let url = app.url(&format!("/api/v1/audit/{id}"));

    // Act
    let attempts = [
        app.client.delete(&url).send().await.unwrap().status(),
        app.client
            .patch(&url)
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .status(),
        app.client
            .put(&url)
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .status(),
        app.client
            .delete(app.url("/api/v1/audit"))
            .send()
            .await
            .unwrap()
            .status(),
        app.client
            .post(app.url("/api/v1/audit"))
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .status(),
        app.post_form("/admin/audit", &[]).await.status(),
        app.post_form(&format!("/admin/audit/{id}/delete"), &[])
            .await
            .status(),
    ];
    let after = audit_log(&app, "").await;

    // Assert
    for status in attempts {
        assert!(status == 404 || status == 405, "answered {status}");
    }
    assert_eq!(after["total"], first["total"]);
    assert_eq!(after["entries"][0], first["entries"][0]);
    if app.db().get_database_backend() == DatabaseBackend::Postgres {
        let update = app
            .db()
            .execute_raw(Statement::from_string(
                DatabaseBackend::Postgres,
                "UPDATE audit_entry SET actor_label = 'someone else'",
            ))
            .await;
        assert!(update.is_err(), "the database refuses to change an entry");
    }
}
