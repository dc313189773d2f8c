//! Scheduler step: remind the employees who have not answered yet. Only delivered,
//! unanswered invitations of open waves are claimed, at most `cycle.max_reminders` times,
//! every `cycle.reminder_after_days` days. A reminder carries the same link as the
//! invitation. One that cannot be sent is tried again after the claim's lease.

use super::sending::{self, LEASE};
use crate::mail::{MailError, Mailer, PreparedEmail, mask_address, redact_addresses};
use crate::state::AppState;
use crate::store::invitations::invitation_delivery;
use crate::store::invitations::invitation_mail::{self, MailContext};
use crate::waves::email::MailKind;
use crate::waves::merge::MailMerge;
use chrono::{DateTime, TimeDelta, Utc};
use std::time::Instant;

/// Sends the reminders due at `now` (the start of the pass, so an invitation sent in this
/// very pass is never reminded in it); returns how many were sent.
#[tracing::instrument(name = "send_reminders", skip_all)]
pub async fn run_once(
    state: &AppState,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let started = Instant::now();
    let batch_size = state.settings.scheduler.batch_size;
    let mut sent = 0;
    loop {
        let batch = invitation_delivery::claim_reminders(&state.db, now, batch_size, LEASE).await?;
        let full_batch = u64::try_from(batch.len()).unwrap_or(0) >= batch_size;
        if batch.is_empty() {
            break;
        }
        let reminders = invitation_mail::mail_contexts(&state.db, batch).await?;
        let mut merge = MailMerge::new(&state.templates, &state.settings);
        let rendered: Vec<Rendered> = reminders
            .into_iter()
            .map(|mail| {
                let email = merge.prepare(MailKind::Reminder, &mail, mailer);
                (mail, email)
            })
            .collect();
        let outcomes = sending::send_all(rendered, mailer, started, |(mail, email)| async move {
            let result = match &email {
                Ok(email) => mailer.send_prepared(email).await.map(|_message_id| ()),
                Err(error) => Err(error.clone()),
            };
            ((mail, email), result)
        })
        .await;
        let mut stopped = false;
        for ((mail, _), outcome) in outcomes {
            match outcome {
                None => stopped = true,
                Some(Ok(())) => {
                    let next = next_reminder(&mail, Utc::now());
                    invitation_delivery::mark_reminded(&state.db, mail.invitation.id, next).await?;
                    sent += 1;
                }
                Some(Err(error)) => {
                    tracing::warn!(
                        invitation.id = mail.invitation.id,
                        invitation.recipient = %mask_address(&mail.email),
                        error = %redact_addresses(&error.to_string()),
                        "reminder not sent; will retry after the lease"
                    );
                }
            }
        }
        if stopped || !full_batch {
            break;
        }
    }
    Ok(sent)
}

/// A reminder and its message (rendered for the whole batch, each shape once).
type Rendered = (MailContext, Result<PreparedEmail, MailError>);

/// When the reminder after the one just sent is due; `None` when that was the last.
fn next_reminder(mail: &MailContext, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let (_, cycle) = mail.wave.as_deref()?;
    let days = cycle.reminder_after_days?;
    let sent_so_far = mail.invitation.reminders_sent.saturating_add(1);
    (sent_so_far < cycle.max_reminders).then(|| now + TimeDelta::days(i64::from(days.max(0))))
}
