//! Who a provider-verified person is in innerpulse, and with which role. An account is found
//! by the provider's subject; at a first sign-in, by the verified email of an existing or
//! invited account, which is then tied to the subject; or, with `auth.oidc.auto_create`,
//! created. When `auth.oidc.role_claim` is set the claim decides the role at every sign-in:
//! a change is applied (and recorded in the audit log), and a claim that maps to no role
//! refuses the sign-in and ends the account's other sessions. All in one transaction.

use super::role_mapping::{self, Grant};
use crate::audit::{self, Actor};
use crate::auth::CurrentUser;
use crate::auth::oidc::{Identity, SignInError};
use crate::domain::EmailAddress;
use crate::state::AppState;
use crate::store::accounts::{self, NewAccount, account_admin, single_sign_on as store};
use anyhow::Context;
use entity::account::{self, Role};
use sea_orm::{ConnectionTrait, DatabaseTransaction, TransactionTrait};

/// Longest display name taken from a provider.
const MAX_NAME_CHARS: usize = 200;

/// Signs `identity` in: the account it is, with its role refreshed from the claim.
pub async fn sign_in(state: &AppState, identity: &Identity) -> Result<CurrentUser, SignInError> {
    let oidc = &state.settings.auth.oidc;
    let grant = identity
        .role_values
        .as_ref()
        .map(|values| role_mapping::grant(&oidc.roles, values));
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start a sign-in")?;
    let outcome = sign_in_within(state, &txn, identity, grant).await;
    // A refusal for want of a role still ends the account's sessions: commit that too.
    if matches!(outcome, Ok(_) | Err(SignInError::NoRole)) {
        txn.commit().await.context("Failed to commit a sign-in")?;
    }
    let account_id = outcome?;
    accounts::current_user(&state.db, account_id)
        .await?
        .ok_or(SignInError::Inactive)
}

async fn sign_in_within(
    state: &AppState,
    txn: &DatabaseTransaction,
    identity: &Identity,
    grant: Option<Option<Grant>>,
) -> Result<i32, SignInError> {
    let actor = Actor::IdentityProvider {
        name: identity.provider.clone(),
    };
    let account = match store::find_by_identity(txn, &identity.provider, &identity.subject).await? {
        Some(account) => account,
        None => first_sign_in(state, txn, identity, grant.as_ref(), &actor).await?,
    };
    if !account.active {
        return Err(SignInError::Inactive);
    }
    if let Some(grant) = grant {
        let Some(departments) = resolve(txn, grant.as_ref()).await? else {
            accounts::bump_session_version(txn, account.id).await?;
            tracing::info!(
                account.id = account.id,
                provider = %identity.provider,
                "sign-in refused: the role claim maps to no role; every session ended"
            );
            return Err(SignInError::NoRole);
        };
        if let Some(grant) = grant {
            apply_role(txn, &account, grant.role, &departments, &actor).await?;
        }
    }
    accounts::touch_login(txn, account.id).await?;
    Ok(account.id)
}

/// The account of a person signing in for the first time through this provider.
async fn first_sign_in(
    state: &AppState,
    txn: &DatabaseTransaction,
    identity: &Identity,
    grant: Option<&Option<Grant>>,
    actor: &Actor,
) -> Result<account::Model, SignInError> {
    let shown_email = identity.email.clone().unwrap_or_default();
    let email = identity
        .email
        .as_deref()
        .and_then(|email| EmailAddress::parse(email).ok())
        .ok_or_else(|| SignInError::NoAccount {
            email: shown_email.clone(),
        })?;
    if !identity.email_verified {
        return Err(SignInError::UnverifiedEmail);
    }
    if let Some(existing) = accounts::find_by_email(txn, &email).await? {
        if existing.oidc_subject.is_some() {
            // The address belongs to an account tied to someone else's identity (an address
            // given to a new person, or another provider): never hand that account over.
            tracing::warn!(
                account.id = existing.id,
                provider = %identity.provider,
                "sign-in refused: the email's account is tied to another provider identity"
            );
            return Err(SignInError::NoAccount { email: shown_email });
        }
        if !existing.active {
            return Err(SignInError::Inactive);
        }
        store::link_identity(txn, existing.id, &identity.provider, &identity.subject).await?;
        tracing::info!(account.id = existing.id, provider = %identity.provider, "account tied to its provider identity");
        return Ok(existing);
    }
    let auto_create = state.settings.auth.oidc.auto_create;
    let Some(Some(grant)) = grant.filter(|_| auto_create) else {
        return Err(SignInError::NoAccount { email: shown_email });
    };
    let Some(departments) = resolve(txn, Some(grant)).await? else {
        return Err(SignInError::NoRole);
    };
    let display_name: String = identity
        .name
        .clone()
        .unwrap_or_else(|| email.as_str().to_owned())
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    let id = accounts::insert(
        txn,
        NewAccount {
            email,
            display_name,
            password_hash: None,
            role: grant.role,
            locale: state.settings.i18n.default_locale,
            departments,
        },
    )
    .await?;
    store::link_identity(txn, id, &identity.provider, &identity.subject).await?;
    audit::accounts::record_change(txn, actor, None, id).await?;
    tracing::info!(account.id = id, provider = %identity.provider, "account created at first sign-in");
    accounts::find_by_id(txn, id)
        .await?
        .ok_or_else(|| SignInError::Internal(anyhow::anyhow!("the new account vanished")))
}

/// The department ids of a grant; `None` when there is no grant, or a head's or viewer's
/// departments name none that exists.
async fn resolve(
    db: &impl ConnectionTrait,
    grant: Option<&Grant>,
) -> Result<Option<Vec<i32>>, SignInError> {
    let Some(grant) = grant else {
        return Ok(None);
    };
    let mut ids = Vec::new();
    for name in &grant.departments {
        let found = store::departments_named(db, name).await?;
        if found.is_empty() {
            tracing::warn!(department = %name, "auth.oidc.roles names a department that does not exist");
        }
        ids.extend(found);
    }
    ids.sort_unstable();
    ids.dedup();
    if grant.role != Role::HrAdmin && ids.is_empty() {
        return Ok(None);
    }
    Ok(Some(ids))
}

/// Gives the account the claim's role and departments when they differ from what it has;
/// the change ends its other sessions and is recorded in the audit log.
async fn apply_role(
    txn: &DatabaseTransaction,
    account: &account::Model,
    role: Role,
    departments: &[i32],
    actor: &Actor,
) -> Result<(), SignInError> {
    let before = account_admin::find(txn, account.id).await?;
    let mut departments_before: Vec<i32> = before
        .as_ref()
        .map(|summary| summary.departments.iter().map(|d| d.id).collect())
        .unwrap_or_default();
    departments_before.sort_unstable();
    if account.role == role && departments_before == departments {
        return Ok(());
    }
    account_admin::set_role(txn, account.id, role, departments).await?;
    accounts::bump_session_version(txn, account.id).await?;
    audit::accounts::record_change(txn, actor, before.as_ref(), account.id).await?;
    tracing::info!(
        account.id = account.id,
        "role refreshed from the provider's claim"
    );
    Ok(())
}
