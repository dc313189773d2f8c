//! A person's first sign-in through the provider: an account is created with the mapped role,
//! or an invited account is found by its verified email and tied to the provider's subject.

use super::fixture::{ROLE_MAPPING, sso_app};
use crate::helpers::OidcUser;
use crate::helpers::location;
use entity::account::Role;

#[tokio::test]
async fn a_first_sign_in_creates_the_account_with_the_role_its_groups_map_to() {
    let users = [OidcUser::new("hr-1", "hanna@example.com").in_groups(&["hr", "staff"])];
    let Some(sso) = sso_app(ROLE_MAPPING, &users).await else {
        return;
    };
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "hr-1").await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/admin");
    assert_eq!(sso.status_of(&browser, "/admin").await, 200);
    let account = sso
        .account("hanna@example.com")
        .await
        .expect("account created");
    assert_eq!(account.role, Role::HrAdmin);
    assert_eq!(account.oidc_provider.as_deref(), Some("test"));
    assert_eq!(account.oidc_subject.as_deref(), Some("hr-1"));
    assert!(account.password_hash.is_none(), "no password is made up");
    assert_eq!(account.display_name, "hr-1");
}

#[tokio::test]
async fn an_invited_account_is_tied_to_the_provider_by_its_verified_email() {
    let users = [OidcUser::new("sub-42", "Ines@Example.com")];
    let Some(sso) = sso_app("", &users).await else {
        return;
    };
    let it = sso.app.create_department("IT").await;
    let head = sso.app.create_staff(Role::DepartmentHead, &[it]).await;
    let users = [OidcUser::new("sub-42", &head.email)];
    sso.idp.set_user(&users[0]).await;
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "sub-42").await;
    assert_eq!(location(&response), "/results");
    let account = sso.account(&head.email).await.unwrap();
    assert_eq!(account.id, head.id);
    assert_eq!(account.oidc_subject.as_deref(), Some("sub-42"));
    assert_eq!(
        account.role,
        Role::DepartmentHead,
        "without a role claim roles stay HR's"
    );
    assert_eq!(sso.departments_of(head.id).await, ["IT"]);

    // Later sign-ins find the account by its subject, whatever the email says now.
    sso.idp
        .set_user(&OidcUser::new("sub-42", "renamed@example.com"))
        .await;
    let again = sso.app.browser();
    let response = sso.sign_in(&again, "sub-42").await;
    assert_eq!(location(&response), "/results");
    assert_eq!(sso.status_of(&again, "/results").await, 200);
}

#[tokio::test]
async fn the_sign_in_goes_on_to_the_page_asked_for_before_it() {
    let users = [OidcUser::new("hr-2", "hugo@example.com").in_groups(&["hr"])];
    let Some(sso) = sso_app(ROLE_MAPPING, &users).await else {
        return;
    };
    let browser = sso.app.browser();
    let start = browser
        .get(sso.app.url("/login/oidc/test?next=/admin/accounts"))
        .send()
        .await
        .unwrap();
    let callback = sso.idp.sign_in(&browser, &location(&start), "hr-2").await;
    let response = sso.back(&browser, &callback).await;
    assert_eq!(location(&response), "/admin/accounts");
}

#[tokio::test]
async fn hr_sees_which_accounts_sign_in_through_the_provider() {
    let users = [OidcUser::new("hr-3", "hazel@example.com").in_groups(&["hr"])];
    let Some(sso) = sso_app(ROLE_MAPPING, &users).await else {
        return;
    };
    let with_password = sso.app.create_staff(Role::Viewer, &[]).await;
    let browser = sso.app.browser();
    sso.sign_in(&browser, "hr-3").await;
    let page = browser
        .get(sso.app.url("/admin/accounts"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let row = |email: &str| {
        let start = page.find(email).expect("the account is listed");
        let end = page[start..]
            .find("</tr>")
            .map_or(page.len(), |e| start + e);
        page[start..end].to_owned()
    };
    assert!(row("hazel@example.com").contains("Test provider"));
    assert!(row(&with_password.email).contains("Password"));

    let json: serde_json::Value = browser
        .get(sso.app.url("/api/v1/accounts"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let hazel = json["accounts"]
        .as_array()
        .and_then(|items| items.iter().find(|a| a["email"] == "hazel@example.com"))
        .cloned()
        .expect("the API lists the account");
    assert_eq!(hazel["sign_in_provider"], "test");
}
