//! Queued staff email leaves through the scheduler over real SMTP.

use crate::helpers::spawn_app;
use crate::smtp_server::SmtpMode;
use innerpulse::domain::EmailAddress;
use innerpulse::store::outbox;

#[tokio::test]
async fn a_queued_email_is_delivered_over_smtp_by_one_scheduler_pass() {
    let app = spawn_app().await;
    outbox::enqueue(
        app.db(),
        &EmailAddress::parse("ana@example.com").unwrap(),
        "Welcome to innerpulse",
        "Hello Ana, open http://127.0.0.1/x",
        "<p>Hello Ana</p>",
    )
    .await
    .unwrap();

    let outcome = app.run_scheduler_once().await;

    assert_eq!(outcome.mails_sent, 1);
    let emails = app.smtp.wait_for(1).await;
    let email = &app.smtp.emails_to("ana@example.com")[0];
    assert_eq!(emails.len(), 1);
    assert_eq!(email.subject, "Welcome to innerpulse");
    assert!(email.text.contains("Hello Ana"));
    assert!(email.html.contains("<p>Hello Ana</p>"));
    assert!(email.message_id.is_some());
    assert!(email.has_date);
    assert_eq!(email.links(), ["http://127.0.0.1/x"]);
    assert_eq!(
        app.run_scheduler_once().await.mails_sent,
        0,
        "sent mail is never sent again"
    );
}

#[tokio::test]
async fn a_refused_email_is_kept_for_a_retry_and_delivered_when_the_server_accepts_again() {
    let app = spawn_app().await;
    app.smtp.set_mode(SmtpMode::RefuseTemporarily);
    outbox::enqueue(
        app.db(),
        &EmailAddress::parse("ben@example.com").unwrap(),
        "Reset your password",
        "text",
        "<p>html</p>",
    )
    .await
    .unwrap();

    let refused = app.run_scheduler_once().await;
    assert_eq!(refused.mails_sent, 0);
    assert!(app.smtp.emails().is_empty());

    app.smtp.set_mode(SmtpMode::Accept);
    // The retry waits retry_base_seconds (1 s in tests) before the message is due again.
    let mut delivered = 0;
    for _ in 0..50 {
        delivered += app.run_scheduler_once().await.mails_sent;
        if delivered > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(delivered, 1);
    assert_eq!(app.smtp.emails_to("ben@example.com").len(), 1);
}
