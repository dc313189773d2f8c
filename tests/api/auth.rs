//! Staff login, logout, throttling, CSRF and role checks.

use crate::helpers::{TestApp, spawn_app};
use entity::account::Role;

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_hr_admin_logs_in_and_lands_on_the_programme_overview() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;

    let response = app.post_login(&hr.email, &hr.password).await;

    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/admin");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("innerpulse_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    let overview = app.get("/admin").await;
    assert_eq!(overview.status(), 200);
    assert!(
        overview
            .text()
            .await
            .unwrap()
            .contains("Programme overview")
    );
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;

    let wrong_password = app.post_login(&hr.email, "not the right password").await;
    let wrong_status = wrong_password.status();
    let wrong_body = wrong_password.text().await.unwrap();
    let unknown = app
        .post_login("nobody@example.com", "not the right password")
        .await;
    let unknown_status = unknown.status();
    let unknown_body = unknown.text().await.unwrap();

    assert_eq!(wrong_status, 401);
    assert_eq!(unknown_status, 401);
    let message = |body: &str| {
        body.split("role=\"alert\"")
            .nth(1)
            .and_then(|rest| rest.split("</p>").next())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(!message(&wrong_body).is_empty());
    assert_eq!(message(&wrong_body), message(&unknown_body));
}

#[tokio::test]
async fn five_failed_logins_lock_further_attempts_with_429() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    for _ in 0..5 {
        assert_eq!(
            app.post_login(&hr.email, "wrong password 123")
                .await
                .status(),
            401
        );
    }

    let locked = app.post_login(&hr.email, &hr.password).await;

    assert_eq!(locked.status(), 429);
    assert!(locked.text().await.unwrap().contains("minute"));
}

#[tokio::test]
async fn a_login_form_without_its_csrf_token_is_rejected() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.csrf_token().await;

    let response = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("email", hr.email.as_str()),
            ("password", hr.password.as_str()),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 403);
    assert_eq!(
        app.get("/admin").await.status(),
        303,
        "no session may have started"
    );
}

#[tokio::test]
async fn logging_out_ends_the_session() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    let token = crate::helpers::extract_csrf_token(&app.get("/admin").await.text().await.unwrap());

    let response = app
        .client
        .post(app.url("/logout"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 303);
    let after = app.get("/admin").await;
    assert_eq!(after.status(), 303);
    assert_eq!(location(&after), "/login?next=%2Fadmin");
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_the_login_page_and_brought_back() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let first = app.get("/admin").await;
    assert_eq!(location(&first), "/login?next=%2Fadmin");
    let token = app.csrf_token().await;

    let response = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("email", hr.email.as_str()),
            ("password", hr.password.as_str()),
            ("next", "/admin"),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(location(&response), "/admin");
}

#[tokio::test]
async fn login_never_redirects_to_another_site() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let token = app.csrf_token().await;

    let response = app
        .client
        .post(app.url("/login"))
        .form(&[
            ("email", hr.email.as_str()),
            ("password", hr.password.as_str()),
            ("next", "//evil.example.com/phish"),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();

    assert_eq!(location(&response), "/admin");
}

async fn logged_in(role: Role) -> TestApp {
    let app = spawn_app().await;
    let department = app.create_department("IT").await;
    let staff = app.create_staff(role, &[department]).await;
    app.login(&staff).await;
    app
}

#[tokio::test]
async fn a_department_head_cannot_open_hr_pages() {
    let app = logged_in(Role::DepartmentHead).await;

    assert_eq!(app.get("/admin").await.status(), 403);
    assert_eq!(app.get("/results").await.status(), 200);
}

#[tokio::test]
async fn a_viewer_cannot_open_hr_pages_but_reads_results() {
    let app = logged_in(Role::Viewer).await;

    assert_eq!(app.get("/admin").await.status(), 403);
    assert_eq!(app.get("/results").await.status(), 200);
}

#[tokio::test]
async fn a_deactivated_account_loses_its_session_at_once() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    assert_eq!(app.get("/admin").await.status(), 200);
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let account = entity::account::Entity::find_by_id(hr.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut account: entity::account::ActiveModel = account.into();
    account.active = Set(false);
    account.update(app.db()).await.unwrap();

    assert_eq!(app.get("/admin").await.status(), 303);
}
