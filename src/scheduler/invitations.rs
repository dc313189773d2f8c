//! Scheduler step: deliver invitation emails. Claims due invitations in batches, renders
//! each in the employee's locale with its re-derived link, sends them through the pooled
//! mailer and records the outcome (sent, with the first reminder scheduled; retry with
//! backoff; or `failed` with the reason for HR). Invitations whose wave closed or whose
//! touchpoint expired before delivery are failed with that reason instead of sent.

use super::sending::{self, LEASE};
use crate::config::SchedulerSettings;
use crate::mail::{MailError, Mailer, mask_address, redact_addresses};
use crate::state::AppState;
use crate::store::invitation_delivery;
use crate::store::invitations::{self, MailContext};
use crate::waves::email::{self, MailKind};
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::invitation::InvitationKind;
use entity::wave::WaveState;
use sea_orm::TransactionTrait;
use std::time::Instant;

/// Reason recorded for an invitation that can no longer be answered.
const TOO_LATE: &str = "not sent: the survey closed before the invitation could be delivered";

/// Sends due invitations until none are left, the relay is away or the send window ends;
/// returns how many were sent and how many failed this time.
#[tracing::instrument(name = "dispatch_invitations", skip_all)]
pub async fn run_once(state: &AppState, mailer: &Mailer) -> anyhow::Result<(u64, u64)> {
    let settings = &state.settings.scheduler;
    let started = Instant::now();
    let (mut sent, mut failed) = (0, 0);
    loop {
        let now = Utc::now();
        let batch =
            invitation_delivery::claim_due(&state.db, now, settings.batch_size, LEASE).await?;
        let full_batch = u64::try_from(batch.len()).unwrap_or(0) >= settings.batch_size;
        if batch.is_empty() {
            break;
        }
        let (ready, too_late): (Vec<MailContext>, Vec<MailContext>) =
            invitations::mail_contexts(&state.db, batch)
                .await?
                .into_iter()
                .partition(|mail| still_open(mail, now));
        for mail in too_late {
            invitation_delivery::end_attempt(&state.db, mail.invitation.id, TOO_LATE, None).await?;
        }
        let outcomes = sending::send_all(ready, mailer, started, |mail| async move {
            let result = send(state, mailer, &mail).await;
            (mail, result)
        })
        .await;
        // One transaction records the whole batch: one commit (one fsync on SQLite) instead
        // of one per email. A crash before it commits leaves the claims to expire, and the
        // batch is sent again: at least once, as before.
        let txn = state
            .db
            .begin()
            .await
            .context("Failed to start recording a batch of invitations")?;
        let mut untried = Vec::new();
        for (mail, outcome) in outcomes {
            match outcome {
                None => untried.push(mail.invitation.id),
                Some(Ok(())) => {
                    let now = Utc::now();
                    let first_reminder = first_reminder(&mail, now);
                    invitation_delivery::mark_sent(&txn, mail.invitation.id, now, first_reminder)
                        .await?;
                    sent += 1;
                }
                Some(Err(error)) => {
                    record_failure(&txn, settings, &mail, &error).await?;
                    failed += 1;
                }
            }
        }
        if !untried.is_empty() {
            tracing::info!(
                invitation.untried = untried.len(),
                "stopped dispatching early; the remaining invitations wait for the next pass"
            );
            invitation_delivery::release(&txn, &untried).await?;
        }
        txn.commit()
            .await
            .context("Failed to record a batch of invitations")?;
        if !untried.is_empty() {
            break;
        }
        if !full_batch {
            break;
        }
    }
    Ok((sent, failed))
}

fn still_open(mail: &MailContext, now: DateTime<Utc>) -> bool {
    match (&mail.wave, mail.invitation.expires_at) {
        (Some((wave, _)), _) => wave.state == WaveState::Open && wave.closes_at > now,
        (None, Some(expires_at)) => expires_at > now,
        (None, None) => true,
    }
}

/// When the first reminder of a just-sent invitation is due, per its cycle's schedule.
pub fn first_reminder(mail: &MailContext, sent_at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let (_, cycle) = mail.wave.as_ref()?;
    let days = cycle.reminder_after_days?;
    (cycle.max_reminders > 0).then(|| sent_at + TimeDelta::days(i64::from(days.max(0))))
}

/// Renders and sends one invitation email.
pub async fn send(state: &AppState, mailer: &Mailer, mail: &MailContext) -> Result<(), MailError> {
    let kind = match mail.invitation.kind {
        InvitationKind::Wave => MailKind::Invitation,
        InvitationKind::Touchpoint => MailKind::Touchpoint,
    };
    let email = email::render(state, kind, mail)?;
    mailer.send(&email).await.map(|_message_id| ())
}

/// Schedules a retry or gives up, per the retry policy.
pub async fn record_failure(
    db: &impl sea_orm::ConnectionTrait,
    settings: &SchedulerSettings,
    mail: &MailContext,
    error: &MailError,
) -> anyhow::Result<()> {
    let reason = error.to_string();
    let attempts = u32::try_from(mail.invitation.attempts).unwrap_or(0);
    let next_attempt_at = sending::next_attempt(settings, attempts, error);
    let recipient = mask_address(&mail.email);
    let logged_reason = redact_addresses(&reason);
    if next_attempt_at.is_some() {
        tracing::warn!(invitation.id = mail.invitation.id, invitation.recipient = %recipient, invitation.attempts = attempts, error = %logged_reason, "invitation not sent; will retry");
    } else {
        tracing::error!(invitation.id = mail.invitation.id, invitation.recipient = %recipient, invitation.attempts = attempts, error = %logged_reason, "giving up on an invitation");
    }
    invitation_delivery::end_attempt(db, mail.invitation.id, &reason, next_attempt_at).await
}
