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

/// Rows a dispatcher may claim now: `pending` ones whose next attempt is due (or unset), and
/// `sending` ones whose lease ran out (their dispatcher died). Shared by every delivery queue,
/// given that queue's state, next-attempt and lease columns.
pub fn due<C: sea_orm::ColumnTrait>(
    state: C,
    next_attempt_at: C,
    claimed_until: C,
    now: chrono::DateTime<chrono::Utc>,
) -> sea_orm::Condition {
    sea_orm::Condition::any()
        .add(pending(state, next_attempt_at, now))
        .add(lease_expired(state, claimed_until, now))
}

/// `pending` rows whose next attempt is due (or unset).
pub fn pending<C: sea_orm::ColumnTrait>(
    state: C,
    next_attempt_at: C,
    now: chrono::DateTime<chrono::Utc>,
) -> sea_orm::Condition {
    use entity::invitation::DeliveryState;
    use sea_orm::Condition;
    Condition::all().add(state.eq(DeliveryState::Pending)).add(
        Condition::any()
            .add(next_attempt_at.is_null())
            .add(next_attempt_at.lte(now)),
    )
}

/// `sending` rows whose dispatcher's lease ran out.
pub fn lease_expired<C: sea_orm::ColumnTrait>(
    state: C,
    claimed_until: C,
    now: chrono::DateTime<chrono::Utc>,
) -> sea_orm::Condition {
    use entity::invitation::DeliveryState;
    sea_orm::Condition::all()
        .add(state.eq(DeliveryState::Sending))
        .add(claimed_until.lt(now))
}
