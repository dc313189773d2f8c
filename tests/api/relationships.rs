//! Service relationships: the HR pages (form, list, matrix, delete) and the JSON API.

use crate::helpers::{TestApp, extract_csrf_token, spawn_app};
use entity::account::Role;
use serde_json::json;

/// Logs in a new HR admin.
pub async fn login_as_hr(app: &TestApp) {
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
}

/// Posts a form to `path` with the CSRF token of the page at `token_page`.
pub async fn post_form(
    app: &TestApp,
    token_page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let page = app.get(token_page).await.text().await.unwrap();
    let token = extract_csrf_token(&page);
    let mut fields = fields.to_vec();
    fields.push(("csrf_token", &token));
    app.client
        .post(app.url(path))
        .form(&fields)
        .send()
        .await
        .unwrap()
}

async fn create_via_form(
    app: &TestApp,
    provider: i32,
    customer: &str,
    name: &str,
) -> reqwest::Response {
    post_form(
        app,
        "/admin/relationships/new",
        "/admin/relationships",
        &[
            ("provider_department_id", &provider.to_string()),
            ("customer_department_id", customer),
            ("service_name", name),
            (
                "service_standard",
                "Tickets answered within 4 working hours",
            ),
            ("touchpoint_repeat_days", ""),
            ("active", "on"),
        ],
    )
    .await
}

#[tokio::test]
async fn a_department_serving_itself_is_refused_with_422_and_the_message_next_to_the_field() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let it = app.create_department("IT").await;

    let response = create_via_form(&app, it, &it.to_string(), "Helpdesk").await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains(
            "id=\"customer_department_id-error\">A department cannot be its own internal customer."
        ),
        "{page}"
    );
    assert!(page.contains("value=\"Helpdesk\""), "input is kept");
}

#[tokio::test]
async fn a_department_serving_itself_is_refused_by_the_api_too() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let it = app.create_department("IT").await;

    let response = app
        .client
        .post(app.url("/api/v1/relationships"))
        .json(&json!({"provider_department_id": it, "customer_department_id": it, "service_name": "Helpdesk"}))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "validation_failed");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("A department cannot be its own internal customer."),
        "{body}"
    );
}

#[tokio::test]
async fn a_duplicate_service_for_the_same_customer_is_refused_with_422() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let it = app.create_department("IT").await;
    assert_eq!(
        create_via_form(&app, it, "everyone", "Helpdesk")
            .await
            .status(),
        303
    );

    let again = create_via_form(&app, it, "everyone", "Helpdesk").await;

    assert_eq!(again.status(), 422);
    let page = again.text().await.unwrap();
    assert!(
        page.contains("This provider already offers a service with this name to this customer."),
        "{page}"
    );
    let api = app
        .client
        .post(app.url("/api/v1/relationships"))
        .json(&json!({"provider_department_id": it, "service_name": "Helpdesk"}))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 422);
}

#[tokio::test]
async fn the_matrix_shows_a_created_relationship_in_its_provider_row_and_customer_column() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let marketing = app.create_department("Marketing").await;
    let sales = app.create_department("Sales").await;
    assert_eq!(
        create_via_form(&app, marketing, &sales.to_string(), "Campaign material")
            .await
            .status(),
        303
    );
    let id = entity_id(&app, "Campaign material").await;

    let matrix = app.get("/admin/relationships/matrix").await;

    assert_eq!(matrix.status(), 200);
    let page = matrix.text().await.unwrap();
    assert!(page.contains("<th scope=\"row\">Marketing</th>"), "{page}");
    assert!(page.contains("<th scope=\"col\">Sales</th>"), "{page}");
    assert!(
        page.contains("<th scope=\"col\">Whole organisation</th>"),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "<a href=\"/admin/relationships/{id}/edit\">Campaign material</a>"
        )),
        "{page}"
    );
}

