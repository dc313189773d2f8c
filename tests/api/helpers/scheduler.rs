//! Running the background work by hand: one scheduler pass, one release of closed periods.

use super::TestApp;

/// Scheduler passes.
impl TestApp {
    /// One scheduler pass, as `innerpulse dispatch --once` runs it.
    pub async fn run_scheduler_once(&self) -> innerpulse::scheduler::PassOutcome {
        let mailer = self.state.settings.mailer().unwrap();
        innerpulse::scheduler::run_once(&self.state, &mailer)
            .await
            .unwrap()
    }

    /// One scheduler pass that sends mail through `mailer` (e.g. one pointed at a relay
    /// that is down).
    pub async fn run_scheduler_with(
        &self,
        mailer: &innerpulse::mail::Mailer,
    ) -> innerpulse::scheduler::PassOutcome {
        innerpulse::scheduler::run_once(&self.state, mailer)
            .await
            .unwrap()
    }

    /// Releases every closed wave (and ended touchpoint month) as the scheduler does: its
    /// sealed answers become responses in groups of at least k. Returns how many periods.
    pub async fn release(&self) -> u64 {
        innerpulse::report::materialize::run_once(
            self.db(),
            &self.state.sealing,
            self.state.settings.anonymity.min_group_size.get(),
            chrono::Utc::now() + chrono::TimeDelta::seconds(10),
        )
        .await
        .unwrap()
    }
}
