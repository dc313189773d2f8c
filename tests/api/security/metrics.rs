//! `/metrics`: off loopback it needs `metrics.token` as a Bearer token (and without one it is
//! not there at all), and it carries no series for the anonymous links `/s/...` and `/c/...`.

use crate::helpers::{TestApp, spawn_app, spawn_app_with};
use crate::survey::fixture::{Org, post_survey};
use innerpulse::config::{self, ConfigSources};
use innerpulse::domain::SecretToken;
use std::collections::HashMap;

const TOKEN: &str = "a-metrics-token-of-at-least-32-characters";

async fn scrape(app: &TestApp, bearer: Option<&str>) -> reqwest::Response {
    let mut request = app.client.get(app.url("/metrics"));
    if let Some(token) = bearer {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn metrics_need_the_token_when_not_bound_to_loopback() {
    let app = spawn_app_with(&format!(
        "[server]\nhost = \"0.0.0.0\"\n[metrics]\ntoken = \"{TOKEN}\""
    ))
    .await;
    app.get("/healthz").await;

    let anonymous = scrape(&app, None).await;
    let wrong = scrape(&app, Some("a-metrics-token-of-at-least-32-characterz")).await;
    let right = scrape(&app, Some(TOKEN)).await;

    assert_eq!(anonymous.status(), 401, "not a redirect to the login form");
    assert_eq!(
        anonymous.headers()["www-authenticate"],
        "Bearer realm=\"metrics\""
    );
    assert_eq!(wrong.status(), 401);
    assert!(!wrong.text().await.unwrap().contains("innerpulse_http"));
    assert_eq!(right.status(), 200);
    assert!(right.text().await.unwrap().contains("route=\"/healthz\""));
}

#[tokio::test]
async fn metrics_without_a_token_are_not_served_off_loopback() {
    let open_to_all = spawn_app_with("[server]\nhost = \"0.0.0.0\"").await;
    let loopback = spawn_app().await;

    let hidden = scrape(&open_to_all, None).await;
    let local = scrape(&loopback, None).await;

    assert_eq!(hidden.status(), 404);
    assert!(!hidden.text().await.unwrap().contains("innerpulse_http"));
    assert_eq!(local.status(), 200);
}

#[test]
fn a_short_metrics_token_is_refused_naming_the_key() {
    let data_dir = tempfile::tempdir().unwrap();
    let environment = HashMap::from([(
        "INNERPULSE__APP__DATA_DIR".to_owned(),
        data_dir.path().display().to_string(),
    )]);

    let error = config::load(ConfigSources {
        local_file: false,
        file: None,
        environment: Some(environment),
        overrides: Some("[metrics]\ntoken = \"short\"".to_owned()),
    })
    .unwrap_err();

    assert_eq!(error.key, "metrics.token");
}

#[tokio::test]
async fn metrics_carry_no_series_for_survey_or_conversation_links() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    app.get(&invited.path()).await;
    let answered = post_survey(&app, &invited.path(), &org.full_answers()).await;
    assert_eq!(answered.status(), 200);
    let unknown = SecretToken::generate();
    app.get(&format!("/c/{}", unknown.expose())).await;
    app.get(&format!("/c/{}/close", unknown.expose())).await;
    app.get("/healthz").await;

    let body = scrape(&app, None).await.text().await.unwrap();

    assert!(body.contains("route=\"/healthz\""), "{body}");
    for line in body.lines().filter(|line| !line.starts_with('#')) {
        assert!(
            !line.contains("route=\"/s/") && !line.contains("route=\"/c/"),
            "a series of an anonymous link: {line}"
        );
    }
}
