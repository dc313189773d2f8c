//! Unit tests of the outbox step against a real SMTP server on a loopback port: delivery,
//! backoff, failure after the last attempt, a relay that is down, and the retry delay.

use super::*;
use crate::config::{ConfigSources, Settings, load};
use crate::domain::EmailAddress;
use crate::mail::test_support::{Inbox, start_smtp_server};
use chrono::TimeDelta;
use entity::invitation::DeliveryState;
use entity::mail_outbox;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use std::collections::HashMap;
use std::time::Duration;

/// The step's database, settings and mailer. Tests drive `deliver_due`, which
/// `run_once` calls with the same three parts of `AppState`, so they do not depend on
/// templates and translations loading.
struct TestApp {
    _dir: tempfile::TempDir,
    db: DatabaseConnection,
    settings: Settings,
    mailer: Mailer,
}

/// An app on a fresh SQLite database whose mail goes to an SMTP server on `smtp_port`.
async fn app(smtp_port: u16) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().display();
    let overrides = format!(
        r#"
            [app]
            data_dir = "{root}/data"
            [database]
            url = "sqlite://{root}/test.db"
            [mail]
            transport = "smtp"
            [mail.smtp]
            host = "127.0.0.1"
            port = {smtp_port}
            tls = "none"
            pool_size = 1
            timeout_seconds = 5
            [scheduler]
            max_attempts = 2
            retry_base_seconds = 60
            "#
    );
    let settings = load(ConfigSources {
        local_file: false,
        file: None,
        environment: Some(HashMap::new()),
        overrides: Some(overrides),
    })
    .unwrap();
    let db = settings.database.connect().await.unwrap();
    crate::startup::migrate(&db).await.unwrap();
    let mailer = settings.mail.mailer().unwrap();
    TestApp {
        _dir: dir,
        db,
        settings,
        mailer,
    }
}

impl TestApp {
    async fn queue(&self, recipient: &str, subject: &str) -> i32 {
        let recipient = EmailAddress::parse(recipient).unwrap();
        outbox::enqueue(&self.db, &recipient, subject, "Text", "<p>HTML</p>")
            .await
            .unwrap()
    }

    async fn row(&self, id: i32) -> mail_outbox::Model {
        mail_outbox::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
    }

    async fn make_due(&self, id: i32) {
        mail_outbox::ActiveModel {
            id: Set(id),
            next_attempt_at: Set(Some(Utc::now() - TimeDelta::seconds(1))),
            ..Default::default()
        }
        .update(&self.db)
        .await
        .unwrap();
    }

    async fn run_once(&self) -> (u64, u64) {
        deliver_due(&self.db, &self.settings.scheduler, &self.mailer)
            .await
            .unwrap()
    }
}

fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn subjects(inbox: &Inbox) -> Vec<String> {
    let mut subjects: Vec<String> = inbox
        .messages()
        .iter()
        .map(|raw| {
            let parsed = mail_parser::MessageParser::default().parse(raw).unwrap();
            parsed.subject().unwrap().to_owned()
        })
        .collect();
    subjects.sort();
    subjects
}

#[tokio::test]
async fn queued_emails_are_delivered_over_smtp_and_marked_sent() {
    let (port, inbox) = start_smtp_server();
    let app = app(port).await;
    let ids = [
        app.queue("ana@example.com", "First").await,
        app.queue("bo@example.com", "Second").await,
        app.queue("cy@example.com", "Third").await,
    ];

    let outcome = app.run_once().await;

    assert_eq!(outcome, (3, 0));
    assert_eq!(subjects(&inbox), ["First", "Second", "Third"]);
    for id in ids {
        let row = app.row(id).await;
        assert_eq!(row.state, DeliveryState::Sent);
        assert!(row.sent_at.is_some());
    }
    assert_eq!(app.run_once().await, (0, 0), "nothing is sent twice");
}

#[tokio::test]
async fn an_email_refused_with_550_fails_at_once_with_the_reason() {
    let (port, inbox) = start_smtp_server();
    let app = app(port).await;
    let id = app.queue("nobody@example.com", "Hello").await;

    let outcome = app.run_once().await;

    assert_eq!(outcome, (0, 1));
    let row = app.row(id).await;
    assert_eq!(row.state, DeliveryState::Failed);
    assert_eq!(row.attempts, 1);
    assert!(row.last_error.unwrap().contains("550"));
    assert!(inbox.messages().is_empty());
}

#[tokio::test]
async fn a_deferred_email_waits_for_its_backoff_and_fails_after_the_last_attempt() {
    let (port, _inbox) = start_smtp_server();
    let app = app(port).await;
    let id = app.queue("later@example.com", "Hello").await;

    let first = app.run_once().await;
    let after_first = app.row(id).await;
    let before_backoff = app.run_once().await;
    app.make_due(id).await;
    let second = app.run_once().await;

    assert_eq!(first, (0, 1));
    assert_eq!(after_first.state, DeliveryState::Pending);
    let wait = after_first.next_attempt_at.unwrap() - Utc::now();
    assert!(
        wait > TimeDelta::seconds(50) && wait <= TimeDelta::seconds(60),
        "{wait}"
    );
    assert!(after_first.last_error.unwrap().contains("451"));
    assert_eq!(before_backoff, (0, 0));
    assert_eq!(second, (0, 1));
    let last = app.row(id).await;
    assert_eq!(last.state, DeliveryState::Failed);
    assert_eq!(last.attempts, 2);
}

#[tokio::test]
async fn when_the_relay_is_down_one_email_is_charged_and_the_rest_wait_untouched() {
    let app = app(closed_port()).await;
    let ids = [
        app.queue("ana@example.com", "First").await,
        app.queue("bo@example.com", "Second").await,
        app.queue("cy@example.com", "Third").await,
    ];

    let outcome = app.run_once().await;

    assert_eq!(outcome, (0, 1));
    let tried = app.row(ids[0]).await;
    assert_eq!(tried.state, DeliveryState::Pending);
    assert_eq!(tried.attempts, 1);
    assert!(tried.last_error.unwrap().contains("unavailable"));
    for id in &ids[1..] {
        let untouched = app.row(*id).await;
        assert_eq!(untouched.state, DeliveryState::Pending);
        assert_eq!(untouched.attempts, 0);
        assert!(untouched.last_error.is_none());
        assert!(untouched.claimed_until.is_none());
    }
}

#[test]
fn the_retry_delay_doubles_with_every_attempt() {
    assert_eq!(retry_delay(60, 1), Duration::from_mins(1));
    assert_eq!(retry_delay(60, 2), Duration::from_mins(2));
    assert_eq!(retry_delay(60, 3), Duration::from_mins(4));
    assert_eq!(retry_delay(60, 6), Duration::from_mins(32));
}

#[test]
fn the_retry_delay_never_exceeds_a_day_and_never_overflows() {
    assert_eq!(retry_delay(60, 20), MAX_RETRY_DELAY);
    assert_eq!(retry_delay(u64::MAX, u32::MAX), MAX_RETRY_DELAY);
}

#[test]
fn the_first_retry_waits_the_base_delay() {
    assert_eq!(retry_delay(30, 0), Duration::from_secs(30));
    assert_eq!(retry_delay(0, 5), Duration::ZERO);
}
