//! Conversation requests are logged by route pattern (`/c/{token}`): the respondent's token,
//! its hash and the messages never reach the logs.

use super::fixture::{K, Loop};
use crate::survey::logs::capture_logs;
use innerpulse::domain::hash_hex;

#[tokio::test]
async fn conversation_requests_are_logged_by_route_pattern_without_token_or_message() {
    if std::env::var_os("TEST_LOG").is_some() {
        eprintln!("skipped: TEST_LOG installs its own global subscriber");
        return;
    }
    let captured = capture_logs();
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let secret = "Secret reply 91c2 about the night shift";

    let shown = ctx.app.get(&format!("/c/{}?lang=fr", tokens[0])).await;
    let posted = ctx.respondent_says(&tokens[0], secret).await;

    assert_eq!(shown.status(), 200);
    assert_eq!(posted.status(), 303);
    let log = captured.text();
    assert!(
        log.lines()
            .any(|line| line.contains("http.route=/c/{token}") && line.contains("http.method=POST")),
        "the route pattern is logged"
    );
    assert!(!log.contains(&tokens[0]), "token in the log");
    assert!(
        !log.contains(&hash_hex(tokens[0].as_bytes())),
        "token hash in the log"
    );
    assert!(!log.contains(secret), "message in the log");
}
