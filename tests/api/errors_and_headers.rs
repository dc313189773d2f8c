//! Error pages, JSON errors under /api, and the security headers on every response.

use crate::helpers::spawn_app;

#[tokio::test]
async fn an_unknown_page_gets_a_localized_html_404_page() {
    let app = spawn_app().await;

    let response = app
        .client
        .get(app.url("/no-such-page"))
        .header("Accept-Language", "fr-FR,fr;q=0.9")
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 404);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let body = response.text().await.unwrap();
    assert!(body.contains("<html lang=\"fr\">"), "{body}");
    assert!(body.contains("404"));
}

#[tokio::test]
async fn an_unknown_api_route_gets_a_json_error() {
    let app = spawn_app().await;

    let response = app.get("/api/v1/no-such-thing").await;

    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    assert!(body["error"]["message"].is_string());
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;

    for path in ["/", "/login", "/no-such-page", "/healthz"] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
    }
}

#[tokio::test]
async fn the_home_and_login_pages_render_in_the_requested_language() {
    let app = spawn_app().await;

    let english = app.get("/login?lang=en").await.text().await.unwrap();
    let russian = app.get("/login?lang=ru").await.text().await.unwrap();

    assert!(english.contains("<html lang=\"en\">"));
    assert!(russian.contains("<html lang=\"ru\">"));
    assert_ne!(english, russian, "the Russian page should be translated");
    assert!(app.get("/static/style.css").await.status().is_success());
}
