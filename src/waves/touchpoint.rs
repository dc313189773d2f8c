//! Touchpoints: ask one employee about one relationship right after an interaction (say, a
//! closed IT ticket). Creates a one-section invitation (no wave; the link expires after
//! [`TOUCHPOINT_DAYS_OPEN`] days) and emails it at once — unless the employee got a touchpoint
//! about that relationship within its repeat interval (`relationship.touchpoint_repeat_days`,
//! default [`DEFAULT_REPEAT_DAYS`]) or falls outside the optional sampling share. If the relay
//! is away the invitation stays queued and the scheduler delivers it later.

use super::rotation::{self, Due, RotationKey};
use super::token::{TokenInput, storable_now, survey_token};
use crate::error::AppError;
use crate::scheduler::invitations::{record_failure, send};
use crate::scheduler::sending::LEASE;
use crate::state::AppState;
use crate::store::invitations::NewSection;
use crate::store::programme::touchpoints::{self, EmployeeKey};
use crate::store::{
    claim, invitations, invitations::invitation_delivery, invitations::invitation_mail,
    invitations::lookup, survey,
};
use crate::survey::model::rotating_ids;
use anyhow::Context;
use chrono::{TimeDelta, Utc};
use entity::invitation::{DeliveryState, InvitationKind};
use rand::Rng;
use sea_orm::ConnectionTrait;
use serde::Serialize;

/// Days a touchpoint link stays valid.
pub const TOUCHPOINT_DAYS_OPEN: i64 = 14;
/// Minimum days between two touchpoints about one relationship for one employee, unless the
/// relationship sets its own.
pub const DEFAULT_REPEAT_DAYS: i32 = 30;
/// Longest context label, in characters (the column's size).
pub const MAX_CONTEXT_CHARS: usize = 120;

/// A validated touchpoint request.
#[derive(Clone, Debug)]
pub struct Touchpoint {
    /// Who to ask.
    pub employee: EmployeeKey,
    /// About which relationship.
    pub relationship_id: i32,
    /// Shown in the email, e.g. "ticket #4711".
    pub context_label: Option<String>,
    /// Ask only this share (1–100) of the employees the integration reports.
    pub sample_percent: Option<u8>,
}

/// Why no touchpoint was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Skipped {
    /// The employee was asked about this relationship within its repeat interval.
    RepeatInterval,
    /// The sampling share left this employee out.
    NotSampled,
    /// The employee is inactive.
    InactiveEmployee,
    /// The relationship is inactive.
    InactiveRelationship,
}

/// What happened to a touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// An invitation was created; `delivered` says whether its email went out already
    /// (otherwise the scheduler retries it).
    Created {
        /// The email was handed to the mail server.
        delivered: bool,
    },
    /// Nothing was created, for this reason.
    Skipped(Skipped),
}

/// Handles a touchpoint: decide, create the invitation in one transaction, then send it.
pub async fn trigger(state: &AppState, touchpoint: Touchpoint) -> Result<Outcome, AppError> {
    let now = storable_now();
    let txn = claim::begin(&state.db)
        .await
        .context("Failed to start a touchpoint")?;
    let employee = touchpoints::lock_employee(&txn, &touchpoint.employee)
        .await?
        .ok_or(AppError::NotFound)?;
    let relationship = touchpoints::find_relationship(&txn, touchpoint.relationship_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !employee.active {
        return Ok(Outcome::Skipped(Skipped::InactiveEmployee));
    }
    if !relationship.active {
        return Ok(Outcome::Skipped(Skipped::InactiveRelationship));
    }
    let repeat_days = relationship
        .touchpoint_repeat_days
        .unwrap_or(DEFAULT_REPEAT_DAYS);
    let since = now - TimeDelta::days(i64::from(repeat_days.max(0)));
    if touchpoints::asked_since(&txn, employee.id, relationship.id, since).await? {
        return Ok(Outcome::Skipped(Skipped::RepeatInterval));
    }
    if let Some(percent) = touchpoint.sample_percent
        && rand::rng().random_range(0..100) >= percent
    {
        return Ok(Outcome::Skipped(Skipped::NotSampled));
    }
    let input = TokenInput {
        kind: InvitationKind::Touchpoint,
        wave_id: None,
        employee_id: employee.id,
        created_at: now,
    };
    let token_hash = survey_token(&state.settings.security, &input).hash();
    invitations::insert_all(
        &txn,
        vec![invitations::NewInvitation {
            kind: InvitationKind::Touchpoint,
            wave_id: None,
            employee_id: employee.id,
            token_hash: token_hash.clone(),
            context_label: touchpoint.context_label,
            expires_at: Some(now + TimeDelta::days(TOUCHPOINT_DAYS_OPEN)),
            // Claimed by this request, so the scheduler leaves it alone while we send it.
            delivery_state: DeliveryState::Sending,
            claimed_until: Some(now + LEASE),
            attempts: 1,
            created_at: now,
            email: employee.email.clone(),
            department_id: employee.department_id,
        }],
    )
    .await?;
    let invitation = invitations::find_by_token_hash(&txn, &token_hash)
        .await?
        .context("Failed to read back the touchpoint invitation")?;
    let section = rotating_section(state, &txn, &employee, &relationship, invitation.id).await?;
    invitations::insert_sections(&txn, &[section]).await?;
    txn.commit()
        .await
        .context("Failed to commit the touchpoint")?;
    let delivered = deliver(state, invitation).await?;
    Ok(Outcome::Created { delivered })
}

/// The touchpoint's one section: the core questions and one rotating question, the one the
/// employee was asked least recently for this service (the counter moves on).
async fn rotating_section(
    state: &AppState,
    txn: &impl ConnectionTrait,
    employee: &entity::employee::Model,
    relationship: &entity::relationship::Model,
    invitation_id: i32,
) -> anyhow::Result<NewSection> {
    let questionnaire_id = survey::touchpoint_questionnaire(txn)
        .await?
        .context("No questionnaire exists for a touchpoint survey")?;
    let questions = lookup::question_keys(txn, questionnaire_id).await?;
    let has_standard = relationship
        .service_standard
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    let len = rotating_ids(has_standard, &questions).len();
    let counter = invitations::rotation_counter(txn, employee.id, relationship.id).await?;
    let due = Due {
        employee_id: employee.id,
        counter,
        count: 1,
    };
    let key = RotationKey::new(&state.settings.security);
    let start = key
        .starts(relationship.id, len, &[due], &mut rand::rng())
        .first()
        .copied()
        .unwrap_or(0);
    invitations::set_rotation_counter(
        txn,
        employee.id,
        relationship.id,
        rotation::advance(start, 1, len),
    )
    .await?;
    Ok(NewSection {
        invitation_id,
        relationship_id: relationship.id,
        position: 0,
        rotating_from: start,
        rotating_count: 1,
    })
}

/// Sends the new invitation right away; a failure leaves it to the scheduler's retries.
async fn deliver(state: &AppState, invitation: entity::invitation::Model) -> anyhow::Result<bool> {
    let Some(mail) = invitation_mail::mail_contexts(&state.db, vec![invitation])
        .await?
        .into_iter()
        .next()
    else {
        return Ok(false);
    };
    let mailer = state.settings.mailer()?;
    match send(state, &mailer, &mail).await {
        Ok(()) => {
            invitation_delivery::mark_sent(&state.db, mail.invitation.id, Utc::now(), None).await?;
            Ok(true)
        }
        Err(error) => {
            record_failure(&state.db, &state.settings.scheduler, &mail, &error).await?;
            Ok(false)
        }
    }
}