async fn entity_id(app: &TestApp, service_name: &str) -> i32 {
    let list: serde_json::Value = app.get("/api/v1/relationships").await.json().await.unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| r["service_name"] == service_name)
        .unwrap()["id"]
        .as_i64()
        .unwrap() as i32
}

#[tokio::test]
async fn the_api_creates_lists_and_deactivates_a_relationship() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let hr_department = app.create_department("HR").await;

    let created = app
        .client
        .post(app.url("/api/v1/relationships"))
        .json(&json!({"provider_department_id": hr_department, "service_name": "Payroll questions", "service_standard": "Answered within a day"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created: serde_json::Value = created.json().await.unwrap();
    assert_eq!(created["customer_department_id"], serde_json::Value::Null);
    assert_eq!(created["provider_name"], "HR");
    let id = created["id"].as_i64().unwrap();

    let patched = app
        .client
        .patch(app.url(&format!("/api/v1/relationships/{id}")))
        .json(&json!({"active": false}))
        .send()
        .await
        .unwrap();

    assert_eq!(patched.status(), 200);
    let patched: serde_json::Value = patched.json().await.unwrap();
    assert_eq!(patched["active"], false);
    assert_eq!(patched["service_standard"], "Answered within a day");
}

#[tokio::test]
async fn an_unused_relationship_is_deleted_after_confirmation() {
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let it = app.create_department("IT").await;
    create_via_form(&app, it, "everyone", "Laptops").await;
    let id = entity_id(&app, "Laptops").await;

    let confirmation = app.get(&format!("/admin/relationships/{id}/delete")).await;
    assert_eq!(confirmation.status(), 200);
    let response = post_form(
        &app,
        &format!("/admin/relationships/{id}/delete"),
        &format!("/admin/relationships/{id}/delete"),
        &[],
    )
    .await;

    assert_eq!(response.status(), 303);
    assert_eq!(
        app.get(&format!("/admin/relationships/{id}/edit"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn a_department_head_gets_403_on_the_relationship_pages_and_changes() {
    let app = spawn_app().await;
    let it = app.create_department("IT").await;
    let head = app.create_staff(Role::DepartmentHead, &[it]).await;
    app.login(&head).await;

    assert_eq!(app.get("/admin/relationships").await.status(), 403);
    assert_eq!(app.get("/admin/relationships/matrix").await.status(), 403);
    let api = app
        .client
        .post(app.url("/api/v1/relationships"))
        .json(&json!({"provider_department_id": it, "service_name": "Helpdesk"}))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 403);
    assert_eq!(app.get("/api/v1/relationships").await.status(), 200);
}

#[tokio::test]
async fn a_relationship_with_responses_cannot_be_deleted_and_deactivation_is_suggested() {
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = spawn_app().await;
    login_as_hr(&app).await;
    let it = app.create_department("IT").await;
    let sales = app.create_department("Sales").await;
    create_via_form(&app, it, "everyone", "Helpdesk").await;
    let id = entity_id(&app, "Helpdesk").await;
    let questionnaire = crate::questionnaires::create_questionnaire(&app, true, false).await;
    entity::response::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        wave_id: Set(None),
        relationship_id: Set(id),
        customer_department_id: Set(sales),
        questionnaire_id: Set(questionnaire),
        submitted_on: Set(chrono::Utc::now().date_naive()),
        not_applicable: Set(true),
    }
    .insert(app.db())
    .await
    .unwrap();
    let confirmation = app
        .get(&format!("/admin/relationships/{id}/delete"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        confirmation.contains("Deactivate it instead"),
        "{confirmation}"
    );

    let response = post_form(
        &app,
        "/admin/relationships",
        &format!("/admin/relationships/{id}/delete"),
        &[],
    )
    .await;

    assert_eq!(response.status(), 409);
    assert!(
        entity::relationship::Entity::find_by_id(id)
            .one(app.db())
            .await
            .unwrap()
            .is_some()
    );
}
