//! API writes a browser's session cookie authenticates need the CSRF token in a header or the
//! instance's own `Origin`: a page elsewhere cannot post a CSV of employees with HR's cookie.
//! A request that presents a Bearer key is judged by the key alone.

use crate::helpers::{TestApp, extract_csrf_token, spawn_app};
use entity::account::Role;

const CSV: &str = "email,name,department\nnew.person@example.com,New Person,Sales\n";

/// A browser of its own that adds no `Origin` (as a page elsewhere would not name this one),
/// logged in as a new HR admin; returns it and the CSRF token its pages carry.
async fn hr_browser(app: &TestApp) -> (reqwest::Client, String) {
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    let login = app
        .submit_form(
            &browser,
            "/login",
            &[("email", &hr.email), ("password", &hr.password)],
        )
        .await;
    assert_eq!(login.status(), 303);
    let page = browser.get(app.url("/admin")).send().await.unwrap();
    let token = extract_csrf_token(&page.text().await.unwrap());
    (browser, token)
}

fn import(app: &TestApp, browser: &reqwest::Client) -> reqwest::RequestBuilder {
    browser
        .post(app.url("/api/v1/employees/import"))
        .header("content-type", "text/csv")
        .body(CSV)
}

#[tokio::test]
async fn a_cross_site_csv_import_riding_on_the_session_cookie_is_refused() {
    let app = spawn_app().await;
    app.create_department("Sales").await;
    let (browser, _) = hr_browser(&app).await;

    let cross_site = import(&app, &browser)
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    let no_origin = import(&app, &browser).send().await.unwrap();
    let wrong_token = import(&app, &browser)
        .header("x-csrf-token", "not-the-token")
        .send()
        .await
        .unwrap();

    assert_eq!(cross_site.status(), 403);
    assert_eq!(no_origin.status(), 403);
    assert_eq!(wrong_token.status(), 403);
    assert!(app.employees().await.is_empty(), "nothing was imported");
}

#[tokio::test]
async fn a_session_api_write_with_the_csrf_header_or_from_the_own_origin_goes_through() {
    let app = spawn_app().await;
    app.create_department("Sales").await;
    let (browser, token) = hr_browser(&app).await;

    let with_header = import(&app, &browser)
        .header("x-csrf-token", &token)
        .send()
        .await
        .unwrap();
    let same_origin = browser
        .post(app.url("/api/v1/departments"))
        .header("origin", app.state.settings.server.base_url())
        .json(&serde_json::json!({ "name": "Kitchen" }))
        .send()
        .await
        .unwrap();

    assert!(
        with_header.status().is_success(),
        "{}",
        with_header.status()
    );
    assert_eq!(app.employees().await.len(), 1);
    let status = same_origin.status();
    assert!(
        status.is_success(),
        "{status} {}",
        same_origin.text().await.unwrap()
    );
}

#[tokio::test]
async fn an_invalid_bearer_key_is_refused_even_with_a_valid_session_cookie() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    assert_eq!(app.get("/api/v1/accounts").await.status(), 200);

    for path in [
        "/api/v1/accounts",
        "/api/v1/employees",
        "/api/v1/results/slices",
    ] {
        let response = app
            .client
            .get(app.url(path))
            .bearer_auth("ip_not-a-valid-key")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401, "GET {path}");
    }
    let write = app
        .client
        .post(app.url("/api/v1/departments"))
        .bearer_auth("ip_not-a-valid-key")
        .json(&serde_json::json!({ "name": "Kitchen" }))
        .send()
        .await
        .unwrap();
    assert_eq!(write.status(), 401);
}
