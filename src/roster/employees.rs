//! Adding, changing, deactivating and reactivating one employee, each with its audit entry.

use super::{begin, commit};
use crate::audit::{Actor, employees::record_change};
use crate::domain::Refusal;
use crate::store::organisation::employees::{self, EmployeeInput};
use sea_orm::DatabaseConnection;

/// Adds an active employee; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &EmployeeInput,
) -> anyhow::Result<Result<i32, Refusal>> {
    let txn = begin(db).await?;
    let id = match employees::create(&txn, input).await? {
        Ok(id) => id,
        Err(refusal) => return Ok(Err(refusal)),
    };
    record_change(&txn, actor, None, id).await?;
    commit(txn).await?;
    Ok(Ok(id))
}

/// Changes employee `id`'s data and, when `active` is given, its status.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    input: &EmployeeInput,
    active: Option<bool>,
) -> anyhow::Result<Result<(), Refusal>> {
    let txn = begin(db).await?;
    let Some(before) = employees::find(&txn, id).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if let Err(refusal) = employees::update(&txn, id, input).await? {
        return Ok(Err(refusal));
    }
    if let Some(active) = active {
        employees::set_active(&txn, id, active).await?;
    }
    record_change(&txn, actor, Some(&before), id).await?;
    commit(txn).await?;
    Ok(Ok(()))
}

/// Activates or deactivates employee `id`; `false` when there is no such employee.
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    active: bool,
) -> anyhow::Result<bool> {
    let txn = begin(db).await?;
    let Some(before) = employees::find(&txn, id).await? else {
        return Ok(false);
    };
    employees::set_active(&txn, id, active).await?;
    record_change(&txn, actor, Some(&before), id).await?;
    commit(txn).await?;
    Ok(true)
}
