//! `/s/{token}` and `/c/{token}` look the token up before they read a posted body, read at most
//! 64 KiB and 1,024 fields of it, and refuse more with a clear 413 page that stores nothing.

use crate::followup::fixture::{K, Loop};
use crate::helpers::{TestApp, spawn_app};
use crate::survey::fixture::{
    Org, assert_survey_headers, close_now, is_answered, post_survey, sealed_count,
};
use innerpulse::domain::SecretToken;
use sea_orm::{EntityTrait, PaginatorTrait};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// More than the 64 KiB an anonymous link reads.
const OVER_LIMIT: usize = 70 * 1024;

/// Sends a POST to `path` whose headers announce `content_length` bytes but which sends only
/// `sent` of them, and returns the status of the answer. If the server waited for the rest
/// of the body, no answer would come: the test fails after 20 seconds instead of hanging.
async fn post_without_finishing_the_body(
    app: &TestApp,
    path: &str,
    content_length: usize,
    sent: &[u8],
) -> u16 {
    let address = app.address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {content_length}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(sent).await.unwrap();
    status_of_answer(&mut stream).await
}

/// The status code of the answer on `stream`, read within 20 seconds.
async fn status_of_answer(stream: &mut TcpStream) -> u16 {
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), async {
        let mut buffer = [0_u8; 4096];
        while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buffer).await.unwrap();
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buffer[..n]);
        }
    })
    .await;
    assert!(read.is_ok(), "no answer: the server waited for the body");
    let text = String::from_utf8_lossy(&answer);
    text.split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {text}"))
}

/// A survey form with one oversized comment.
fn oversized_answers(org: &Org) -> Vec<(String, String)> {
    let mut fields = org.full_answers();
    fields.push((
        org.field(org.helpdesk, org.q.thanks),
        "a".repeat(OVER_LIMIT),
    ));
    fields
}

#[tokio::test]
async fn a_survey_post_larger_than_64_kib_is_refused_and_stores_nothing() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;

    let response = post_survey(&app, &invited.path(), &oversized_answers(&org)).await;

    assert_eq!(response.status(), 413);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("The form is too large"), "{page}");
    assert!(page.contains("Nothing was saved"), "{page}");
    assert_eq!(sealed_count(&app).await, 0);
    assert!(!is_answered(&app, invited.invitation_id).await);
}

#[tokio::test]
async fn a_chunked_survey_post_is_cut_off_after_64_kib_and_stores_nothing() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let mut stream = TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {address}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n\
         Transfer-Encoding: chunked\r\n\r\n",
        invited.path()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let chunk = format!(
        "s{}_q{}={}",
        org.helpdesk,
        org.q.comment,
        "b".repeat(8 * 1024)
    );
    for _ in 0..10 {
        let framed = format!("{:x}\r\n{chunk}\r\n", chunk.len());
        if stream.write_all(framed.as_bytes()).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;

    let status = status_of_answer(&mut stream).await;

    assert_eq!(status, 413);
    assert_eq!(sealed_count(&app).await, 0);
    assert!(!is_answered(&app, invited.invitation_id).await);
}

#[tokio::test]
async fn a_survey_post_with_too_many_fields_is_refused() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let mut fields = org.full_answers();
    fields.extend((0..2000).map(|n| (format!("x{n}"), "1".to_owned())));

    let response = post_survey(&app, &invited.path(), &fields).await;

    assert_eq!(response.status(), 413);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("The form has too many fields"), "{page}");
    assert_eq!(sealed_count(&app).await, 0);
    assert!(!is_answered(&app, invited.invitation_id).await);
}

#[tokio::test]
async fn an_unknown_survey_token_is_refused_before_the_body_is_read() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let unknown = SecretToken::generate();
    let closed = org.invite(&app, "en").await;
    close_now(&app, org.wave).await;

    // The headers promise 60,000 bytes (within the limit); only a few ever come.
    let unknown_status = post_without_finishing_the_body(
        &app,
        &format!("/s/{}", unknown.expose()),
        60_000,
        b"s1_q1=4&",
    )
    .await;
    let malformed_status =
        post_without_finishing_the_body(&app, "/s/not-a-token", 60_000, b"s1_q1=4&").await;
    let closed_status =
        post_without_finishing_the_body(&app, &closed.path(), 60_000, b"s1_q1=4&").await;

    assert_eq!(unknown_status, 404);
    assert_eq!(malformed_status, 404);
    assert_eq!(closed_status, 410);
    assert_eq!(sealed_count(&app).await, 0);
}

#[tokio::test]
async fn an_unknown_conversation_token_is_refused_before_the_body_is_read() {
    let app = spawn_app().await;
    let unknown = SecretToken::generate();

    let status = post_without_finishing_the_body(
        &app,
        &format!("/c/{}", unknown.expose()),
        60_000,
        b"message=hello",
    )
    .await;

    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_conversation_reply_larger_than_64_kib_is_refused_and_stores_nothing() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;

    let response = ctx
        .respondent_says(&tokens[0], &"é".repeat(OVER_LIMIT / 4))
        .await;

    assert_eq!(response.status(), 413);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("The form is too large"), "{page}");
    let messages = entity::conversation_message::Entity::find()
        .count(ctx.app.db())
        .await
        .unwrap();
    assert_eq!(messages, 0);
}
