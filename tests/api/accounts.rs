//! Staff accounts: HR invites, the invitee follows the emailed link and sets a password, role
//! and department rules, deactivation, language preference, and who may do any of it.

use crate::helpers::{TestApp, location, spawn_app};
use chrono::{Duration, Utc};
use entity::account::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

const GOOD_PASSWORD: &str = "violet tractor under seven moons";

/// Logs in as a new HR admin and invites `email` as head of a new department.
async fn invite_head(app: &TestApp, email: &str) -> i32 {
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    let it = app.create_department("IT").await;
    let field = format!("department_{it}");
    let response = app
        .post_form(
            "/admin/accounts",
            &[
                ("email", email),
                ("display_name", "Ines Head"),
                ("role", "department_head"),
                ("locale", "en"),
                (&field, "on"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "the invitation is accepted");
    location(&response)
        .trim_start_matches("/admin/accounts/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn invite_link(app: &TestApp, email: &str) -> String {
    let emails = app.deliver_mail_to(email).await;
    let invite = emails.last().expect("an invitation email");
    invite
        .links()
        .into_iter()
        .find(|link| link.contains("/account/accept/"))
        .expect("an accept link")
}

#[tokio::test]
async fn an_invited_head_sets_a_password_through_the_emailed_link_and_is_logged_in() {
    // Arrange
    let app = spawn_app().await;
    invite_head(&app, "ines@example.com").await;
    let emails = app.deliver_mail_to("ines@example.com").await;
    assert_eq!(emails.len(), 1);
    assert_eq!(emails[0].subject, "You have been invited to innerpulse");
    assert!(emails[0].text.contains("Hello Ines Head,"));
    assert!(emails[0].html.contains("Choose your password"));
    let link = emails[0]
        .links()
        .into_iter()
        .find(|link| link.contains("/account/accept/"))
        .unwrap();
    let invitee = app.browser();
    let form = invitee.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200);

    // Act
    let too_short = app
        .submit_form(
            &invitee,
            &link,
            &[("password", "short"), ("password_repeat", "short")],
        )
        .await;
    let too_short = (too_short.status(), too_short.text().await.unwrap());
    let too_common = app
        .submit_form(
            &invitee,
            &link,
            &[
                ("password", "Password1234"),
                ("password_repeat", "Password1234"),
            ],
        )
        .await;
    let too_common = (too_common.status(), too_common.text().await.unwrap());
    let mismatch = app
        .submit_form(
            &invitee,
            &link,
            &[
                ("password", GOOD_PASSWORD),
                ("password_repeat", "something else entirely"),
            ],
        )
        .await;
    let mismatch = (mismatch.status(), mismatch.text().await.unwrap());
    let accepted = app
        .submit_form(
            &invitee,
            &link,
            &[
                ("password", GOOD_PASSWORD),
                ("password_repeat", GOOD_PASSWORD),
            ],
        )
        .await;

    // Assert
    assert_eq!(too_short.0, 422);
    assert!(
        too_short.1.contains("at least 12 characters"),
        "{}",
        too_short.1
    );
    assert_eq!(too_common.0, 422);
    assert!(too_common.1.contains("too common"));
    assert_eq!(mismatch.0, 422);
    assert!(mismatch.1.contains("The two passwords do not match."));
    assert_eq!(accepted.status(), 303);
    assert_eq!(location(&accepted), "/results");
    let settings = invitee.get(app.url("/account")).send().await.unwrap();
    assert_eq!(settings.status(), 200, "the invitee is logged in");
    assert!(settings.text().await.unwrap().contains("Ines Head"));
    let login = app.browser();
    let token = crate::helpers::extract_csrf_token(
        &login
            .get(app.url("/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let again = login
        .post(app.url("/login"))
        .form(&[
            ("email", "ines@example.com"),
            ("password", GOOD_PASSWORD),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 303, "the new password works for logging in");
}

#[tokio::test]
async fn an_invite_link_can_be_used_only_once() {
    let app = spawn_app().await;
    invite_head(&app, "ines@example.com").await;
    let link = invite_link(&app, "ines@example.com").await;
    let invitee = app.browser();
    let fields = [
        ("password", GOOD_PASSWORD),
        ("password_repeat", GOOD_PASSWORD),
    ];
    assert_eq!(
        app.submit_form(&invitee, &link, &fields).await.status(),
        303
    );

    let second_view = app.browser().get(&link).send().await.unwrap();
    let second_use = app.submit_form(&app.browser(), &link, &fields).await;

    assert_eq!(second_view.status(), 410);
    assert!(
        second_view
            .text()
            .await
            .unwrap()
            .contains("This link no longer works")
    );
    assert_eq!(second_use.status(), 410);
}

#[tokio::test]
async fn an_expired_invite_link_shows_a_clear_410_page() {
    let app = spawn_app().await;
    invite_head(&app, "ines@example.com").await;
    let link = invite_link(&app, "ines@example.com").await;
    entity::account_token::Entity::update_many()
        .col_expr(
            entity::account_token::Column::ExpiresAt,
            Expr::value(Utc::now() - Duration::minutes(1)),
        )
        .exec(app.db())
        .await
        .unwrap();

    let view = app.browser().get(&link).send().await.unwrap();
    let fields = [
        ("password", GOOD_PASSWORD),
        ("password_repeat", GOOD_PASSWORD),
    ];
    let submit = app.submit_form(&app.browser(), &link, &fields).await;

    assert_eq!(view.status(), 410);
    assert!(
        view.text()
            .await
            .unwrap()
            .contains("expired or has already been used")
    );
    assert_eq!(submit.status(), 410);
}

#[tokio::test]
async fn only_the_token_hash_is_stored_for_an_invite() {
    let app = spawn_app().await;
    invite_head(&app, "ines@example.com").await;
    let link = invite_link(&app, "ines@example.com").await;
    let token = link.rsplit('/').next().unwrap();

    let rows = entity::account_token::Entity::find()
        .all(app.db())
        .await
        .unwrap();

    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].token_hash, token);
    assert_eq!(
        rows[0].token_hash,
        innerpulse::domain::hash_hex(token.as_bytes())
    );
    assert!(rows[0].expires_at > Utc::now() + Duration::hours(23));
}

#[tokio::test]
async fn resending_an_invite_kills_the_old_link_and_the_new_one_works() {
    let app = spawn_app().await;
    let id = invite_head(&app, "ines@example.com").await;
    let old = invite_link(&app, "ines@example.com").await;

    let resent = app
        .post_form(&format!("/admin/accounts/{id}/resend"), &[])
        .await;
    let new = invite_link(&app, "ines@example.com").await;

    assert_eq!(resent.status(), 303);
    assert_ne!(old, new);
    assert_eq!(app.browser().get(&old).send().await.unwrap().status(), 410);
    assert_eq!(app.browser().get(&new).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn a_department_head_without_a_department_is_refused_next_to_the_field() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;
    app.create_department("IT").await;

    let response = app
        .post_form(
            "/admin/accounts",
            &[
                ("email", "head@example.com"),
                ("display_name", "Head"),
                ("role", "department_head"),
                ("locale", "en"),
            ],
        )
        .await;

    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("id=\"departments-error\""), "{body}");
    assert!(body.contains("A department head needs at least one department."));
    assert!(
        body.contains("value=\"head@example.com\""),
        "the input is kept"
    );
    let count = entity::account::Entity::find()
        .filter(entity::account::Column::Email.eq("head@example.com"))
        .all(app.db())
        .await
        .unwrap()
        .len();
    assert_eq!(count, 0);
}

#[tokio::test]
async fn hr_lists_accounts_with_role_departments_and_status() {
    let app = spawn_app().await;
    invite_head(&app, "ines@example.com").await;

    let page = app.get("/admin/accounts").await;

    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(body.contains("ines@example.com"));
    assert!(body.contains("Department head"));
    assert!(body.contains("IT"));
    assert!(body.contains("Invited"));
}

#[tokio::test]
async fn an_hr_admin_cannot_deactivate_or_demote_themselves() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let deactivate = app
        .post_form(&format!("/admin/accounts/{}/deactivate", hr.id), &[])
        .await;
    let deactivate = (deactivate.status(), deactivate.text().await.unwrap());
    let demote = app
        .post_form(
            &format!("/admin/accounts/{}/role", hr.id),
            &[("role", "viewer")],
        )
        .await;
    let demote = (demote.status(), demote.text().await.unwrap());

    assert_eq!(deactivate.0, 409);
    assert!(
        deactivate
            .1
            .contains("You cannot deactivate your own account.")
    );
    assert_eq!(demote.0, 409);
    assert!(
        demote
            .1
            .contains("You cannot remove your own HR admin role.")
    );
    assert_eq!(
        app.get("/admin").await.status(),
        200,
        "still an active HR admin"
    );
}

#[tokio::test]
async fn a_deactivated_account_is_logged_out_and_can_be_reactivated() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    app.login(&hr).await;
    let viewer_browser = app.browser();
    let login = app
        .submit_form(
            &viewer_browser,
            "/login",
            &[("email", &viewer.email), ("password", &viewer.password)],
        )
        .await;
    assert_eq!(login.status(), 303);
    let confirm = app
        .get(&format!("/admin/accounts/{}/deactivate", viewer.id))
        .await;
    assert_eq!(confirm.status(), 200, "a confirmation step comes first");

    let deactivated = app
        .post_form(&format!("/admin/accounts/{}/deactivate", viewer.id), &[])
        .await;
    let after = viewer_browser
        .get(app.url("/results"))
        .send()
        .await
        .unwrap();
    let reactivated = app
        .post_form(&format!("/admin/accounts/{}/reactivate", viewer.id), &[])
        .await;
    let again = app
        .submit_form(
            &viewer_browser,
            "/login",
            &[("email", &viewer.email), ("password", &viewer.password)],
        )
        .await;
    let back = viewer_browser
        .get(app.url("/results"))
        .send()
        .await
        .unwrap();

    assert_eq!(deactivated.status(), 303);
    assert_eq!(after.status(), 303, "sent to the login page");
    assert!(location(&after).starts_with("/login"));
    assert_eq!(reactivated.status(), 303);
    assert_eq!(again.status(), 303, "a reactivated account logs in again");
    assert_eq!(back.status(), 200);
}

#[tokio::test]
async fn hr_changes_a_role_and_departments() {
    let app = spawn_app().await;
    let id = invite_head(&app, "ines@example.com").await;
    let finance = app.create_department("Finance").await;
    let field = format!("department_{finance}");

    let response = app
        .post_form(
            &format!("/admin/accounts/{id}/role"),
            &[("role", "department_head"), (&field, "on")],
        )
        .await;

    assert_eq!(response.status(), 303);
    let links = entity::account_department::Entity::find()
        .filter(entity::account_department::Column::AccountId.eq(id))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].department_id, finance);
}

