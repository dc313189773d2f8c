//! Background work: periodic passes that deliver queued mail (and, with the waves feature,
//! open waves, send invitations and reminders, close waves). Each step is idempotent, so any
//! number of instances may run passes at once.

pub mod outbox;

use crate::mail::Mailer;
use crate::state::AppState;
use anyhow::Context;
use std::time::Duration;

/// What one scheduler pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PassOutcome {
    /// Staff emails handed to the mail transport.
    pub mails_sent: u64,
    /// Staff emails that failed this time (they are retried later).
    pub mails_failed: u64,
}

impl std::fmt::Display for PassOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "scheduler pass: {} staff emails sent, {} failed",
            self.mails_sent, self.mails_failed
        )
    }
}

/// Runs every step of one pass once, sending mail through `mailer`.
#[tracing::instrument(skip_all)]
pub async fn run_once(state: &AppState, mailer: &Mailer) -> anyhow::Result<PassOutcome> {
    let (mails_sent, mails_failed) = outbox::run_once(state, mailer)
        .await
        .context("Failed to deliver queued staff emails")?;
    Ok(PassOutcome {
        mails_sent,
        mails_failed,
    })
}

/// Runs passes every `scheduler.tick_seconds` until the process stops; a failed pass is logged
/// and the next one runs as usual. The mailer (and its SMTP connections) lives as long as
/// the loop.
pub async fn run_forever(state: &AppState) -> anyhow::Result<()> {
    let mailer = state.settings.mail.mailer()?;
    let mut ticker =
        tokio::time::interval(Duration::from_secs(state.settings.scheduler.tick_seconds));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        match run_once(state, &mailer).await {
            Ok(outcome) if outcome != PassOutcome::default() => {
                tracing::info!(?outcome, "scheduler pass");
            }
            Ok(_) => {}
            Err(error) => tracing::error!(error.cause_chain = ?error, "scheduler pass failed"),
        }
    }
}
