//! Saving a cycle from its form (HR page or API): validate, compute the next opening (the
//! first one at or after now), and write the cycle with its relationship links in one
//! transaction.

use super::FieldErrors;
use super::cycle_input::CycleForm;
use super::schedule;
use crate::store::cycles;
use anyhow::Context;
use chrono::Utc;
use sea_orm::{DatabaseConnection, TransactionTrait};

/// Validates `form` and saves it — as a new cycle when `existing` is `None`. Returns the
/// cycle's id, or the field errors.
pub async fn save_cycle(
    db: &DatabaseConnection,
    existing: Option<entity::cycle::Model>,
    form: &CycleForm,
) -> anyhow::Result<Result<i32, FieldErrors>> {
    let input = match cycles::validate(db, form).await? {
        Ok(input) => input,
        Err(errors) => return Ok(Err(errors)),
    };
    let next = schedule::next_opening_at(&input.cadence, Utc::now());
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let id = match existing {
        Some(model) => {
            let id = model.id;
            cycles::update(&txn, model, &input, next).await?;
            id
        }
        None => cycles::insert(&txn, &input, next).await?,
    };
    txn.commit().await.context("Failed to save a cycle")?;
    Ok(Ok(id))
}