#[tokio::test]
async fn department_heads_and_viewers_cannot_reach_account_or_key_administration() {
    let app = spawn_app().await;
    let it = app.create_department("IT").await;
    let head = app.create_staff(Role::DepartmentHead, &[it]).await;
    let viewer = app.create_staff(Role::Viewer, &[]).await;
    let other = app.create_staff(Role::HrAdmin, &[]).await;
    let pages = [
        "/admin/accounts",
        "/admin/accounts/invite",
        "/admin/api-keys",
    ];
    let posts = [
        "/admin/accounts".to_owned(),
        format!("/admin/accounts/{}/role", other.id),
        format!("/admin/accounts/{}/deactivate", other.id),
        format!("/admin/accounts/{}/reactivate", other.id),
        format!("/admin/accounts/{}/resend", other.id),
        "/admin/api-keys".to_owned(),
        "/admin/api-keys/1/revoke".to_owned(),
    ];

    for staff in [&head, &viewer] {
        let browser = app.browser();
        let login = app
            .submit_form(
                &browser,
                "/login",
                &[("email", &staff.email), ("password", &staff.password)],
            )
            .await;
        assert_eq!(login.status(), 303);
        for page in pages {
            let status = browser.get(app.url(page)).send().await.unwrap().status();
            assert_eq!(status, 403, "GET {page}");
        }
        for path in &posts {
            let fields = [("role", "viewer"), ("name", "x"), ("scope_import", "on")];
            let status = app.submit_form(&browser, path, &fields).await.status();
            assert_eq!(status, 403, "POST {path}");
        }
        for path in ["/api/v1/accounts", "/api/v1/api-keys"] {
            let status = browser.get(app.url(path)).send().await.unwrap().status();
            assert_eq!(status, 403, "GET {path}");
        }
    }
    assert_eq!(
        entity::api_key::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .len(),
        0
    );
}

#[tokio::test]
async fn a_staff_member_chooses_their_language_and_pages_follow_it() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let saved = app
        .post_form(
            "/account",
            &[("display_name", "Hélène RH"), ("locale", "fr")],
        )
        .await;
    let overview = app.get("/admin").await.text().await.unwrap();

    assert_eq!(saved.status(), 303);
    assert!(
        overview.contains("Vue d’ensemble du programme"),
        "{overview}"
    );
    assert!(overview.contains("lang=\"fr\""));
    let stored = entity::account::Entity::find_by_id(hr.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.locale, "fr");
    assert_eq!(stored.display_name, "Hélène RH");
}

#[tokio::test]
async fn an_unsupported_language_is_refused_with_422() {
    let app = spawn_app().await;
    let hr = app.create_staff(Role::HrAdmin, &[]).await;
    app.login(&hr).await;

    let response = app
        .post_form("/account", &[("display_name", "HR"), ("locale", "de")])
        .await;

    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Please choose one of the offered languages.")
    );
}
