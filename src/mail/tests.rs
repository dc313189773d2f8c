//! The SMTP backend against a real SMTP server (`smtp-sink`, see `test_support`) on a random
//! loopback port: messages arrive with their text and HTML parts, connections are pooled and
//! reused up to `pool_size`, a 550 is a permanent failure and a 451 or a refused connection a
//! transient one, and STARTTLS is never silently skipped.

use super::test_support::{settings, start_smtp_server};
use super::{MailError, OutgoingEmail};
use crate::config::MailTransport;
use mail_parser::MessageParser;
use std::path::Path;

fn email(to: &str, n: usize) -> OutgoingEmail {
    OutgoingEmail::new(
        to,
        format!("Message {n}"),
        format!("Text part {n}"),
        format!("<p>HTML part {n}</p>"),
    )
    .unwrap()
}

fn smtp_mailer(port: u16) -> super::Mailer {
    let mut settings = settings(MailTransport::Smtp, Path::new("unused"));
    settings.smtp.port = port;
    settings.mailer().unwrap()
}

#[tokio::test]
async fn three_messages_sent_over_plain_smtp_arrive_with_text_and_html_parts() {
    let (port, inbox) = start_smtp_server();
    let mailer = smtp_mailer(port);

    for n in 1..=3 {
        mailer.send(&email("ana@example.com", n)).await.unwrap();
    }

    let messages = inbox.messages();
    assert_eq!(messages.len(), 3);
    for (index, raw) in messages.iter().enumerate() {
        let n = index + 1;
        let parsed = MessageParser::default().parse(raw).unwrap();
        assert_eq!(parsed.subject().unwrap(), format!("Message {n}"));
        assert_eq!(parsed.body_text(0).unwrap(), format!("Text part {n}"));
        assert_eq!(
            parsed.body_html(0).unwrap(),
            format!("<p>HTML part {n}</p>")
        );
        assert!(parsed.message_id().unwrap().ends_with("@corp.example"));
        assert!(parsed.date().is_some());
    }
}

#[tokio::test]
async fn messages_sent_one_after_another_reuse_one_smtp_connection() {
    let (port, inbox) = start_smtp_server();
    let mailer = smtp_mailer(port);

    for n in 1..=3 {
        mailer.send(&email("ana@example.com", n)).await.unwrap();
    }

    assert_eq!(inbox.messages().len(), 3);
    assert_eq!(inbox.connections(), 1);
}

#[tokio::test]
async fn concurrent_messages_open_no_more_connections_than_the_pool_size() {
    let (port, inbox) = start_smtp_server();
    let mailer = smtp_mailer(port);

    let sends = (1..=6).map(|n| {
        let mailer = mailer.clone();
        tokio::spawn(async move { mailer.send(&email("ana@example.com", n)).await })
    });
    for send in sends.collect::<Vec<_>>() {
        send.await.unwrap().unwrap();
    }

    assert_eq!(inbox.messages().len(), 6);
    assert!(
        inbox.connections() <= 2,
        "{} connections",
        inbox.connections()
    );
}

#[tokio::test]
async fn a_recipient_refused_with_550_is_a_permanent_failure_and_the_next_message_still_goes_out() {
    let (port, inbox) = start_smtp_server();
    let mailer = smtp_mailer(port);

    let error = mailer
        .send(&email("nobody@example.com", 1))
        .await
        .unwrap_err();
    mailer.send(&email("ana@example.com", 2)).await.unwrap();

    assert!(matches!(error, MailError::Rejected(_)), "{error:?}");
    assert!(error.is_permanent());
    assert_eq!(inbox.messages().len(), 1);
}

#[tokio::test]
async fn a_recipient_deferred_with_451_is_a_transient_failure() {
    let (port, _inbox) = start_smtp_server();
    let mailer = smtp_mailer(port);

    let error = mailer
        .send(&email("later@example.com", 1))
        .await
        .unwrap_err();

    assert!(matches!(error, MailError::Deferred(_)), "{error:?}");
    assert!(!error.is_permanent());
}

#[tokio::test]
async fn a_relay_that_refuses_connections_is_a_transient_failure() {
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mailer = smtp_mailer(closed_port);

    let error = mailer.send(&email("ana@example.com", 1)).await.unwrap_err();

    assert!(matches!(error, MailError::Unavailable { .. }), "{error:?}");
    assert!(!error.is_permanent());
    assert!(error.is_relay_unavailable());
}

#[tokio::test]
async fn starttls_is_never_silently_skipped_when_the_relay_does_not_offer_it() {
    let (port, inbox) = start_smtp_server();
    let mut settings = settings(MailTransport::Smtp, Path::new("unused"));
    settings.smtp.port = port;
    settings.smtp.tls = crate::config::SmtpTls::Starttls;
    let mailer = settings.mailer().unwrap();

    let error = mailer.send(&email("ana@example.com", 1)).await.unwrap_err();

    assert!(matches!(error, MailError::Unavailable { .. }), "{error:?}");
    assert!(error.to_string().contains("STARTTLS"), "{error}");
    assert!(inbox.messages().is_empty());
}
