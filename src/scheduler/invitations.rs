//! Scheduler step: deliver invitation emails. Claims due invitations in batches, renders
//! each in the employee's locale with its re-derived link, sends them through the pooled
//! mailer and records the outcome (sent, with the first reminder scheduled; retry with
//! backoff; or `failed` with the reason for HR), one transaction per batch. Invitations whose wave closed or whose
//! touchpoint expired before delivery are failed with that reason instead of sent.

use super::sending::{self, Attempt, LEASE};
use crate::config::SchedulerSettings;
use crate::mail::{MailError, Mailer, PreparedEmail, mask_address, redact_addresses};
use crate::state::AppState;
use crate::store::claim;
use crate::store::invitations::invitation_delivery;
use crate::store::invitations::invitation_mail::{self, MailContext};
use crate::waves::email::{self, MailKind};
use crate::waves::merge::MailMerge;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::invitation::InvitationKind;
use entity::wave::WaveState;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;
use tokio::task::JoinHandle;

/// Reason recorded for an invitation that can no longer be answered.
const TOO_LATE: &str = "not sent: the survey closed before the invitation could be delivered";

/// Sends due invitations until none are left, the relay is away or the send window ends;
/// returns how many were sent and how many failed this time.
///
/// The batches form a pipeline so the SMTP connections seldom wait: while one batch is sent,
/// the next is claimed and its messages rendered and built (on a blocking thread), and the
/// previous one's outcomes are recorded (one transaction per batch).
#[tracing::instrument(name = "dispatch_invitations", skip_all)]
pub async fn run_once(state: &AppState, mailer: &Mailer) -> anyhow::Result<(u64, u64)> {
    let started = Instant::now();
    let (mut sent, mut failed) = (0, 0);
    let mut next_claim = Some(tokio::spawn(claim(state.clone(), mailer.clone())));
    let mut recording: Option<JoinHandle<anyhow::Result<()>>> = None;
    while let Some(claiming) = next_claim.take() {
        let claimed = claiming.await.context("Claiming invitations panicked")??;
        if claimed.full {
            next_claim = Some(tokio::spawn(claim(state.clone(), mailer.clone())));
        }
        let mut ready = Vec::new();
        let mut outcomes = Vec::new();
        for (mail, email) in claimed.prepared {
            match email {
                Ok(email) => ready.push((mail, Arc::new(email))),
                Err(error) => outcomes.push((mail, Some(Err(error)))),
            }
        }
        // Every message goes out from a task of its own, so the connections' work spreads
        // over the runtime's threads; the scheduler itself may run on the thread that blocks
        // on the main future, which is costly to wake for every SMTP reply.
        let sender = mailer.clone();
        let sends = tokio::spawn(async move {
            sending::send_all(ready, &sender, started, |(mail, email)| {
                let (sender, message) = (sender.clone(), email.clone());
                async move {
                    let sent = tokio::spawn(async move { sender.send_prepared(&message).await })
                        .await
                        .unwrap_or_else(|_| Err(MailError::Build("sending panicked".to_owned())));
                    ((mail, email), sent.map(|_message_id| ()))
                }
            })
            .await
        })
        .await
        .context("Sending invitations panicked")?;
        outcomes.extend(
            sends
                .into_iter()
                .map(|((mail, _), outcome)| (mail, outcome)),
        );
        sent += outcomes
            .iter()
            .filter(|(_, o)| matches!(o, Some(Ok(()))))
            .count() as u64;
        failed += outcomes
            .iter()
            .filter(|(_, o)| matches!(o, Some(Err(_))))
            .count() as u64;
        // Stop when sends were skipped (relay down, send window over) or the relay is down
        // even though the whole batch was tried: the next batch would only find it down too.
        let stopped = outcomes.iter().any(|(_, outcome)| match outcome {
            None => true,
            Some(Err(error)) => error.is_relay_unavailable(),
            Some(Ok(())) => false,
        });
        if let Some(previous) = recording.take() {
            previous.await.context("Recording invitations panicked")??;
        }
        recording = Some(tokio::spawn(record(state.clone(), outcomes)));
        if stopped {
            tracing::info!(
                "stopped dispatching early; the remaining invitations wait for the next pass"
            );
            if let Some(claiming) = next_claim.take() {
                let unsent = claiming.await.context("Claiming invitations panicked")??;
                let ids: Vec<i32> = unsent
                    .prepared
                    .iter()
                    .map(|(m, _)| m.invitation.id)
                    .collect();
                invitation_delivery::release(&state.db, &ids).await?;
            }
        }
    }
    if let Some(last) = recording {
        last.await.context("Recording invitations panicked")??;
    }
    Ok((sent, failed))
}

/// One claimed batch: the invitations still worth sending with their messages, and whether
/// the batch was full (so more may be due).
struct Claimed {
    prepared: Vec<Prepared>,
    full: bool,
}

