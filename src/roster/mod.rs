//! Staff changes to the roster — employees, departments and service relationships — as use
//! cases shared by the HR pages and the JSON API. Each opens a transaction, makes the change
//! through the store and records it in the audit log on that same transaction, so there is no
//! change without its entry. Validation stays with the forms and the store's checks.

pub mod departments;
pub mod employees;
pub mod refusal;
pub mod relationships;

use anyhow::Context;
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};

async fn begin(db: &DatabaseConnection) -> anyhow::Result<DatabaseTransaction> {
    db.begin().await.context("Failed to start a roster change")
}

async fn commit(txn: DatabaseTransaction) -> anyhow::Result<()> {
    txn.commit()
        .await
        .context("Failed to commit a roster change")
}
