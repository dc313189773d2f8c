//! Roles come from the provider's group claim at every sign-in: a head is scoped to the
//! departments the claim names, a changed claim changes the role, and a claim that maps to no
//! role refuses the sign-in and ends the person's other sessions.

use super::fixture::{ROLE_MAPPING, sso_app};
use crate::helpers::OidcUser;
use crate::helpers::location;
use entity::account::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn a_head_is_scoped_to_the_departments_of_the_claim() {
    let users = [OidcUser::new("lead-1", "lea@example.com").in_groups(&["it-leads"])];
    let Some(sso) = sso_app(ROLE_MAPPING, &users).await else {
        return;
    };
    sso.app.create_department("IT").await;
    sso.app.create_department("Kitchen").await;
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "lead-1").await;
    assert_eq!(location(&response), "/results");
    let account = sso.account("lea@example.com").await.unwrap();
    assert_eq!(account.role, Role::DepartmentHead);
    assert_eq!(sso.departments_of(account.id).await, ["IT"]);
    assert_eq!(
        sso.status_of(&browser, "/admin").await,
        403,
        "a head is not HR"
    );
}

#[tokio::test]
async fn a_changed_claim_changes_the_role_at_the_next_sign_in_and_ends_older_sessions() {
    let reader = OidcUser::new("reader-1", "rita@example.com").in_groups(&["readers"]);
    let Some(sso) = sso_app(ROLE_MAPPING, std::slice::from_ref(&reader)).await else {
        return;
    };
    sso.app.create_department("IT").await;
    sso.app.create_department("Kitchen").await;
    let first = sso.app.browser();
    sso.sign_in(&first, "reader-1").await;
    let account = sso.account("rita@example.com").await.unwrap();
    assert_eq!(account.role, Role::Viewer);
    assert_eq!(sso.departments_of(account.id).await, ["IT", "Kitchen"]);
    assert_eq!(sso.status_of(&first, "/results").await, 200);

    sso.idp.set_user(&reader.clone().in_groups(&["hr"])).await;
    let second = sso.app.browser();
    let response = sso.sign_in(&second, "reader-1").await;
    assert_eq!(location(&response), "/admin");
    let account = sso.account("rita@example.com").await.unwrap();
    assert_eq!(account.role, Role::HrAdmin);
    assert!(sso.departments_of(account.id).await.is_empty());
    assert_eq!(sso.status_of(&second, "/admin").await, 200);
    assert_eq!(
        sso.status_of(&first, "/results").await,
        303,
        "the session from before the change has ended"
    );
    let entries = entity::audit_entry::Entity::find()
        .filter(entity::audit_entry::Column::SubjectId.eq(account.id))
        .all(sso.app.db())
        .await
        .unwrap();
    let actions: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.action.as_str(), e.actor_label.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            ("account.invited", "sign-in via test"),
            ("account.role_changed", "sign-in via test")
        ],
        "the audit log says who gave each role"
    );
}

#[tokio::test]
async fn a_removed_claim_refuses_the_sign_in_and_ends_every_session() {
    let hr = OidcUser::new("hr-9", "henk@example.com").in_groups(&["hr"]);
    let Some(sso) = sso_app(ROLE_MAPPING, std::slice::from_ref(&hr)).await else {
        return;
    };
    let first = sso.app.browser();
    sso.sign_in(&first, "hr-9").await;
    assert_eq!(sso.status_of(&first, "/admin").await, 200);

    sso.idp.set_user(&hr.clone().in_groups(&["staff"])).await;
    let second = sso.app.browser();
    let response = sso.sign_in(&second, "hr-9").await;
    assert_eq!(response.status(), 403);
    let page = response.text().await.unwrap();
    assert!(page.contains("no role"), "{page}");
    assert_eq!(
        sso.status_of(&second, "/admin").await,
        303,
        "no session was started"
    );
    assert_eq!(
        sso.status_of(&first, "/admin").await,
        303,
        "the other session has ended"
    );
}

#[tokio::test]
async fn without_auto_create_an_unknown_person_is_refused_with_their_address() {
    let mapping = ROLE_MAPPING.replace("auto_create = true", "auto_create = false");
    let users = [OidcUser::new("new-1", "nora@example.com").in_groups(&["hr"])];
    let Some(sso) = sso_app(&mapping, &users).await else {
        return;
    };
    let browser = sso.app.browser();
    let response = sso.sign_in(&browser, "new-1").await;
    assert_eq!(response.status(), 403);
    let page = response.text().await.unwrap();
    assert!(page.contains("nora@example.com"), "{page}");
    assert!(page.contains("Ask HR to invite you"), "{page}");
    assert!(sso.account("nora@example.com").await.is_none());
}
