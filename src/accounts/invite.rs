//! Inviting a staff member: the account without a password, a 24-hour single-use invite token
//! (only its hash stored) and the invitation email, all in one transaction; and sending a new
//! invitation when the first one got lost or expired.

use super::{AccountError, FieldErrors, RoleAssignment, parse_display_name};
use crate::audit::{self, Actor};
use crate::auth::CurrentUser;
use crate::domain::{EmailAddress, Locale, SecretToken};
use crate::notify::{self, StaffEmail};
use crate::state::AppState;
use crate::store::accounts::account_tokens;
use crate::store::accounts::{self, NewAccount};
use anyhow::Context;
use chrono::Utc;
use entity::account_token::TokenPurpose;
use sea_orm::{ConnectionTrait, TransactionTrait};

/// An invitation as typed into the form or sent to the API (raw input).
#[derive(Clone, Debug, Default)]
pub struct InviteInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub departments: Vec<i32>,
    pub locale: String,
}

/// A validated invitation.
#[derive(Clone, Debug)]
pub struct Invitation {
    pub email: EmailAddress,
    pub display_name: String,
    pub assignment: RoleAssignment,
    pub locale: Locale,
}

impl TryFrom<InviteInput> for Invitation {
    type Error = FieldErrors;

    fn try_from(input: InviteInput) -> Result<Self, Self::Error> {
        let mut errors = FieldErrors::default();
        let email = EmailAddress::parse(&input.email)
            .map_err(|_| errors.add("email", "acct-error-email"))
            .ok();
        let display_name = parse_display_name(&input.display_name, &mut errors);
        let assignment = RoleAssignment::parse(&input.role, input.departments, &mut errors);
        let locale = Locale::parse(&input.locale)
            .map_err(|_| errors.add("locale", "acct-error-locale"))
            .ok();
        match (email, display_name, assignment, locale) {
            (Some(email), Some(display_name), Some(assignment), Some(locale)) => Ok(Self {
                email,
                display_name,
                assignment,
                locale,
            }),
            _ => Err(errors),
        }
    }
}

/// Creates the invited account and queues its invitation; returns the new account's id.
pub async fn invite(
    state: &AppState,
    inviter: &CurrentUser,
    invitation: Invitation,
) -> Result<i32, AccountError> {
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start an invitation")?;
    if accounts::find_by_email(&txn, &invitation.email)
        .await?
        .is_some()
    {
        let mut errors = FieldErrors::default();
        errors.add("email", "acct-error-email-taken");
        return Err(AccountError::Invalid(errors));
    }
    invitation.assignment.check_departments(&txn).await?;
    let id = accounts::insert(
        &txn,
        NewAccount {
            email: invitation.email.clone(),
            display_name: invitation.display_name.clone(),
            password_hash: None,
            role: invitation.assignment.role,
            locale: invitation.locale,
            departments: invitation.assignment.departments.clone(),
        },
    )
    .await?;
    send_invitation(
        &txn,
        state,
        id,
        &invitation.email,
        &invitation.display_name,
        invitation.locale,
        &inviter.display_name,
    )
    .await?;
    audit::accounts::record_change(&txn, &Actor::from(inviter), None, id).await?;
    txn.commit()
        .await
        .context("Failed to commit an invitation")?;
    tracing::info!(account.id = id, "staff member invited");
    Ok(id)
}

/// Sends a fresh invitation to an account that has not set a password yet; earlier invite
/// links stop working.
pub async fn resend(state: &AppState, inviter: &CurrentUser, id: i32) -> Result<(), AccountError> {
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start re-sending an invite")?;
    let account = accounts::find_by_id(&txn, id)
        .await?
        .ok_or(AccountError::NotFound)?;
    if account.password_hash.is_some() || !account.active {
        return Err(AccountError::Rule("acct-error-not-pending"));
    }
    let email = EmailAddress::parse(&account.email).map_err(anyhow::Error::msg)?;
    let locale = Locale::parse(&account.locale).unwrap_or(state.settings.i18n.default_locale);
    account_tokens::retire(&txn, id, Some(TokenPurpose::Invite), Utc::now()).await?;
    send_invitation(
        &txn,
        state,
        id,
        &email,
        &account.display_name,
        locale,
        &inviter.display_name,
    )
    .await?;
    txn.commit()
        .await
        .context("Failed to commit a re-sent invite")?;
    Ok(())
}

async fn send_invitation(
    db: &impl ConnectionTrait,
    state: &AppState,
    account_id: i32,
    email: &EmailAddress,
    name: &str,
    locale: Locale,
    inviter: &str,
) -> anyhow::Result<()> {
    let token = SecretToken::generate();
    account_tokens::insert(
        db,
        account_id,
        TokenPurpose::Invite,
        token.hash(),
        Utc::now(),
    )
    .await?;
    let link = notify::link(state, &format!("/account/accept/{}", token.expose()));
    notify::queue(
        db,
        state,
        email,
        name,
        locale,
        StaffEmail::Invite {
            inviter,
            link: &link,
        },
    )
    .await?;
    Ok(())
}
