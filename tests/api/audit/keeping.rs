//! How long entries stay, and the settings recorded when an instance starts.

use super::{audit_log, changes};
use crate::helpers::{spawn_app_with, test_settings};
use innerpulse::startup::Application;
use innerpulse::store::audit::{self, NewEntry};
use serde_json::{Value, json};

#[tokio::test]
async fn old_entries_are_removed_after_the_retention_period() {
    // Arrange
    let app = spawn_app_with("[audit]\nretention_days = 30").await;
    app.login_as_hr().await;
    let entry = |kind: &str, label: &str, days_ago: i64| NewEntry {
        at: chrono::Utc::now() - chrono::Duration::days(days_ago),
        actor_account_id: None,
        actor_api_key_id: None,
        actor_label: "system".to_owned(),
        action: format!(
            "{kind}.{}",
            if kind == "setting" {
                "changed"
            } else {
                "created"
            }
        ),
        subject_kind: kind.to_owned(),
        subject_id: None,
        subject_label: label.to_owned(),
        department_id: None,
        changes: vec![],
    };
    let entries = vec![
        entry("department", "Ancient", 31),
        entry("department", "Recent", 29),
        entry("setting", "audit.retention_days", 31),
        entry("setting", "some.setting", 31),
    ];
    audit::insert(app.db(), entries).await.unwrap();

    // Act
    let outcome = app.run_scheduler_once().await;
    let log = audit_log(&app, "subject_kind=department").await;
    let settings = audit_log(&app, "subject_kind=setting&since=2000-01-01").await;

    // Assert
    assert_eq!(outcome.audit_entries_removed, 2);
    assert_eq!(log["total"], 1);
    assert_eq!(log["entries"][0]["subject_label"], "Recent");
    let kept: Vec<&str> = settings["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["subject_label"].as_str().unwrap())
        .collect();
    assert_eq!(
        kept.len(),
        5,
        "the four recorded at startup and the newest of some.setting"
    );
    assert!(
        kept.contains(&"some.setting"),
        "a setting's newest entry stays, however old"
    );
}

#[tokio::test]
async fn a_changed_email_domain_setting_is_recorded_at_startup() {
    // Arrange
    let app = spawn_app_with("[organisation]\nemail_domains = [\"Example.COM\"]").await;
    app.login_as_hr().await;
    let restart = |domains: &str| {
        test_settings(
            &app.database.url,
            app.smtp.port,
            app.database.dir.path(),
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
