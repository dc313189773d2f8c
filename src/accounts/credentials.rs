//! Passwords: setting one through an emailed invite or reset link (single use, 24 hours),
//! asking for a reset link (the same outcome, after the same time, whether or not the account
//! exists; at most one new link a minute), and changing one's own password with the current
//! one.

use super::{AccountError, FieldErrors};
use crate::auth::CurrentUser;
use crate::auth::password::{NewPassword, hash_password, verify_password};
use crate::domain::{EmailAddress, Locale, SecretToken};
use crate::notify::{self, StaffEmail};
use crate::state::AppState;
use crate::store::accounts;
use crate::store::accounts::account_tokens::{self, LiveToken};
use anyhow::Context;
use chrono::{TimeDelta, Utc};
use entity::account;
use entity::account_token::TokenPurpose;
use sea_orm::{ConnectionTrait, TransactionTrait};
use secrecy::SecretString;
use std::time::Duration;

/// A reset request takes at least this long, whether or not the account exists, so its
/// timing does not tell whether an address has an account.
pub const RESET_MIN_DURATION: Duration = Duration::from_millis(300);

/// A reset link younger than this is kept: a second request does not replace it.
pub const RESET_REISSUE_AFTER: TimeDelta = TimeDelta::minutes(1);

/// The live token behind a link and its active account; `None` when the link is malformed,
/// unknown, used, expired, or its account was deactivated.
pub async fn live_link(
    db: &impl ConnectionTrait,
    raw_token: &str,
    purpose: TokenPurpose,
) -> anyhow::Result<Option<(LiveToken, account::Model)>> {
    let Ok(token) = SecretToken::parse(raw_token) else {
        return Ok(None);
    };
    let Some(live) = account_tokens::find_live(db, &token.hash(), purpose, Utc::now()).await?
    else {
        return Ok(None);
    };
    let account = accounts::find_by_id(db, live.account_id)
        .await?
        .filter(|account| account.active);
    Ok(account.map(|account| (live, account)))
}

/// Sets the password of the link's account and uses up the link (and every other open link
/// of that account), ending every earlier session; returns the account id, to log it in. `Gone` when the link is dead,
/// including when a concurrent request used it first.
pub async fn set_password_by_link(
    state: &AppState,
    raw_token: &str,
    purpose: TokenPurpose,
    password: NewPassword,
) -> Result<i32, AccountError> {
    // Hash first: it is slow and needs no lock.
    let hash = hash_password(password.into_secret()).await?;
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start setting a password")?;
    let (live, account) = live_link(&txn, raw_token, purpose)
        .await?
        .ok_or(AccountError::Gone)?;
    let now = Utc::now();
    if !account_tokens::consume(&txn, live.id, now).await? {
        return Err(AccountError::Gone);
    }
    accounts::set_password_hash(&txn, account.id, hash).await?;
    account_tokens::retire(&txn, account.id, None, now).await?;
    accounts::bump_session_version(&txn, account.id).await?;
    accounts::touch_login(&txn, account.id).await?;
    txn.commit()
        .await
        .context("Failed to commit a new password")?;
    tracing::info!(
        account.id = account.id,
        "password set through an emailed link"
    );
    Ok(account.id)
}

/// Emails a reset link when `email` belongs to an active account, and otherwise does the same
/// rendering work and nothing else; either way the call lasts at least
/// [`RESET_MIN_DURATION`], so neither the answer nor its timing tells them apart. A new link
/// retires the earlier ones, unless a live one was issued within [`RESET_REISSUE_AFTER`]:
/// then that one stays and nothing is sent.
pub async fn request_reset(state: &AppState, email: &EmailAddress) -> anyhow::Result<()> {
    let deadline = tokio::time::Instant::now() + RESET_MIN_DURATION;
    let outcome = issue_reset(state, email).await;
    tokio::time::sleep_until(deadline).await;
    outcome
}

async fn issue_reset(state: &AppState, email: &EmailAddress) -> anyhow::Result<()> {
    let token = SecretToken::generate();
    let link = notify::link(state, &format!("/account/reset/{}", token.expose()));
    let account = accounts::find_by_email(&state.db, email)
        .await?
        .filter(|account| account.active);
    let Some(account) = account else {
        let _ = notify::render(
            &state.templates,
            &state.settings.app.organisation_name,
            "",
            state.settings.i18n.default_locale,
            StaffEmail::PasswordReset { link: &link },
        )?;
        let _ = token.hash();
        return Ok(());
    };
    let locale = Locale::parse(&account.locale).unwrap_or(state.settings.i18n.default_locale);
    let now = Utc::now();
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start a password reset")?;
    // Two requests at once must not both find no recent link and both issue one.
    accounts::lock(&txn, account.id).await?;
    let recent = now - RESET_REISSUE_AFTER;
    if account_tokens::has_live_since(&txn, account.id, TokenPurpose::Reset, recent, now).await? {
        tracing::info!(
            account.id = account.id,
            "reset link requested again within a minute; the live one stays"
        );
        return Ok(());
    }
    account_tokens::retire(&txn, account.id, Some(TokenPurpose::Reset), now).await?;
    account_tokens::insert(&txn, account.id, TokenPurpose::Reset, token.hash(), now).await?;
    notify::queue(
        &txn,
        state,
        email,
        &account.display_name,
        locale,
        StaffEmail::PasswordReset { link: &link },
    )
    .await?;
    txn.commit()
        .await
        .context("Failed to commit a password reset")?;
    Ok(())
}

/// Changes the logged-in user's password after checking the current one; open invite and
/// reset links of the account stop working and every session of the account ends. Returns
/// the new session version, for the cookie that keeps this browser logged in.
pub async fn change_own_password(
    state: &AppState,
    user: &CurrentUser,
    current: SecretString,
    new: NewPassword,
) -> Result<i32, AccountError> {
    let account = accounts::find_by_id(&state.db, user.id)
        .await?
        .ok_or(AccountError::NotFound)?;
    let permit = state
        .password_checks
        .permit()
        .await
        .ok_or(AccountError::Busy)?;
    let matches = match account.password_hash {
        Some(hash) => verify_password(current, hash).await?,
        None => false,
    };
    drop(permit);
    if !matches {
        let mut errors = FieldErrors::default();
        errors.add("current_password", "acct-error-current-password");
        return Err(AccountError::Invalid(errors));
    }
    let hash = hash_password(new.into_secret()).await?;
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start a password change")?;
    accounts::set_password_hash(&txn, user.id, hash).await?;
    account_tokens::retire(&txn, user.id, None, Utc::now()).await?;
    let version = accounts::bump_session_version(&txn, user.id).await?;
    txn.commit()
        .await
        .context("Failed to commit a password change")?;
    tracing::info!(
        account.id = user.id,
        "password changed; other sessions ended"
    );
    Ok(version)
}
