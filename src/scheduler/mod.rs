//! Background work: periodic passes that close waves whose time is up, open the waves of due
//! cycles, send invitations and reminders, deliver queued staff mail, and delete audit entries
//! past their retention. Each step is
//! idempotent, so any number of instances may run passes at once.

pub mod invitations;
pub mod outbox;
pub mod reminders;
pub mod sending;
pub mod wave_steps;

use crate::mail::Mailer;
use crate::state::AppState;
use anyhow::Context;
use std::time::Duration;

/// What one scheduler pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PassOutcome {
    /// Waves whose closing time passed and that were closed.
    pub waves_closed: u64,
    /// Final periods (closed waves, ended touchpoint months) aggregated for the results.
    pub periods_aggregated: u64,
    /// Waves opened for due cycles.
    pub waves_opened: u64,
    /// Invitation emails handed to the mail transport.
    pub invitations_sent: u64,
    /// Invitation emails that failed this time (retried later unless final).
    pub invitations_failed: u64,
    /// Reminders handed to the mail transport.
    pub reminders_sent: u64,
    /// "New results" emails queued for department heads.
    pub results_announced: u64,
    /// Staff emails handed to the mail transport.
    pub mails_sent: u64,
    /// Staff emails that failed this time (they are retried later).
    pub mails_failed: u64,
    /// Audit entries deleted because they outlived `audit.retention_days`.
    pub audit_entries_removed: u64,
}

impl std::fmt::Display for PassOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "scheduler pass: {} waves closed, {} periods aggregated, {} opened; {} invitations \
             sent, {} failed; {} reminders sent; {} results emails queued; {} staff emails sent, \
             {} failed; {} audit entries removed",
            self.waves_closed,
            self.periods_aggregated,
            self.waves_opened,
            self.invitations_sent,
            self.invitations_failed,
            self.reminders_sent,
            self.results_announced,
            self.mails_sent,
            self.mails_failed,
            self.audit_entries_removed
        )
    }
}

/// Runs every step of one pass once, sending mail through `mailer`: close waves first (so no
/// reminder goes out for a closed wave), aggregate final periods for the results, then open,
/// dispatch, remind, staff mail, and the audit log's retention.
#[tracing::instrument(skip_all)]
pub async fn run_once(state: &AppState, mailer: &Mailer) -> anyhow::Result<PassOutcome> {
    let pass_started = chrono::Utc::now();
    let waves_closed = wave_steps::close_due(state)
        .await
        .context("Failed to close waves")?;
    // A period that cannot be released (a sealing key is missing) was logged and stays as it
    // is; the rest of the pass goes on.
    let periods_aggregated = crate::report::materialize::run_once(
        &state.db,
        &state.sealing,
        state.settings.anonymity.min_group_size.get(),
        chrono::Utc::now(),
    )
    .await
    .unwrap_or_default();
    let waves_opened = wave_steps::open_due(state)
        .await
        .context("Failed to open due waves")?;
    let (invitations_sent, invitations_failed) = invitations::run_once(state, mailer)
        .await
        .context("Failed to dispatch invitations")?;
    let reminders_sent = reminders::run_once(state, mailer, pass_started)
        .await
        .context("Failed to send reminders")?;
    let results_announced = crate::notify::results_available::run_once(state, chrono::Utc::now())
        .await
        .context("Failed to announce new results")?;
    let (mails_sent, mails_failed) = outbox::run_once(state, mailer)
        .await
        .context("Failed to deliver queued staff emails")?;
    let audit_entries_removed = crate::audit::retention::run_once(
        &state.db,
        state.settings.audit.retention_days,
        chrono::Utc::now(),
    )
    .await
    .context("Failed to remove expired audit entries")?;
    Ok(PassOutcome {
        waves_closed,
        periods_aggregated,
        waves_opened,
        invitations_sent,
        invitations_failed,
        reminders_sent,
        results_announced,
        mails_sent,
        mails_failed,
        audit_entries_removed,
    })
}

/// Runs passes every `scheduler.tick_seconds` until the process stops; a failed pass is logged
/// and the next one runs as usual. The mailer (and its SMTP connections) lives as long as
/// the loop.
pub async fn run_forever(state: &AppState) -> anyhow::Result<()> {
    let mailer = state.settings.mailer()?;
    let mut ticker =
        tokio::time::interval(Duration::from_secs(state.settings.scheduler.tick_seconds));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        match run_once(state, &mailer).await {
            Ok(outcome) if outcome != PassOutcome::default() => {
                tracing::info!(?outcome, "scheduler pass");
                if outcome.periods_aggregated > 0 {
                    warm_reports(state).await;
                }
            }
            Ok(_) => {}
            Err(error) => tracing::error!(error.cause_chain = ?error, "scheduler pass failed"),
        }
    }
}

/// Loads the newest results into the server's cache; a failure only costs the next page view
/// the time to load them itself.
pub async fn warm_reports(state: &AppState) {
    if let Err(error) = state.reports.warm(&state.db).await {
        tracing::warn!(error.cause_chain = ?error, "loading the newest results ahead failed");
    }
}
