//! API keys: created by HR and shown once, used as a Bearer key, revoked after a
//! confirmation; the same through the JSON API.

use crate::helpers::spawn_app;
use entity::account::Role;
use serde_json::{Value, json};

fn shown_key(body: &str) -> String {
    body.split("data-api-key=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the key on the page")
        .to_owned()
}

#[tokio::test]
async fn a_created_key_is_shown_once_works_as_a_bearer_key_and_stops_after_revocation() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    let created = app
        .post_form(
            "/admin/api-keys",
            &[("name", "HRIS sync"), ("scope_import", "on")],
        )
        .await;
    assert_eq!(created.status(), 200);
    assert_eq!(created.headers()["cache-control"], "no-store");
    let key = shown_key(&created.text().await.unwrap());
    assert!(key.starts_with("ip_"));
    let integration = app.browser();

    // Act
    let list = app.get("/admin/api-keys").await.text().await.unwrap();
    let before = integration
        .get(app.url("/api/v1/accounts"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    let listed: Value = app.get("/api/v1/api-keys").await.json().await.unwrap();
    let id = listed["keys"][0]["id"].as_i64().unwrap();
    let confirm = app.get(&format!("/admin/api-keys/{id}/revoke")).await;
    let revoked = app
        .post_form(&format!("/admin/api-keys/{id}/revoke"), &[])
        .await;
    let after = integration
        .get(app.url("/api/v1/accounts"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();

    // Assert
    assert!(list.contains("HRIS sync"));
    assert!(list.contains(&key[..12]), "the prefix is listed");
    assert!(!list.contains(&key), "the key is never shown again");
    assert_eq!(
        before.status(),
        403,
        "the key authenticates (but may not manage accounts)"
    );
    assert!(
        listed["keys"][0]["last_used_at"].is_string(),
        "its use is recorded"
    );
    assert_eq!(listed["keys"][0]["scopes"], json!(["import"]));
    assert_eq!(confirm.status(), 200);
    assert!(
        confirm
            .text()
            .await
            .unwrap()
            .contains("Revoke this API key?")
    );
    assert_eq!(revoked.status(), 303);
    assert_eq!(after.status(), 401, "a revoked key is refused");
}

#[tokio::test]
async fn a_key_without_a_name_or_a_scope_is_refused_next_to_the_fields() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let response = app.post_form("/admin/api-keys", &[("name", " ")]).await;

    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("id=\"name-error\""));
    assert!(body.contains("Please choose at least one scope."));
    assert_eq!(
        <entity::api_key::Entity as sea_orm::EntityTrait>::find()
            .all(app.db())
            .await
            .unwrap()
            .len(),
        0
    );
}

#[tokio::test]
async fn the_api_creates_lists_and_revokes_keys_for_an_hr_admin() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let created = app
        .client
        .post(app.url("/api/v1/api-keys"))
        .json(&json!({ "name": "Tickets", "scopes": ["touchpoint", "results:read"] }))
        .send()
        .await
        .unwrap();
    let created_status = created.status();
    let created: Value = created.json().await.unwrap();
    let bad_scope = app
        .client
        .post(app.url("/api/v1/api-keys"))
        .json(&json!({ "name": "Bad", "scopes": ["admin"] }))
        .send()
        .await
        .unwrap();
    let id = created["id"].as_i64().unwrap();
    let deleted = app
        .client
        .delete(app.url(&format!("/api/v1/api-keys/{id}")))
        .send()
        .await
        .unwrap();
    let listed: Value = app.get("/api/v1/api-keys").await.json().await.unwrap();
    let missing = app
        .client
        .delete(app.url("/api/v1/api-keys/9999"))
        .send()
        .await
        .unwrap();

    assert_eq!(created_status, 201);
    assert!(created["key"].as_str().unwrap().starts_with("ip_"));
    assert_eq!(created["scopes"], json!(["touchpoint", "results:read"]));
    assert_eq!(bad_scope.status(), 422);
    assert_eq!(deleted.status(), 204);
    assert_eq!(listed["total"], 1);
    assert!(listed["keys"][0]["revoked_at"].is_string());
    assert!(
        listed["keys"][0].get("key").is_none(),
        "the key is never listed"
    );
    assert_eq!(missing.status(), 404);
}
