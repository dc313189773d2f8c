//! Forgotten passwords: the same answer for known and unknown addresses, an emailed
//! single-use link, the new password replaces the old one; and changing a password in the
//! account settings.

use crate::helpers::{location, spawn_app};
use entity::account::Role;

const NEW_PASSWORD: &str = "copper kettle on a quiet hill";

fn notice(body: &str) -> String {
    body.split("id=\"forgot-sent\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn forgot_password_answers_the_same_for_known_and_unknown_emails_and_mails_only_the_known() {
    // Arrange
    let app = spawn_app().await;
    let head = app.create_staff(Role::Viewer, &[]).await;

    // Act
    let known = app
        .post_form("/forgot-password", &[("email", &head.email)])
        .await;
    let known = (known.status(), known.text().await.unwrap());
    let unknown = app
        .post_form("/forgot-password", &[("email", "nobody@example.com")])
        .await;
    let unknown = (unknown.status(), unknown.text().await.unwrap());
    let outcome = app.run_scheduler_once().await;

    // Assert
    assert_eq!(known.0, 200);
    assert_eq!(unknown.0, 200);
    assert!(!notice(&known.1).is_empty());
    assert_eq!(notice(&known.1), notice(&unknown.1));
    assert_eq!(outcome.mails_sent, 1);
    let emails = app.smtp.wait_for(1).await;
    assert_eq!(emails.len(), 1);
    assert!(app.smtp.emails_to("nobody@example.com").is_empty());
    assert_eq!(
        app.smtp.emails_to(&head.email)[0].subject,
        "Reset your innerpulse password"
    );
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_the_old_password_stops_working() {
    // Arrange
    let app = spawn_app().await;
    let head = app.create_staff(Role::Viewer, &[]).await;
    app.post_form("/forgot-password", &[("email", &head.email)])
        .await;
    let emails = app.deliver_mail_to(&head.email).await;
    let link = emails[0]
        .links()
        .into_iter()
        .find(|link| link.contains("/account/reset/"))
        .expect("a reset link");
    let browser = app.browser();
    assert_eq!(browser.get(&link).send().await.unwrap().status(), 200);

    // Act
    let reset = app
        .submit_form(
            &browser,
            &link,
            &[
                ("password", NEW_PASSWORD),
                ("password_repeat", NEW_PASSWORD),
            ],
        )
        .await;
    let reused = app
        .submit_form(
            &app.browser(),
            &link,
            &[
                ("password", "another long passphrase"),
                ("password_repeat", "another long passphrase"),
            ],
        )
        .await;

    // Assert
    assert_eq!(reset.status(), 303);
    assert_eq!(location(&reset), "/results");
    assert_eq!(
        browser
            .get(app.url("/results"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(reused.status(), 410);
    assert_eq!(
        app.post_login(&head.email, &head.password).await.status(),
        401
    );
    assert_eq!(
        app.post_login(&head.email, NEW_PASSWORD).await.status(),
        303
    );
}

#[tokio::test]
async fn a_reset_link_refuses_a_common_password_with_422() {
    let app = spawn_app().await;
    let head = app.create_staff(Role::Viewer, &[]).await;
    app.post_form("/forgot-password", &[("email", &head.email)])
        .await;
    let emails = app.deliver_mail_to(&head.email).await;
    let link = emails[0]
        .links()
        .into_iter()
        .find(|l| l.contains("/account/reset/"))
        .unwrap();

    let response = app
        .submit_form(
            &app.browser(),
            &link,
            &[
                ("password", "QWERTYUIOP12"),
                ("password_repeat", "QWERTYUIOP12"),
            ],
        )
        .await;

    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("too common"));
    assert_eq!(
        app.post_login(&head.email, &head.password).await.status(),
        303
    );
}

#[tokio::test]
async fn a_deactivated_account_gets_no_reset_email() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let gone = app.create_staff(Role::Viewer, &[]).await;
    app.login(&hr).await;
    app.post_form(&format!("/admin/accounts/{}/deactivate", gone.id), &[])
        .await;

    let response = app
        .post_form("/forgot-password", &[("email", &gone.email)])
        .await;
    let outcome = app.run_scheduler_once().await;

    assert_eq!(response.status(), 200);
    assert_eq!(outcome.mails_sent, 0);
}

#[tokio::test]
async fn changing_the_password_in_the_settings_needs_the_current_one() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let wrong = app
        .post_form(
            "/account/password",
            &[
                ("current_password", "not my password at all"),
                ("password", NEW_PASSWORD),
                ("password_repeat", NEW_PASSWORD),
            ],
        )
        .await;
    let wrong = (wrong.status(), wrong.text().await.unwrap());
    let right = app
        .post_form(
            "/account/password",
            &[
                ("current_password", &hr.password),
                ("password", NEW_PASSWORD),
                ("password_repeat", NEW_PASSWORD),
            ],
        )
        .await;

    assert_eq!(wrong.0, 422);
    assert!(wrong.1.contains("The current password is not correct."));
    assert_eq!(right.status(), 303);
    assert_eq!(app.post_login(&hr.email, &hr.password).await.status(), 401);
    assert_eq!(app.post_login(&hr.email, NEW_PASSWORD).await.status(), 303);
}
