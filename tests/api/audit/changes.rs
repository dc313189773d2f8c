//! Each kind of change is recorded once, by its actor, with only the fields that changed.

use super::{audit_log, changes, import_key};
use crate::helpers::spawn_app;
use entity::account::Role;
use serde_json::{Value, json};

#[tokio::test]
async fn changing_an_employees_address_is_in_the_audit_log_with_old_and_new() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.login_as_hr().await;
    let sales = app.create_department("Sales").await;
    let id = app.create_employee("ada@example.com", "Ada", sales).await;
    let department = sales.to_string();

    // Act
    let saved = app
        .post_form(
            &format!("/admin/employees/{id}"),
            &[
                ("email", "ada@elsewhere.example"),
                ("name", "Ada"),
                ("department_id", &department),
                ("locale", "en"),
                ("external_id", ""),
            ],
        )
        .await;
    let log = audit_log(&app, "subject_kind=employee").await;
    let page = app.get("/admin/audit").await.text().await.unwrap();

    // Assert
    assert_eq!(saved.status(), 303);
    assert_eq!(log["total"], 1);
    let entry = &log["entries"][0];
    assert_eq!(entry["action"], "employee.updated");
    assert_eq!(entry["actor"], hr.email.as_str());
    assert_eq!(entry["actor_account_id"], hr.id);
    assert_eq!(entry["subject_id"], id);
    assert_eq!(entry["subject_label"], "Ada");
    assert_eq!(entry["department_id"], sales);
    assert_eq!(
        changes(entry),
        [(
            "email".to_owned(),
            json!("ada@example.com"),
            json!("ada@elsewhere.example")
        )],
        "only the field that changed"
    );
    assert!(page.contains("ada@example.com"));
    assert!(page.contains("ada@elsewhere.example"));
    assert!(page.contains("employee.updated"));
}

#[tokio::test]
async fn moving_an_employee_records_both_departments() {
    // Arrange
    let app = spawn_app().await;
    app.login_as_hr().await;
    let sales = app.create_department("Sales").await;
    let finance = app.create_department("Finance").await;
    let id = app.create_employee("bo@example.com", "Bo", sales).await;
    let key = import_key(&app, "HRIS sync").await;

    // Act
    let moved = app
        .browser()
        .patch(app.url(&format!("/api/v1/employees/{id}")))
        .bearer_auth(&key)
        .json(&json!({ "department_id": finance }))
        .send()
        .await
        .unwrap();
    let unchanged = app
        .browser()
        .patch(app.url(&format!("/api/v1/employees/{id}")))
        .bearer_auth(&key)
        .json(&json!({ "department_id": finance }))
        .send()
        .await
        .unwrap();
    let log = audit_log(&app, "subject_kind=employee").await;

    // Assert
    assert_eq!(moved.status(), 200);
    assert_eq!(unchanged.status(), 200);
    assert_eq!(log["total"], 1, "a change that changes nothing is no entry");
    let entry = &log["entries"][0];
    assert_eq!(entry["actor"], "HRIS sync", "the key by its name");
    assert!(entry["actor_api_key_id"].is_number());
    assert_eq!(
        entry["department_id"], finance,
        "the department after the move"
    );
    assert_eq!(
        changes(entry),
        [("department".to_owned(), json!("Sales"), json!("Finance"))]
    );
}

#[tokio::test]
async fn an_import_records_each_created_employee_with_the_importer() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.login_as_hr().await;
    let sales = app.create_department("Sales").await;
    app.create_employee("old@example.com", "Old Name", sales)
        .await;
    let csv = b"email,name,department\n\
        old@example.com,New Name,Sales\n\
        cy@example.com,Cy,Sales\n\
        di@example.com,Di,Sales\n";

    // Act
    let imported = app.upload_csv(csv, &[]).await;
    let log = audit_log(&app, "subject_kind=employee").await;

    // Assert
    assert_eq!(imported.status(), 200);
    let entries = log["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert!(entries.iter().all(|e| e["actor"] == hr.email.as_str()));
    let mut created: Vec<&str> = entries
        .iter()
        .filter(|e| e["action"] == "employee.created")
        .map(|e| e["subject_label"].as_str().unwrap())
        .collect();
    created.sort_unstable();
    assert_eq!(created, ["Cy", "Di"]);
    let updated = entries
        .iter()
        .find(|e| e["action"] == "employee.updated")
        .unwrap();
    assert_eq!(
        changes(updated),
        [("name".to_owned(), json!("Old Name"), json!("New Name"))]
    );
    assert!(entries.iter().all(|e| e["department_id"] == sales));
}

