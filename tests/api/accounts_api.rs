//! The accounts JSON API: HR admin sessions invite, list and change accounts; API keys and
//! other roles are refused.

use crate::helpers::spawn_app;
use entity::account::Role;
use innerpulse::auth::Scope;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

#[tokio::test]
async fn an_hr_admin_invites_lists_and_changes_accounts_through_the_api() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    let it = app.create_department("IT").await;

    // Act
    let created = app
        .client
        .post(app.url("/api/v1/accounts"))
        .json(&json!({
            "email": "Ana@Example.com",
            "display_name": "Ana",
            "role": "department_head",
            "departments": [it],
            "locale": "es"
        }))
        .send()
        .await
        .unwrap();
    let created_status = created.status();
    let created: Value = created.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    let list: Value = app.get("/api/v1/accounts").await.json().await.unwrap();
    let patched = app
        .client
        .patch(app.url(&format!("/api/v1/accounts/{id}")))
        .json(&json!({ "role": "viewer", "active": false }))
        .send()
        .await
        .unwrap();
    let patched_status = patched.status();
    let patched: Value = patched.json().await.unwrap();

    // Assert
    assert_eq!(created_status, 201);
    assert_eq!(created["email"], "ana@example.com");
    assert_eq!(created["pending"], true);
    assert_eq!(created["departments"][0]["name"], "IT");
    assert_eq!(list["total"], 2);
    assert!(
        list["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["email"] == "ana@example.com")
    );
    assert_eq!(patched_status, 200);
    assert_eq!(patched["role"], "viewer");
    assert_eq!(patched["active"], false);
    assert_eq!(patched["departments"].as_array().unwrap().len(), 0);
    let emails = app.deliver_mail_to("ana@example.com").await;
    assert_eq!(emails.len(), 1);
    assert_eq!(
        emails[0].subject, "Invitación a innerpulse",
        "the invitation is in the account's language"
    );
}

#[tokio::test]
async fn the_api_refuses_a_head_without_departments_and_self_deactivation() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let headless = app
        .client
        .post(app.url("/api/v1/accounts"))
        .json(&json!({ "email": "h@example.com", "display_name": "H", "role": "department_head" }))
        .send()
        .await
        .unwrap();
    let headless_status = headless.status();
    let headless: Value = headless.json().await.unwrap();
    let myself = app
        .client
        .patch(app.url(&format!("/api/v1/accounts/{}", hr.id)))
        .json(&json!({ "active": false }))
        .send()
        .await
        .unwrap();
    let myself_status = myself.status();
    let myself: Value = myself.json().await.unwrap();

    assert_eq!(headless_status, 422);
    assert!(
        headless["error"]["message"]
            .as_str()
            .unwrap()
            .contains("at least one department")
    );
    assert_eq!(myself_status, 409);
    assert_eq!(myself["error"]["code"], "conflict");
}

#[tokio::test]
async fn an_api_key_cannot_manage_accounts_or_keys_whatever_its_scopes() {
    let app = spawn_app().await;
    let key =
        innerpulse::store::accounts::api_keys::create(app.db(), "all scopes", &Scope::ALL, None)
            .await
            .unwrap()
            .key;
    let client = app.browser();

    let list_accounts = client
        .get(app.url("/api/v1/accounts"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    let invite = client
        .post(app.url("/api/v1/accounts"))
        .bearer_auth(&key)
        .json(&json!({ "email": "x@example.com", "display_name": "X", "role": "hr_admin" }))
        .send()
        .await
        .unwrap();
    let list_keys = client
        .get(app.url("/api/v1/api-keys"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    let create_key = client
        .post(app.url("/api/v1/api-keys"))
        .bearer_auth(&key)
        .json(&json!({ "name": "escalate", "scopes": ["import"] }))
        .send()
        .await
        .unwrap();

    assert_eq!(list_accounts.status(), 403);
    assert_eq!(invite.status(), 403);
    assert_eq!(list_keys.status(), 403);
    assert_eq!(create_key.status(), 403);
    assert_eq!(
        entity::account::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .len(),
        0
    );
}

#[tokio::test]
async fn a_page_far_past_the_end_of_a_list_is_an_empty_page() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    for list in ["/api/v1/accounts", "/api/v1/api-keys", "/api/v1/audit"] {
        for page in ["46116860184273881", "18446744073709551615"] {
            let response = app.get(&format!("{list}?page={page}&per_page=200")).await;
            assert_eq!(response.status(), 200, "{list}?page={page}");
            let body: Value = response.json().await.unwrap();
            let items = body
                .as_object()
                .and_then(|fields| fields.values().find_map(Value::as_array))
                .unwrap_or_else(|| panic!("{list}: a list in {body}"));
            assert!(items.is_empty(), "{list}?page={page}: {body}");
        }
    }
    // The server is still answering.
    assert_eq!(app.get("/api/v1/accounts").await.status(), 200);
}
