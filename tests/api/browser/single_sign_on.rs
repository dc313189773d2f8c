//! Signing in through the identity provider in a real browser: the login page's button, the
//! provider's own login page, and back to innerpulse signed in with the role the groups give.

use super::pages::Browser;
use crate::helpers::OidcUser;
use crate::single_sign_on::fixture::{ROLE_MAPPING, sso_app};

#[tokio::test]
async fn staff_sign_in_through_the_providers_own_login_page() {
    let users = [OidcUser::new("hr-1", "hanna@example.com").in_groups(&["hr"])];
    let Some(sso) = sso_app(ROLE_MAPPING, &users).await else {
        return;
    };
    let Some(browser) = Browser::start(&sso.app).await else {
        return;
    };
    browser.open("/login").await;
    assert!(
        browser.has("input[name=password]").await,
        "password login stays on"
    );
    browser.screenshot("single-sign-on-login-page").await;
    browser
        .click_and_wait(r#"a[href^="/login/oidc/test"]"#)
        .await;
    let at_provider = browser.driver().current_url().await.unwrap();
    assert!(
        at_provider.as_str().starts_with(&sso.idp.issuer),
        "the provider's page: {at_provider}"
    );
    browser.screenshot("single-sign-on-provider-login").await;
    browser.fill("#login input[name=login]", "hr-1").await;
    browser
        .fill("#login input[name=password]", "any password")
        .await;
    browser.click_and_wait("#login button[type=submit]").await;
    assert_eq!(browser.path().await, "/admin");
    assert!(
        browser.has(r#"form[action="/logout"]"#).await,
        "signed in: the page offers to log out"
    );
    browser.screenshot("single-sign-on-signed-in").await;
    browser.quit().await;
}
