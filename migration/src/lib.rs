//! Schema migrations of innerpulse. The same migrations run on SQLite (the embedded default)
//! and PostgreSQL; they are applied at startup (`Migrator::up(&db, None)`), by
//! `innerpulse migrate` and by this crate's own CLI. Nothing here knows about business rules.

pub use sea_orm_migration;
use sea_orm_migration::prelude::*;

mod helpers;
mod m20261122_000001_organisation;
mod m20261122_000002_accounts;
mod m20261122_000003_questionnaires;
mod m20261122_000004_cycles_waves;
mod m20261122_000005_invitations;
mod m20261122_000006_responses;
mod m20261122_000007_loop;
mod m20261122_000008_mail_outbox;
mod m20261129_000009_results;
mod m20261129_000010_loop_details;
mod m20261129_000011_answer_write_path;
mod m20261130_000012_delivery_claim_order;
mod m20261207_000013_sealed_answers;
mod m20261207_000014_session_version;
mod m20261207_000015_invitation_roster;
mod m20261207_000016_audit_log;
mod m20261207_000017_respondent_close_delay;
mod m20261207_000018_short_pulse;
mod m20261208_000019_staff_single_sign_on;

/// The ordered list of innerpulse migrations; tables come after the tables they reference.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_organisation::Migration),
            Box::new(m20261122_000002_accounts::Migration),
            Box::new(m20261122_000003_questionnaires::Migration),
            Box::new(m20261122_000004_cycles_waves::Migration),
            Box::new(m20261122_000005_invitations::Migration),
            Box::new(m20261122_000006_responses::Migration),
            Box::new(m20261122_000007_loop::Migration),
            Box::new(m20261122_000008_mail_outbox::Migration),
            Box::new(m20261129_000009_results::Migration),
            Box::new(m20261129_000010_loop_details::Migration),
            Box::new(m20261129_000011_answer_write_path::Migration),
            Box::new(m20261130_000012_delivery_claim_order::Migration),
            Box::new(m20261207_000013_sealed_answers::Migration),
            Box::new(m20261207_000014_session_version::Migration),
            Box::new(m20261207_000015_invitation_roster::Migration),
            Box::new(m20261207_000016_audit_log::Migration),
            Box::new(m20261207_000017_respondent_close_delay::Migration),
            Box::new(m20261207_000018_short_pulse::Migration),
            Box::new(m20261208_000019_staff_single_sign_on::Migration),
        ]
    }
}
