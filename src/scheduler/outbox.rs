//! Scheduler step: deliver queued staff emails (`mail_outbox`). Claims a batch, sends it
//! through the [`Mailer`] (as many at once as the SMTP pool allows), and records each outcome:
//! sent; retry later with exponential backoff; or `failed` with the reason, after
//! `scheduler.max_attempts` tries or at once when retrying cannot help. Never renders or
//! queues mail itself.

pub use super::sending::{LEASE, MAX_RETRY_DELAY, retry_delay};

use super::sending;
use crate::config::SchedulerSettings;
use crate::mail::{MailError, Mailer, OutgoingEmail, mask_address, redact_addresses};
use crate::state::AppState;
use crate::store::outbox::{self, QueuedMail};
use chrono::Utc;
use sea_orm::{ConnectionTrait, TransactionTrait};
use std::time::Instant;

/// Sends the due staff emails once; returns how many were sent and how many failed this time
/// (failures are retried later unless they were final).
#[tracing::instrument(name = "deliver_staff_mail", skip_all)]
pub async fn run_once(state: &AppState, mailer: &Mailer) -> anyhow::Result<(u64, u64)> {
    deliver_due(&state.db, &state.settings.scheduler, mailer).await
}

async fn deliver_due<C>(
    db: &C,
    settings: &SchedulerSettings,
    mailer: &Mailer,
) -> anyhow::Result<(u64, u64)>
where
    C: ConnectionTrait + TransactionTrait,
{
    let batch = outbox::claim_due(db, Utc::now(), settings.batch_size, LEASE).await?;
    if batch.is_empty() {
        return Ok((0, 0));
    }
    let outcomes = sending::send_all(batch, mailer, Instant::now(), |mail| async move {
        let result = send(mailer, &mail).await;
        (mail, result)
    })
    .await;
    let (mut sent, mut failed) = (0, 0);
    let mut untried = Vec::new();
    for (mail, outcome) in outcomes {
        match outcome {
            None => untried.push(mail.id),
            Some(Ok(())) => {
                outbox::mark_sent(db, mail.id, Utc::now()).await?;
                sent += 1;
            }
            Some(Err(error)) => {
                record_failure(db, settings, &mail, &error).await?;
                failed += 1;
            }
        }
    }
    if !untried.is_empty() {
        tracing::info!(
            mail.untried = untried.len(),
            "stopped the batch early; the remaining emails wait for the next pass"
        );
        outbox::release(db, &untried).await?;
    }
    Ok((sent, failed))
}

async fn send(mailer: &Mailer, mail: &QueuedMail) -> Result<(), MailError> {
    let email = OutgoingEmail::new(&mail.recipient, &mail.subject, &mail.text, &mail.html)?;
    mailer.send(&email).await.map(|_message_id| ())
}

async fn record_failure(
    db: &impl ConnectionTrait,
    settings: &SchedulerSettings,
    mail: &QueuedMail,
    error: &MailError,
) -> anyhow::Result<()> {
    let reason = error.to_string();
    let recipient = mask_address(&mail.recipient);
    let logged_reason = redact_addresses(&reason);
    let Some(next_attempt_at) = sending::next_attempt(settings, mail.attempts, error) else {
        tracing::error!(
            mail.id = mail.id,
            mail.recipient = %recipient,
            mail.attempts = mail.attempts,
            error = %logged_reason,
            "giving up on a staff email"
        );
        return outbox::mark_failed(db, mail.id, &reason).await;
    };
    tracing::warn!(
        mail.id = mail.id,
        mail.recipient = %recipient,
        mail.attempts = mail.attempts,
        mail.retry_at = %next_attempt_at,
        error = %logged_reason,
        "staff email not sent; will retry"
    );
    outbox::mark_retry(db, mail.id, &reason, next_attempt_at).await
}

#[cfg(test)]
mod tests;
