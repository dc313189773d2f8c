//! The transaction every background claim runs in: on SQLite it takes the write lock up front
//! (`BEGIN IMMEDIATE`), so concurrent claimers run one after the other; on PostgreSQL the
//! claiming `SELECT ... FOR UPDATE SKIP LOCKED` inside it skips rows others hold. Shared by
//! the staff mail outbox, invitation dispatch, reminders and wave opening.

use sea_orm::{DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// Starts a claiming transaction (see the module documentation).
pub async fn begin<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
