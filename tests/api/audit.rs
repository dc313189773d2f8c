//! The audit log: every staff change to employees, departments, accounts and API keys is
//! recorded with who, when and old → new; only HR admins read it (page and API); nothing edits
//! or deletes an entry but the retention pass; changed settings are recorded at startup.

use crate::helpers::{TestApp, spawn_app, spawn_app_with, test_settings};
use entity::account::Role;
use innerpulse::auth::Scope;
use innerpulse::startup::Application;
use innerpulse::store::api_keys;
use innerpulse::store::audit::{self, NewEntry};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};

/// The audit log as the API returns it to this client (an HR session), with `query`.
async fn audit_log(app: &TestApp, query: &str) -> Value {
    let response = app.get(&format!("/api/v1/audit?{query}")).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The changes of an entry as (field, old, new) triples.
fn changes(entry: &Value) -> Vec<(String, Value, Value)> {
    entry["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["field"].as_str().unwrap().to_owned(),
                c["old"].clone(),
                c["new"].clone(),
            )
        })
        .collect()
}

/// An API key with the `import` scope; returns the key text.
async fn import_key(app: &TestApp, name: &str) -> String {
    api_keys::create(app.db(), name, &[Scope::Import], None)
        .await
        .unwrap()
        .key
}

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
async fn old_entries_are_removed_after_the_retention_period() {
    // Arrange
    let app = spawn_app_with("[audit]\nretention_days = 30").await;
    app.login_as_hr().await;
    let entry = |label: &str, days_ago: i64| NewEntry {
        at: chrono::Utc::now() - chrono::Duration::days(days_ago),
        actor_account_id: None,
        actor_api_key_id: None,
        actor_label: "system".to_owned(),
        action: "department.created".to_owned(),
        subject_kind: "department".to_owned(),
        subject_id: None,
        subject_label: label.to_owned(),
        department_id: None,
        changes: vec![],
    };
    audit::insert(app.db(), vec![entry("Ancient", 31), entry("Recent", 29)])
        .await
        .unwrap();

    // Act
    let outcome = app.run_scheduler_once().await;
    let log = audit_log(&app, "subject_kind=department").await;

    // Assert
    assert_eq!(outcome.audit_entries_removed, 1);
    assert_eq!(log["total"], 1);
    assert_eq!(log["entries"][0]["subject_label"], "Recent");
}

#[tokio::test]
async fn a_changed_email_domain_setting_is_recorded_at_startup() {
    // Arrange
    let app = spawn_app_with("[organisation]\nemail_domains = [\"Example.COM\"]").await;
    app.login_as_hr().await;
    let restart = |domains: &str| {
        test_settings(
            &app._database.url,
            app.smtp.port,
            app._database.dir.path(),
            &format!("[organisation]\nemail_domains = {domains}"),
        )
    };

    // Act
    let changed = Application::build(restart("[\"example.com\", \"example.org\"]"))
        .await
        .unwrap();
    let same = Application::build(restart("[\"example.com\", \"example.org\"]"))
        .await
        .unwrap();
    let log = audit_log(&app, "subject_kind=setting&search=email_domains").await;
    let all_settings = audit_log(&app, "subject_kind=setting").await;

    // Assert
    drop((changed, same));
    assert_eq!(
        log["total"], 2,
        "the first start and the change; the same again is no entry"
    );
    let entry = &log["entries"][0];
    assert_eq!(entry["action"], "setting.changed");
    assert_eq!(entry["actor"], "configuration");
    assert_eq!(
        changes(entry),
        [(
            "organisation.email_domains".to_owned(),
            json!("example.com"),
            json!("example.com, example.org")
        )]
    );
    assert_eq!(
        changes(&log["entries"][1]),
        [(
            "organisation.email_domains".to_owned(),
            Value::Null,
            json!("example.com")
        )],
        "lower case, recorded at the first start"
    );
    assert_eq!(
        all_settings["total"], 5,
        "four settings at first, one change"
    );
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