/// Claims the next batch, ends (with the reason) the claimed invitations whose survey closed
/// before they could be sent, and prepares the messages of the others.
async fn claim(state: AppState, mailer: Mailer) -> anyhow::Result<Claimed> {
    let limit = state.settings.scheduler.batch_size;
    let now = Utc::now();
    let batch = invitation_delivery::claim_due(&state.db, now, limit, LEASE).await?;
    let full = u64::try_from(batch.len()).unwrap_or(0) >= limit;
    let (ready, too_late): (Vec<MailContext>, Vec<MailContext>) =
        invitation_mail::mail_contexts(&state.db, batch)
            .await?
            .into_iter()
            .partition(|mail| still_open(mail, now));
    for mail in too_late {
        invitation_delivery::end_attempt(&state.db, mail.invitation.id, TOO_LATE, None).await?;
    }
    let prepared = prepare_all(&state, &mailer, ready).await?;
    Ok(Claimed { prepared, full })
}

/// A claimed invitation with its message, or why the message could not be built.
type Prepared = (MailContext, Result<PreparedEmail, MailError>);

/// Renders (each shape once, see `waves::merge`) and builds the messages of `mails` on one
/// blocking thread. One thread, not one per core: while this batch is prepared the previous
/// one is being sent, and sending is bound by round trips, not CPU, so a second preparing
/// thread only takes the cores away from the connections (more CPU per email and a lower rate
/// at the SMTP server).
async fn prepare_all(
    state: &AppState,
    mailer: &Mailer,
    mails: Vec<MailContext>,
) -> anyhow::Result<Vec<Prepared>> {
    let (state, mailer) = (state.clone(), mailer.clone());
    tokio::task::spawn_blocking(move || {
        let mut merge = MailMerge::new(&state.templates, &state.settings);
        let emails: Vec<_> = mails
            .iter()
            .map(|mail| merge.prepare(mail_kind(mail), mail, &mailer))
            .collect();
        mails.into_iter().zip(emails).collect()
    })
    .await
    .context("Rendering invitations panicked")
}

/// Records a sent batch in one transaction: one commit (one fsync on SQLite) instead of one
/// per email. A crash before it commits leaves the claims to expire, and the batch is sent
/// again: at least once, as always. Untried invitations go back to the queue.
async fn record(state: AppState, outcomes: Vec<Attempt<MailContext>>) -> anyhow::Result<()> {
    let txn = claim::begin(&state.db)
        .await
        .context("Failed to start recording a batch of invitations")?;
    let now = Utc::now();
    let mut untried = Vec::new();
    let mut sent: HashMap<Option<DateTime<Utc>>, Vec<i32>> = HashMap::new();
    for (mail, outcome) in outcomes {
        match outcome {
            None => untried.push(mail.invitation.id),
            Some(Ok(())) => sent
                .entry(first_reminder(&mail, now))
                .or_default()
                .push(mail.invitation.id),
            Some(Err(error)) => {
                record_failure(&txn, &state.settings.scheduler, &mail, &error).await?;
            }
        }
    }
    for (first_reminder, ids) in sent {
        invitation_delivery::mark_all_sent(&txn, &ids, now, first_reminder).await?;
    }
    invitation_delivery::release(&txn, &untried).await?;
    txn.commit()
        .await
        .context("Failed to record a batch of invitations")
}

fn still_open(mail: &MailContext, now: DateTime<Utc>) -> bool {
    match (mail.wave.as_deref(), mail.invitation.expires_at) {
        (Some((wave, _)), _) => wave.state == WaveState::Open && wave.closes_at > now,
        (None, Some(expires_at)) => expires_at > now,
        (None, None) => true,
    }
}

/// When the first reminder of a just-sent invitation is due, per its cycle's schedule.
pub fn first_reminder(mail: &MailContext, sent_at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let (_, cycle) = mail.wave.as_deref()?;
    let days = cycle.reminder_after_days?;
    (cycle.max_reminders > 0).then(|| sent_at + TimeDelta::days(i64::from(days.max(0))))
}

/// Renders and sends one invitation email.
pub async fn send(state: &AppState, mailer: &Mailer, mail: &MailContext) -> Result<(), MailError> {
    let email = prepare(state, mailer, mail)?;
    mailer.send_prepared(&email).await.map(|_message_id| ())
}

/// Renders one invitation email and builds its message.
fn prepare(
    state: &AppState,
    mailer: &Mailer,
    mail: &MailContext,
) -> Result<PreparedEmail, MailError> {
    mailer.prepare(&email::render(state, mail_kind(mail), mail)?)
}

/// The email an invitation gets first.
fn mail_kind(mail: &MailContext) -> MailKind {
    match mail.invitation.kind {
        InvitationKind::Wave => MailKind::Invitation,
        InvitationKind::Touchpoint => MailKind::Touchpoint,
    }
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
