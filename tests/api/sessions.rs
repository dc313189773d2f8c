//! Revocable sessions and their cookies: logout, a password change or reset, deactivation and
//! a role change end the account's other sessions; an https base URL makes the cookies secure
//! under the `__Host-` prefix and sends HSTS; `next=` after login only follows local paths.

use crate::helpers::{TestApp, extract_csrf_token, location, spawn_app, spawn_app_with};
use entity::account::Role;
use serde_json::json;

/// The value of cookie `name` set by `response`, with its attributes.
fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|cookie| cookie.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

/// The bare `name=value` pair of a `Set-Cookie` header.
fn pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap_or_default().to_owned()
}

/// A client without a cookie store, for replaying a cookie by hand.
fn bare_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Logs `client` in and returns the session cookie it received (`name=value`).
async fn login_in(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> String {
    let response = app
        .submit_form(
            client,
            "/login",
            &[("email", email), ("password", password)],
        )
        .await;
    assert_eq!(response.status(), 303, "login as {email}");
    pair(&set_cookie(&response, "innerpulse_session").expect("a session cookie"))
}

/// The status of `GET path` sent with nothing but `cookie`.
async fn status_with_cookie(app: &TestApp, path: &str, cookie: &str) -> u16 {
    bare_client()
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn status_of(app: &TestApp, client: &reqwest::Client, path: &str) -> u16 {
    client
        .get(app.url(path))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_cookie_from_before_logout_no_longer_opens_any_page() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let laptop = app.browser();
    let phone = app.browser();
    let copied = login_in(&app, &laptop, &hr.email, &hr.password).await;
    login_in(&app, &phone, &hr.email, &hr.password).await;
    assert_eq!(status_with_cookie(&app, "/admin", &copied).await, 200);

    // Act
    let logout = app.submit_form(&laptop, "/logout", &[]).await;

    // Assert
    assert_eq!(logout.status(), 303);
    for path in ["/admin", "/results", "/account"] {
        assert_eq!(status_with_cookie(&app, path, &copied).await, 303, "{path}");
    }
    let api = bare_client()
        .get(app.url("/api/v1/accounts"))
        .header("cookie", &copied)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 401);
    assert_eq!(
        status_of(&app, &phone, "/admin").await,
        303,
        "the other session ended too"
    );
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let laptop = app.browser();
    let phone = app.browser();
    login_in(&app, &laptop, &hr.email, &hr.password).await;
    login_in(&app, &phone, &hr.email, &hr.password).await;
    let new_password = "copper kettle on a quiet hill";

    // Act
    let changed = app
        .submit_form(
            &laptop,
            "/account/password",
            &[
                ("current_password", &hr.password),
                ("password", new_password),
                ("password_repeat", new_password),
            ],
        )
        .await;

    // Assert
    assert_eq!(changed.status(), 303);
    assert_eq!(
        status_of(&app, &laptop, "/admin").await,
        200,
        "this browser stays in"
    );
    assert_eq!(
        status_of(&app, &phone, "/admin").await,
        303,
        "the other one is out"
    );
}

#[tokio::test]
async fn a_password_reset_ends_every_earlier_session() {
    // Arrange
    let app = spawn_app().await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    let old = app.browser();
    login_in(&app, &old, &viewer.email, &viewer.password).await;
    app.post_form("/forgot-password", &[("email", &viewer.email)])
        .await;
    let emails = app.deliver_mail_to(&viewer.email).await;
    let link = emails[0]
        .links()
        .into_iter()
        .find(|link| link.contains("/account/reset/"))
        .expect("a reset link");
    let fresh = app.browser();
    let new_password = "copper kettle on a quiet hill";

    // Act
    let reset = app
        .submit_form(
            &fresh,
            &link,
            &[
                ("password", new_password),
                ("password_repeat", new_password),
            ],
        )
        .await;

    // Assert
    assert_eq!(reset.status(), 303);
    assert_eq!(status_of(&app, &fresh, "/results").await, 200);
    assert_eq!(status_of(&app, &old, "/results").await, 303);
}

#[tokio::test]
async fn a_deactivated_then_reactivated_account_does_not_revive_old_cookies() {
    // Arrange
    let app = spawn_app().await;
    app.login_as_hr().await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    let browser = app.browser();
    let copied = login_in(&app, &browser, &viewer.email, &viewer.password).await;

    // Act
    let deactivated = app
        .post_form(&format!("/admin/accounts/{}/deactivate", viewer.id), &[])
        .await;
    let reactivated = app
        .post_form(&format!("/admin/accounts/{}/reactivate", viewer.id), &[])
        .await;

    // Assert
    assert_eq!(deactivated.status(), 303);
    assert_eq!(reactivated.status(), 303);
    assert_eq!(status_with_cookie(&app, "/results", &copied).await, 303);
    assert_eq!(status_of(&app, &browser, "/results").await, 303);
    login_in(&app, &browser, &viewer.email, &viewer.password).await;
    assert_eq!(
        status_of(&app, &browser, "/results").await,
        200,
        "a new login works"
    );
}

#[tokio::test]
async fn a_role_change_ends_the_sessions_of_that_account() {
    // Arrange
    let app = spawn_app().await;
    app.login_as_hr().await;
    let finance = app.create_department("Finance").await;
    let legal = app.create_department("Legal").await;
    let head = app.create_staff(Role::DepartmentHead, &[finance]).await;
    let by_page = app.browser();
    let by_api = app.browser();
    login_in(&app, &by_page, &head.email, &head.password).await;

    // Act: departments changed on the page
    let changed = app
        .post_form(
            &format!("/admin/accounts/{}/role", head.id),
            &[
                ("role", "department_head"),
                (&format!("department_{legal}"), "on"),
            ],
        )
        .await;

    // Assert
    assert_eq!(changed.status(), 303);
    assert_eq!(status_of(&app, &by_page, "/results").await, 303);

    // Act: role changed through the API
    login_in(&app, &by_api, &head.email, &head.password).await;
    assert_eq!(status_of(&app, &by_api, "/results").await, 200);
    let patched = app
        .client
        .patch(app.url(&format!("/api/v1/accounts/{}", head.id)))
        .header("origin", &app.address)
        .json(&json!({ "role": "viewer", "departments": [] }))
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(patched.status(), 200);
    assert_eq!(status_of(&app, &by_api, "/results").await, 303);
}

#[tokio::test]
async fn an_https_base_url_makes_cookies_secure_with_the_host_prefix_and_sends_hsts() {
    // Arrange
    let app = spawn_app_with("[server]\nbase_url = \"https://127.0.0.1\"\n").await;
    let plain = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let client = bare_client();

    // Act
    let form = client.get(app.url("/login")).send().await.unwrap();
    let csrf = set_cookie(&form, "__Host-innerpulse_csrf").expect("a __Host- CSRF cookie");
    let hsts = form.headers().get("strict-transport-security").cloned();
    let token = extract_csrf_token(&form.text().await.unwrap());
    let login = client
        .post(app.url("/login"))
        .header("cookie", pair(&csrf))
        .form(&[
            ("email", hr.email.as_str()),
            ("password", hr.password.as_str()),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();

    // Assert
    assert_eq!(
        hsts.unwrap().to_str().unwrap(),
        "max-age=31536000; includeSubDomains"
    );
    assert!(
        plain
            .get("/login")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
    assert_eq!(login.status(), 303);
    let session = set_cookie(&login, "__Host-innerpulse_session").expect("a __Host- session");
    for cookie in [&csrf, &session] {
        assert!(cookie.contains("; Secure"), "{cookie}");
        assert!(cookie.contains("; Path=/"), "{cookie}");
        assert!(!cookie.to_lowercase().contains("domain="), "{cookie}");
    }
    assert!(set_cookie(&login, "innerpulse_session").is_none());
    assert_eq!(
        status_with_cookie(&app, "/admin", &pair(&session)).await,
        200
    );
    let unprefixed = pair(&session).replacen("__Host-", "", 1);
    assert_eq!(status_with_cookie(&app, "/admin", &unprefixed).await, 303);
}

#[tokio::test]
async fn login_redirects_only_to_local_paths() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let login = |next: &'static str| {
        let app = &app;
        let hr = &hr;
        async move {
            let browser = app.browser();
            let response = app
                .submit_form(
                    &browser,
                    "/login",
                    &[
                        ("email", &hr.email),
                        ("password", &hr.password),
                        ("next", next),
                    ],
                )
                .await;
            assert_eq!(response.status(), 303, "{next}");
            location(&response)
        }
    };

    // Act / Assert
    for hostile in [
        "/%09/evil.example",
        "//evil.example",
        "/\\evil.example",
        "/%2F/evil.example",
        "/%5Cevil.example",
        "/\t/evil.example",
        "https://evil.example",
        "/%252F/evil.example",
    ] {
        assert_eq!(login(hostile).await, "/admin", "{hostile}");
    }
    assert_eq!(login("/admin/accounts").await, "/admin/accounts");
    assert_eq!(login("/results?period=2").await, "/results?period=2");
}
