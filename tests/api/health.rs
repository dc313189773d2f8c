//! Liveness, readiness and metrics.

use crate::helpers::spawn_app;

#[tokio::test]
async fn healthz_answers_ok_while_the_process_runs() {
    let app = spawn_app().await;

    let response = app.get("/healthz").await;

    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn readyz_is_ready_when_the_database_answers() {
    let app = spawn_app().await;

    let response = app.get("/readyz").await;

    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn readyz_answers_503_when_the_database_is_gone() {
    let app = spawn_app().await;
    // Closing the shared pool makes every further query fail, as a vanished server would.
    app.db().close_by_ref().await.unwrap();

    let response = app.get("/readyz").await;

    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "unreachable");
    // Liveness is about the process, not its dependencies.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern_in_prometheus_format() {
    let app = spawn_app().await;
    app.get("/healthz").await;
    app.get("/healthz").await;

    let response = app.get("/metrics").await;

    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    let body = response.text().await.unwrap();
    let line = body
        .lines()
        .find(|l| {
            l.starts_with("innerpulse_http_requests_total{") && l.contains("route=\"/healthz\"")
        })
        .unwrap_or_else(|| panic!("no request counter for /healthz in:\n{body}"));
    assert!(line.ends_with(" 2"), "{line}");
    assert!(body.contains("innerpulse_http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn survey_tokens_never_appear_in_metrics() {
    let app = spawn_app().await;
    let token = "s3cr3t-survey-token-that-must-not-leak";
    app.get(&format!("/s/{token}")).await;
    app.get(&format!("/healthz?token={token}")).await;

    let body = app.get("/metrics").await.text().await.unwrap();

    assert!(!body.contains(token));
}
