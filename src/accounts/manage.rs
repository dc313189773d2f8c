//! HR changes to existing accounts: role and departments, deactivation and reactivation.
//! Nobody may demote or deactivate themselves, and the last active HR admin always stays.
//! Each of these changes ends the account's sessions (its session version goes up), so the
//! new role applies at once and a reactivated account starts from a fresh login.
//! Each change is recorded in the audit log in its transaction.

use super::{AccountError, RoleAssignment};
use crate::audit::{self, Actor};
use crate::auth::CurrentUser;
use crate::state::AppState;
use crate::store::{accounts, accounts::account_admin, accounts::account_tokens};
use anyhow::Context;
use chrono::Utc;
use entity::account::{self, Role};
use sea_orm::{ConnectionTrait, TransactionTrait};

/// Gives account `id` a new role and departments; when either differs from before, the
/// account's sessions end.
pub async fn change_role(
    state: &AppState,
    actor: &CurrentUser,
    id: i32,
    assignment: RoleAssignment,
) -> Result<(), AccountError> {
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start a role change")?;
    let target = accounts::find_by_id(&txn, id)
        .await?
        .ok_or(AccountError::NotFound)?;
    if assignment.role != Role::HrAdmin {
        if id == actor.id {
            return Err(AccountError::Rule("acct-error-self-demotion"));
        }
        keep_last_admin(&txn, &target).await?;
    }
    assignment.check_departments(&txn).await?;
    let before = account_admin::find(&txn, id).await?;
    let mut departments_before: Vec<i32> = before
        .as_ref()
        .map(|summary| summary.departments.iter().map(|d| d.id).collect())
        .unwrap_or_default();
    departments_before.sort_unstable();
    account_admin::set_role(&txn, id, assignment.role, &assignment.departments).await?;
    if target.role != assignment.role || departments_before != assignment.departments {
        accounts::bump_session_version(&txn, id).await?;
    }
    audit::accounts::record_change(&txn, &Actor::from(actor), before.as_ref(), id).await?;
    txn.commit()
        .await
        .context("Failed to commit a role change")?;
    tracing::info!(account.id = id, "account role changed");
    Ok(())
}

/// Deactivates (`active = false`) or reactivates account `id`. A deactivated account is logged
/// out at once and its open links stop working; either way every earlier session ends, so a
/// cookie from before a deactivation never opens a page again.
pub async fn set_active(
    state: &AppState,
    actor: &CurrentUser,
    id: i32,
    active: bool,
) -> Result<(), AccountError> {
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start an activation change")?;
    let target = accounts::find_by_id(&txn, id)
        .await?
        .ok_or(AccountError::NotFound)?;
    if !active {
        if id == actor.id {
            return Err(AccountError::Rule("acct-error-self-deactivation"));
        }
        keep_last_admin(&txn, &target).await?;
        account_tokens::retire(&txn, id, None, Utc::now()).await?;
    }
    let before = account_admin::find(&txn, id).await?;
    account_admin::set_active(&txn, id, active).await?;
    accounts::bump_session_version(&txn, id).await?;
    audit::accounts::record_change(&txn, &Actor::from(actor), before.as_ref(), id).await?;
    txn.commit()
        .await
        .context("Failed to commit an activation change")?;
    tracing::info!(
        account.id = id,
        account.active = active,
        "account activation changed"
    );
    Ok(())
}

/// Refuses to take away the last active HR admin.
async fn keep_last_admin(
    db: &impl ConnectionTrait,
    target: &account::Model,
) -> Result<(), AccountError> {
    if target.role == Role::HrAdmin
        && target.active
        && account_admin::count_other_active_hr_admins(db, target.id).await? == 0
    {
        return Err(AccountError::Rule("acct-error-last-admin"));
    }
    Ok(())
}