#[tokio::test]
async fn creating_and_revoking_an_api_key_is_recorded_without_the_key() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.login_as_hr().await;

    // Act
    let created = app
        .post_form(
            "/admin/api-keys",
            &[("name", "Payroll"), ("scope_import", "on")],
        )
        .await;
    let body = created.text().await.unwrap();
    let key = body
        .split("data-api-key=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let listed: Value = app.get("/api/v1/api-keys").await.json().await.unwrap();
    let id = listed["keys"][0]["id"].as_i64().unwrap();
    let revoked = app
        .post_form(&format!("/admin/api-keys/{id}/revoke"), &[])
        .await;
    let again = app
        .post_form(&format!("/admin/api-keys/{id}/revoke"), &[])
        .await;
    let response = app.get("/api/v1/audit?subject_kind=api_key").await;
    let raw = response.text().await.unwrap();
    let log: Value = serde_json::from_str(&raw).unwrap();

    // Assert
    assert_eq!(revoked.status(), 303);
    assert_eq!(again.status(), 303);
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["api_key.revoked", "api_key.created"],
        "newest first, once each"
    );
    assert!(log["entries"][0]["subject_label"] == "Payroll");
    assert!(log["entries"][1]["actor"] == hr.email.as_str());
    let token = key.trim_start_matches("ip_");
    let hash = innerpulse::domain::SecretToken::parse(token)
        .unwrap()
        .hash();
    assert!(!raw.contains(&key), "never the key");
    assert!(!raw.contains(token));
    assert!(!raw.contains(&hash), "never its hash");
}

#[tokio::test]
async fn a_role_change_is_recorded() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.login_as_hr().await;
    let sales = app.create_department("Sales").await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    let department = format!("department_{sales}");

    // Act
    let saved = app
        .post_form(
            &format!("/admin/accounts/{}/role", viewer.id),
            &[("role", "department_head"), (&department, "on")],
        )
        .await;
    let log = audit_log(&app, "subject_kind=account").await;

    // Assert
    assert_eq!(saved.status(), 303);
    assert_eq!(log["total"], 1);
    let entry = &log["entries"][0];
    assert_eq!(entry["action"], "account.role_changed");
    assert_eq!(entry["actor"], hr.email.as_str());
    assert_eq!(entry["subject_label"], viewer.email.as_str());
    assert_eq!(
        changes(entry),
        [
            ("role".to_owned(), json!("viewer"), json!("department_head")),
            ("departments".to_owned(), Value::Null, json!("Sales")),
        ]
    );
}

#[tokio::test]
async fn creating_and_pausing_a_cycle_is_recorded() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.login_as_hr().await;
    let questionnaire = crate::questionnaires::create_questionnaire(&app, true, false).await;

    // Act
    let created = crate::cycles::create_cycle(&app, questionnaire, &[]).await;
    let cycle_page = crate::helpers::location(&created);
    let paused = app.post_form(&format!("{cycle_page}/pause"), &[]).await;
    let log = audit_log(&app, "subject_kind=cycle").await;

    // Assert
    assert_eq!(paused.status(), 303);
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["cycle.paused", "cycle.created"]);
    assert_eq!(log["entries"][1]["subject_label"], "Weekly pulse");
    assert_eq!(log["entries"][1]["actor"], hr.email.as_str());
    assert!(
        changes(&log["entries"][1])
            .iter()
            .any(|(field, _, new)| field == "days_open" && *new == json!("3"))
    );
}

#[tokio::test]
async fn renaming_a_locked_questionnaire_is_recorded_with_its_new_version() {
    // Arrange
    let app = spawn_app().await;
    app.login_as_hr().await;
    let questionnaire = crate::questionnaires::create_questionnaire(&app, false, true).await;

    // Act
    let renamed = app
        .post_form(
            &format!("/admin/questionnaires/{questionnaire}/name"),
            &[("name", "Renamed survey")],
        )
        .await;
    let log = audit_log(&app, "subject_kind=questionnaire").await;

    // Assert
    assert_eq!(renamed.status(), 303);
    assert_eq!(log["total"], 1);
    let entry = &log["entries"][0];
    assert_eq!(entry["action"], "questionnaire.renamed");
    assert_eq!(entry["subject_label"], "Renamed survey");
    let fields: Vec<String> = changes(entry).into_iter().map(|(f, _, _)| f).collect();
    assert_eq!(
        fields,
        ["name", "version"],
        "a locked one is edited as a new version"
    );
}
