//! Answers innerpulse must not trust, and sign-ins that cannot go on: each is a page saying
//! what to do, with a 4xx or 502 status, and no session.

use super::fixture::{ROLE_MAPPING, Sso, sso_app};
use crate::helpers::{OidcUser, TokenFault};
use crate::helpers::{location, spawn_app_with};

fn hr_user() -> OidcUser {
    OidcUser::new("hr-1", "hanna@example.com").in_groups(&["hr"])
}

/// Asserts that `response` is the sign-in error page with `status`, saying `words`, and that
/// `browser` has no session.
async fn assert_refused(
    sso: &Sso,
    browser: &reqwest::Client,
    response: reqwest::Response,
    status: u16,
    words: &str,
) {
    assert_eq!(response.status(), status);
    let page = response.text().await.unwrap();
    assert!(page.contains(words), "the page says {words:?}: {page}");
    assert!(
        page.contains(r#"href="/login""#),
        "the page leads back to the login"
    );
    assert_eq!(sso.status_of(browser, "/admin").await, 303, "no session");
}

#[tokio::test]
async fn an_answer_with_another_state_than_the_browsers_is_refused() {
    let Some(sso) = sso_app(ROLE_MAPPING, &[hr_user()]).await else {
        return;
    };
    let browser = sso.app.browser();
    let authorize = sso.begin(&browser).await;
    let callback = sso.idp.sign_in(&browser, &authorize, "hr-1").await;
    let mut forged = url::Url::parse(&callback).unwrap();
    let pairs: Vec<(String, String)> = forged
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "state" {
                format!("{v}x")
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    forged.query_pairs_mut().clear().extend_pairs(pairs);
    let response = browser.get(forged).send().await.unwrap();
    assert_refused(&sso, &browser, response, 400, "expired or was already used").await;

    // An answer carried to another browser (login CSRF) is refused too.
    let other = sso.app.browser();
    let response = other.get(&callback).send().await.unwrap();
    assert_refused(&sso, &other, response, 400, "expired or was already used").await;
}

#[tokio::test]
async fn an_answer_after_the_attempt_expired_is_refused() {
    use sea_orm::{EntityTrait, sea_query::Expr};
    let Some(sso) = sso_app(ROLE_MAPPING, &[hr_user()]).await else {
        return;
    };
    let browser = sso.app.browser();
    let authorize = sso.begin(&browser).await;
    let callback = sso.idp.sign_in(&browser, &authorize, "hr-1").await;
    // Eleven minutes at the provider: the ten-minute attempt is over.
    entity::oidc_login::Entity::update_many()
        .col_expr(
            entity::oidc_login::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(sso.app.db())
        .await
        .unwrap();
    let response = sso.back(&browser, &callback).await;
    assert_refused(&sso, &browser, response, 400, "expired or was already used").await;
    let left = entity::oidc_login::Entity::find()
        .all(sso.app.db())
        .await
        .unwrap();
    assert!(left.is_empty(), "the expired attempt is gone");
}

#[tokio::test]
async fn a_replayed_answer_is_refused() {
    let Some(sso) = sso_app(ROLE_MAPPING, &[hr_user()]).await else {
        return;
    };
    let browser = sso.app.browser();
    let authorize = sso.begin(&browser).await;
    let callback = sso.idp.sign_in(&browser, &authorize, "hr-1").await;
    // The attacker keeps the state cookie and sends the same answer twice.
    let cookie_state = url::Url::parse(&callback)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    let first = sso.back(&browser, &callback).await;
    assert_eq!(first.status(), 303);
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = replay
        .get(&callback)
        .header("cookie", format!("innerpulse_oidc_state={cookie_state}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.headers().get_all("set-cookie").iter().all(|c| {
        !c.to_str()
            .unwrap_or_default()
            .starts_with("innerpulse_session=e")
    }));
}

#[tokio::test]
async fn an_id_token_with_another_nonce_is_refused() {
    refused_for(TokenFault::BadNonce).await;
}

#[tokio::test]
async fn an_expired_id_token_is_refused() {
    refused_for(TokenFault::ExpiredIdToken).await;
}

#[tokio::test]
async fn an_id_token_signed_by_another_key_is_refused() {
    refused_for(TokenFault::ForeignKey).await;
}

async fn refused_for(fault: TokenFault) {
    let Some(sso) = sso_app(ROLE_MAPPING, &[hr_user()]).await else {
        return;
    };
    sso.idp.fault_next_token(fault).await;
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "hr-1").await;
    assert_refused(&sso, &browser, response, 400, "could not be trusted").await;
    assert!(
        sso.account("hanna@example.com").await.is_none(),
        "no account is created from a refused token"
    );
    // The next, honest answer signs in.
    let response = sso.sign_in(&sso.app.browser(), "hr-1").await;
    assert_eq!(location(&response), "/admin", "{fault:?}");
}

#[tokio::test]
async fn cancelling_at_the_provider_says_so() {
    let Some(sso) = sso_app(ROLE_MAPPING, &[hr_user()]).await else {
        return;
    };
    let browser = sso.app.browser();
    let authorize = sso.begin(&browser).await;
    let callback = sso.idp.cancel(&browser, &authorize).await;
    assert!(callback.contains("error=access_denied"));
    let response = sso.back(&browser, &callback).await;
    assert_refused(&sso, &browser, response, 400, "was cancelled").await;
}

#[tokio::test]
async fn an_unverified_email_does_not_find_an_account() {
    let mut user = OidcUser::new("sub-7", "ida@example.com");
    user.email_verified = false;
    let Some(sso) = sso_app("", std::slice::from_ref(&user)).await else {
        return;
    };
    let staff = sso
        .app
        .create_staff(entity::account::Role::HrAdmin, &[])
        .await;
    user.email = staff.email.clone();
    sso.idp.set_user(&user).await;
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "sub-7").await;
    assert_refused(&sso, &browser, response, 403, "has not verified your email").await;
    let account = sso.account(&staff.email).await.unwrap();
    assert!(account.oidc_subject.is_none(), "the account was not tied");
}

#[tokio::test]
async fn an_unreachable_provider_is_a_page_not_a_500() {
    // Nothing listens on a port just released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(&format!(
        r#"
[auth.oidc.providers.down]
issuer_url = "http://127.0.0.1:{port}"
client_id = "innerpulse"
button_label = "Company account"
"#
    ))
    .await;
    let login = app.get("/login").await.text().await.unwrap();
    assert!(login.contains(r#"href="/login/oidc/down""#), "{login}");
    assert!(login.contains("Company account"));
    let response = app.get("/login/oidc/down").await;
    assert_eq!(response.status(), 502);
    let page = response.text().await.unwrap();
    assert!(page.contains("cannot be reached"), "{page}");
    assert!(page.contains("Company account"));

    let response = app.get("/login/oidc/nobody").await;
    assert_eq!(response.status(), 404);
    assert!(response.text().await.unwrap().contains("does not exist"));
}

#[tokio::test]
async fn the_error_pages_speak_the_browsers_language() {
    let app = spawn_app_with("").await;
    let response = app
        .client
        .get(app.url("/login/oidc/test/callback?state=abc&code=def"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"lang="fr""#), "{page}");
}
