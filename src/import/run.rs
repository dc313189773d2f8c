//! The import use case shared by the upload page, `innerpulse import` and the API: parse,
//! plan against the current organisation and apply — all inside one transaction, so nothing
//! is written unless every row is valid.

use super::csv::{self, RowProblem};
use super::message::Message;
use super::plan::{self, Decision, Options, Person, Summary};
use crate::audit::{self, Actor};
use crate::store::organisation::employee_import;
use anyhow::Context;
use sea_orm::{DatabaseConnection, TransactionTrait};

/// What happened to a file.
#[derive(Debug)]
pub enum Outcome {
    /// The file was applied.
    Applied(Summary),
    /// The file as a whole could not be read (encoding, header); nothing was written.
    FileRejected(Message),
    /// Some rows are wrong; every one is listed; nothing was written.
    RowsRejected(Vec<RowProblem>),
    /// Valid, but it would deactivate more than 20 % of the active employees; nothing was
    /// written. Submit again with `confirm_deactivation` to proceed.
    NeedsConfirmation {
        deactivate: Vec<Person>,
        active: usize,
    },
}

/// Imports `bytes` (a CSV file) with `options`; every change is recorded as made by `actor`.
#[tracing::instrument(skip_all, fields(import.bytes = bytes.len()))]
pub async fn run(
    db: &DatabaseConnection,
    bytes: &[u8],
    options: Options,
    actor: &Actor,
) -> anyhow::Result<Outcome> {
    let file = match csv::parse(bytes) {
        Ok(file) => file,
        Err(message) => return Ok(Outcome::FileRejected(message)),
    };
    let transaction = db
        .begin()
        .await
        .context("Failed to start the import transaction")?;
    let snapshot = employee_import::snapshot(&transaction).await?;
    let outcome = match plan::plan(&file.records, file.problems, &snapshot, options) {
        Decision::Rejected(problems) => Outcome::RowsRejected(problems),
        Decision::NeedsConfirmation { deactivate, active } => {
            Outcome::NeedsConfirmation { deactivate, active }
        }
        Decision::Ready(plan) => {
            employee_import::apply(&transaction, &plan).await?;
            let after = employee_import::snapshot(&transaction).await?;
            audit::record_all(
                &transaction,
                super::audit::entries(actor, &snapshot, &after),
            )
            .await?;
            transaction
                .commit()
                .await
                .context("Failed to commit the import")?;
            tracing::info!(
                import.created = plan.summary.created,
                import.updated = plan.summary.updated,
                import.reactivated = plan.summary.reactivated,
                import.deactivated = plan.summary.deactivated,
                "organisation imported"
            );
            return Ok(Outcome::Applied(plan.summary));
        }
    };
    transaction
        .rollback()
        .await
        .context("Failed to end the import transaction")?;
    Ok(outcome)
}
