//! Login and password-reset throttling that holds: attempts count per account and per client
//! address before the password is checked (parallel guesses all count), `X-Forwarded-For` is
//! believed only from a trusted proxy, password checks are bounded, and reset links are not
//! replaced more than once a minute.

use crate::helpers::{TestApp, spawn_app, spawn_app_with};
use entity::account::Role;
use futures_util::future::join_all;

/// Posts a login with a fresh CSRF token from `client`, optionally as forwarded for `hops`.
async fn login_from(
    app: &TestApp,
    forwarded_for: Option<&str>,
    email: &str,
    password: &str,
) -> reqwest::Response {
    let client = app.browser();
    let page = client.get(app.url("/login")).send().await.unwrap();
    let token = crate::helpers::extract_csrf_token(&page.text().await.unwrap());
    let mut request = client.post(app.url("/login")).form(&[
        ("email", email),
        ("password", password),
        ("csrf_token", token.as_str()),
    ]);
    if let Some(hops) = forwarded_for {
        request = request.header("x-forwarded-for", hops);
    }
    request.send().await.unwrap()
}

/// Twenty failed logins with unknown emails, each claiming another forwarded address.
async fn twenty_failures(app: &TestApp, forwarded_for: impl Fn(usize) -> String) {
    for attempt in 0..20 {
        let response = login_from(
            app,
            Some(&forwarded_for(attempt)),
            &format!("nobody{attempt}@example.com"),
            "wrong password 123",
        )
        .await;
        assert_eq!(response.status(), 401, "attempt {attempt}");
    }
}

#[tokio::test]
async fn parallel_wrong_passwords_all_count_towards_the_limit() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let token = app.csrf_token().await;

    // Act
    let guesses = (0..20).map(|guess| {
        let password = format!("wrong password {guess}");
        let request = app.client.post(app.url("/login")).form(&[
            ("email", hr.email.as_str()),
            ("password", password.as_str()),
            ("csrf_token", token.as_str()),
        ]);
        async move { request.send().await.unwrap().status().as_u16() }
    });
    let statuses = join_all(guesses).await;
    let correct = app.post_login(&hr.email, &hr.password).await;

    // Assert
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "{statuses:?}"
    );
    assert!(
        statuses.iter().filter(|s| **s == 401).count() <= 5,
        "at most five guesses were checked: {statuses:?}"
    );
    assert_eq!(correct.status(), 429);
}

#[tokio::test]
async fn x_forwarded_for_from_an_untrusted_peer_is_ignored() {
    // Arrange
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    twenty_failures(&app, |attempt| format!("198.51.100.{attempt}")).await;

    // Act
    let next = login_from(&app, Some("203.0.113.99"), &hr.email, &hr.password).await;

    // Assert
    assert_eq!(
        next.status(),
        429,
        "every attempt counted for the real peer"
    );
}

#[tokio::test]
async fn a_trusted_proxy_forwards_the_client_address() {
    // Arrange
    let app =
        spawn_app_with("[server]\ntrusted_proxies = [\"127.0.0.0/8\", \"10.0.0.0/8\"]\n").await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    twenty_failures(&app, |_| "198.51.100.7".to_owned()).await;

    // Act
    let same_client = login_from(
        &app,
        Some("192.0.2.1, 198.51.100.7, 10.0.0.3"),
        &hr.email,
        &hr.password,
    )
    .await;
    let other_client = login_from(&app, Some("198.51.100.8"), &hr.email, &hr.password).await;

    // Assert
    assert_eq!(
        same_client.status(),
        429,
        "the right-most untrusted hop is the client"
    );
    assert_eq!(
        other_client.status(),
        303,
        "another client is not throttled"
    );
}

#[tokio::test]
async fn a_login_that_finds_every_password_check_busy_gets_429_and_does_not_count() {
    // Arrange
    let app = spawn_app_with("[security]\nmax_concurrent_password_checks = 1\n").await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let held = app
        .state
        .password_checks
        .permit()
        .await
        .expect("the only slot");

    // Act
    let busy = login_from(&app, None, &hr.email, &hr.password).await;
    let busy = (busy.status(), busy.text().await.unwrap());
    drop(held);
    for _ in 0..4 {
        assert_eq!(
            login_from(&app, None, &hr.email, "wrong password 123")
                .await
                .status(),
            401
        );
    }
    let after = login_from(&app, None, &hr.email, &hr.password).await;

    // Assert
    assert_eq!(busy.0, 429);
    assert!(busy.1.contains("checking many logins"), "{}", busy.1);
    assert_eq!(after.status(), 303, "the busy attempt was not counted");
}

#[tokio::test]
async fn forgot_password_within_a_minute_keeps_the_first_link_valid() {
    // Arrange
    let app = spawn_app().await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    let first = app
        .post_form("/forgot-password", &[("email", &viewer.email)])
        .await;
    assert_eq!(first.status(), 200);
    let emails = app.deliver_mail_to(&viewer.email).await;
    let link = emails[0]
        .links()
        .into_iter()
        .find(|link| link.contains("/account/reset/"))
        .expect("a reset link");

    // Act
    let second = app
        .post_form("/forgot-password", &[("email", &viewer.email)])
        .await;

    // Assert
    assert_eq!(second.status(), 200);
    assert_eq!(
        app.deliver_mail_to(&viewer.email).await.len(),
        1,
        "no second link"
    );
    let page = app.browser().get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200, "the first link still works");
}

#[tokio::test]
async fn forgot_password_is_rate_limited_per_address() {
    // Arrange
    let app = spawn_app().await;
    for attempt in 0..10 {
        let email = format!("someone{attempt}@example.com");
        let response = app
            .post_form("/forgot-password", &[("email", &email)])
            .await;
        assert_eq!(response.status(), 200, "request {attempt}");
    }

    // Act
    let over = app
        .post_form("/forgot-password", &[("email", "someone-else@example.com")])
        .await;

    // Assert
    assert_eq!(over.status(), 429);
    assert!(
        over.text()
            .await
            .unwrap()
            .contains("Too many requests for a reset link")
    );
}

#[tokio::test]
async fn forgot_password_is_rate_limited_per_account() {
    // Arrange
    let app = spawn_app().await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    for attempt in 0..3 {
        let response = app
            .post_form("/forgot-password", &[("email", &viewer.email)])
            .await;
        assert_eq!(response.status(), 200, "request {attempt}");
    }

    // Act
    let over = app
        .post_form(
            "/forgot-password",
            &[("email", &viewer.email.to_uppercase())],
        )
        .await;

    // Assert
    assert_eq!(over.status(), 429);
}

#[tokio::test]
async fn two_reset_requests_at_once_send_one_link() {
    // Arrange
    let app = spawn_app().await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;

    // Act
    let fields = [("email", viewer.email.as_str())];
    let (first, second) = tokio::join!(
        app.post_form("/forgot-password", &fields),
        app.post_form("/forgot-password", &fields),
    );

    // Assert
    assert_eq!(first.status(), 200);
    assert_eq!(second.status(), 200);
    let emails = app.deliver_mail_to(&viewer.email).await;
    assert_eq!(emails.len(), 1);
    let link = emails[0]
        .links()
        .into_iter()
        .find(|link| link.contains("/account/reset/"))
        .expect("a reset link");
    assert_eq!(app.browser().get(&link).send().await.unwrap().status(), 200);
}
