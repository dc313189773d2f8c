//! Logging out also ends the provider's session (RP-initiated logout); with password login off
//! the login page offers only the provider, passwords are refused, and the first admin is
//! created for a provider subject.

use super::fixture::{ROLE_MAPPING, sso_app};
use crate::cli::innerpulse;
use crate::helpers::OidcUser;
use crate::helpers::location;

#[tokio::test]
async fn logging_out_ends_the_provider_session_too_and_comes_back_to_the_login_page() {
    let users = [OidcUser::new("hr-1", "hanna@example.com").in_groups(&["hr"])];
    let Some(sso) = sso_app(ROLE_MAPPING, &users).await else {
        return;
    };
    let browser = sso.app.browser();
    sso.sign_in(&browser, "hr-1").await;
    let response = sso.app.submit_form(&browser, "/logout", &[]).await;
    assert_eq!(response.status(), 303);
    let end_session = location(&response);
    assert!(end_session.starts_with(&sso.idp.issuer), "{end_session}");
    let query: Vec<(String, String)> = url::Url::parse(&end_session)
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert!(query.contains(&("client_id".to_owned(), "innerpulse".to_owned())));
    assert!(query.contains(&("post_logout_redirect_uri".to_owned(), sso.app.url("/login"))));
    assert_eq!(
        sso.status_of(&browser, "/admin").await,
        303,
        "innerpulse's session ended"
    );
    let back = sso.idp.sign_out(&browser, &end_session).await;
    assert_eq!(back, sso.app.url("/login"));
    // The provider asks for the login again: its session ended as well.
    let authorize = sso.begin(&browser).await;
    let callback = sso.idp.sign_in(&browser, &authorize, "hr-1").await;
    assert_eq!(sso.back(&browser, &callback).await.status(), 303);
}

#[tokio::test]
async fn a_password_session_logs_out_to_the_login_page() {
    let users = [OidcUser::new("hr-1", "hanna@example.com")];
    let Some(sso) = sso_app("", &users).await else {
        return;
    };
    sso.app.login_as_hr().await;
    let response = sso.app.post_form("/logout", &[]).await;
    assert_eq!(location(&response), "/login");
}

const PASSWORDS_OFF: &str = "[auth]\npassword_login = false\n";

#[tokio::test]
async fn with_password_login_off_the_login_page_offers_only_the_provider() {
    let Some(sso) = sso_app(PASSWORDS_OFF, &[]).await else {
        return;
    };
    let page = sso.app.get("/login").await.text().await.unwrap();
    assert!(page.contains(r#"href="/login/oidc/test""#), "{page}");
    assert!(page.contains("Test provider"));
    assert!(!page.contains(r#"name="password""#), "no password field");
    assert!(!page.contains("/forgot-password"), "no reset link");

    let staff = sso
        .app
        .create_staff(entity::account::Role::HrAdmin, &[])
        .await;
    // The page has no form and so no CSRF token: the test brings a valid pair of its own.
    let token = innerpulse::domain::SecretToken::generate()
        .expose()
        .to_owned();
    let response = sso
        .app
        .client
        .post(sso.app.url("/login"))
        .header("cookie", format!("innerpulse_csrf={token}"))
        .form(&[
            ("email", staff.email.as_str()),
            ("password", staff.password.as_str()),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403, "POST /login is refused");
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Password login is switched off"),
        "the refusal says why"
    );
    assert_eq!(sso.status_of(&sso.app.client, "/admin").await, 303);
    for path in [
        "/forgot-password",
        "/account/reset/anything",
        "/account/accept/anything",
    ] {
        let response = sso.app.get(path).await;
        assert_eq!(location(&response), "/login", "{path}");
    }
}

#[tokio::test]
async fn with_password_login_on_the_login_page_offers_both() {
    let Some(sso) = sso_app("", &[]).await else {
        return;
    };
    let page = sso
        .app
        .get("/login?next=/admin/accounts")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("/login/oidc/test?next="), "{page}");
    assert!(page.contains(r#"name="password""#));
    assert!(page.contains("/forgot-password"));
}

#[tokio::test]
async fn create_admin_with_an_oidc_subject_makes_the_first_admin_who_signs_in_through_the_provider()
{
    let users = [OidcUser::new("first-admin", "ada@example.com")];
    let Some(sso) = sso_app(PASSWORDS_OFF, &users).await else {
        return;
    };
    let issuer = sso.idp.issuer.clone();
    let env = [
        ("INNERPULSE__AUTH__PASSWORD_LOGIN", "false"),
        (
            "INNERPULSE__AUTH__OIDC__PROVIDERS__TEST__ISSUER_URL",
            issuer.as_str(),
        ),
        (
            "INNERPULSE__AUTH__OIDC__PROVIDERS__TEST__CLIENT_ID",
            "innerpulse",
        ),
    ];
    let output = innerpulse(
        &sso.app.database,
        &[
            "create-admin",
            "--email",
            "admin@example.com",
            "--oidc-subject",
            "first-admin",
        ],
        &env,
    );
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("signs in through test"));
    let account = sso.account("admin@example.com").await.unwrap();
    assert!(account.password_hash.is_none());
    assert_eq!(account.oidc_subject.as_deref(), Some("first-admin"));

    // The provider's email differs: the subject alone finds the account.
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "first-admin").await;
    assert_eq!(location(&response), "/admin");

    let unknown = innerpulse(
        &sso.app.database,
        &[
            "create-admin",
            "--email",
            "other@example.com",
            "--oidc-subject",
            "x",
            "--oidc-provider",
            "nope",
        ],
        &env,
    );
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no such provider"));
}
