//! `innerpulse demo`: a realistic organisation to explore — departments, 86 employees in six
//! languages, service relationships with standards, staff logins, the built-in questionnaire,
//! a weekly cycle with eight closed waves of anonymous answers, and a few actions.
//! It writes only through ordinary inserts in one transaction and never touches a database
//! that already has departments.

mod accounts;
mod actions;
pub mod answers;
mod batch;
mod calendar;
mod history;
mod names;
mod organisation;
mod plan;
mod questions;
mod responses;
mod sections;
mod texts;

pub use accounts::{DemoLogin, HR_ADMIN, IT_HEAD, KITCHEN_HEAD, LOGINS, VIEWER};
pub use organisation::EMAIL_DOMAIN;

use crate::config::Settings;
use crate::domain::EmailAddress;
use crate::i18n::I18n;
use crate::store::{self, programme::questionnaires};
use anyhow::Context;
use chrono::{TimeDelta, Utc};
use rand::SeedableRng;
use rand::rngs::StdRng;
use sea_orm::{DatabaseConnection, TransactionTrait};
use std::fmt;
use std::time::Instant;

/// Seed of the demo's random choices (names, sections, answers), so every run creates the
/// same organisation. Tokens, response ids and the stored order of responses use the
/// operating system's randomness instead.
const DEMO_SEED: u64 = 0x1_22E9_0153;

/// What `seed` did, printed by `innerpulse demo`.
#[derive(Clone, Debug)]
pub struct DemoReport {
    /// The instance's public URL.
    pub base_url: String,
    /// Created or kept.
    pub outcome: DemoOutcome,
}

/// Whether the demo was created now or the existing data was kept.
#[derive(Clone, Debug)]
pub enum DemoOutcome {
    /// The organisation was created.
    Created(DemoCounts),
    /// The database already had departments; nothing was written.
    Kept {
        /// False when the database was not made by `innerpulse demo` (the logins will not work).
        demo_accounts_exist: bool,
    },
}

/// How many rows of each kind the demo created, and how long it took.
#[derive(Clone, Debug)]
pub struct DemoCounts {
    /// Departments.
    pub departments: usize,
    /// Employees.
    pub employees: usize,
    /// Relationships.
    pub relationships: usize,
    /// Closed weekly waves.
    pub waves: usize,
    /// Invitations over all waves.
    pub invitations: usize,
    /// Anonymous responses (one per answered section).
    pub responses: usize,
    /// Answers.
    pub answers: usize,
    /// Actions recorded by providers.
    pub actions: usize,
    /// Wall-clock time of the seeding, in milliseconds.
    pub duration_ms: u128,
}

/// Creates the demo organisation unless the database already has departments; either way
/// the report lists the demo logins. Everything is written in one transaction.
#[tracing::instrument(skip_all)]
pub async fn seed(db: &DatabaseConnection, settings: &Settings) -> anyhow::Result<DemoReport> {
    let base_url = settings.server.base_url().to_owned();
    if store::organisation::has_departments(db).await? {
        let hr = EmailAddress::parse(HR_ADMIN.email)
            .map_err(|reason| anyhow::anyhow!("Demo login is invalid: {reason}"))?;
        let demo_accounts_exist = store::accounts::find_by_email(db, &hr).await?.is_some();
        return Ok(DemoReport {
            base_url,
            outcome: DemoOutcome::Kept {
                demo_accounts_exist,
            },
        });
    }
    let started = Instant::now();
    let i18n = I18n::load()?;
    let hashes = accounts::hash_passwords().await?;
    let now = Utc::now();
    let mut rng = StdRng::seed_from_u64(DEMO_SEED);

    let txn = db
        .begin()
        .await
        .context("Failed to start the demo transaction")?;
    let organisation = organisation::create(&txn, &mut rng, now - TimeDelta::weeks(12)).await?;
    let demo_accounts = accounts::create(&txn, &organisation, hashes).await?;
    let questionnaire_id = questionnaires::ensure_builtin(&txn, &i18n).await?;
    let questions = questionnaires::questions(&txn, questionnaire_id).await?;
    let keys = settings.security.sealing_keys()?;
    let history = history::create(
        &txn,
        &mut rng,
        &keys,
        &crate::waves::rotation::RotationKey::new(&settings.security),
        &organisation,
        questionnaire_id,
        &questions,
        now,
    )
    .await?;
    let actions = actions::create(&txn, &organisation, &history.waves, &demo_accounts).await?;
    txn.commit()
        .await
        .context("Failed to commit the demo organisation")?;
    crate::report::materialize::run_once(
        db,
        &keys,
        settings.anonymity.min_group_size.get(),
        Utc::now(),
    )
    .await?;

    let counts = DemoCounts {
        departments: organisation.departments.len(),
        employees: organisation.employees.len(),
        relationships: organisation.relationships.len(),
        waves: history.waves.len(),
        invitations: history.invitations,
        responses: history.responses,
        answers: history.answers,
        actions,
        duration_ms: started.elapsed().as_millis(),
    };
    tracing::info!(
        demo.employees = counts.employees,
        demo.responses = counts.responses,
        demo.cycle_id = history.cycle_id,
        duration_ms = counts.duration_ms as u64,
        "demo organisation created"
    );
    Ok(DemoReport {
        base_url,
        outcome: DemoOutcome::Created(counts),
    })
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.outcome {
            DemoOutcome::Created(counts) => writeln!(
                f,
                "Demo organisation created in {} ms: {} departments, {} employees, {} \
                 relationships, a weekly cycle with {} closed waves ({} invitations, {} \
                 responses, {} answers) and {} actions.",
                counts.duration_ms,
                counts.departments,
                counts.employees,
                counts.relationships,
                counts.waves,
                counts.invitations,
                counts.responses,
                counts.answers,
                counts.actions,
            )?,
            DemoOutcome::Kept {
                demo_accounts_exist,
            } => {
                writeln!(
                    f,
                    "The database already has departments: the existing data was kept and \
                     nothing was created."
                )?;
                if !demo_accounts_exist {
                    writeln!(
                        f,
                        "Note: this database was not created by `innerpulse demo`, so the demo \
                         logins below do not exist in it."
                    )?;
                }
            }
        }
        writeln!(f)?;
        writeln!(f, "Open {}/login and sign in as:", self.base_url)?;
        let width = LOGINS
            .iter()
            .map(|login| login.label.len())
            .max()
            .unwrap_or(0);
        let email_width = LOGINS
            .iter()
            .map(|login| login.email.len())
            .max()
            .unwrap_or(0);
        for login in &LOGINS {
            writeln!(
                f,
                "  {:<width$}  {:<email_width$}  password: {}",
                login.label, login.email, login.password
            )?;
        }
        write!(
            f,
            "These passwords are published: use the demo on your own machine only."
        )
    }
}
