//! Delivery bookkeeping of invitations, mirroring the staff mail outbox: claim due
//! invitations for a lease (`pending` → `sending`; PostgreSQL skips rows others hold, SQLite
//! serializes claimers), then record the outcome — sent, retry later, or failed with the
//! reason. A dispatcher that dies mid-batch loses nothing: its claims expire and are taken
//! again (at most one duplicate email). Reminders are claimed the same way, by pushing
//! `next_reminder_at` a lease ahead.

use crate::store::claim;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::invitation::{self, Column, DeliveryState, InvitationKind};
use entity::wave::{self, WaveState};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, Select, TransactionSession, TransactionTrait, UpdateMany,
};

/// Longest failure reason kept in `last_error`, in characters.
const MAX_ERROR_CHARS: usize = 2000;

/// Invitation ids per `UPDATE … WHERE id IN (…)` when marking a batch as sent.
const MARK_CHUNK: usize = 1000;

/// Claims up to `limit` due invitations for `lease`: pending ones whose `next_attempt_at` has
/// come and `sending` ones whose lease expired. Each claim counts as an attempt; the returned
/// rows already carry it.
pub async fn claim_due(
    db: &impl TransactionTrait,
    now: DateTime<Utc>,
    limit: u64,
    lease: TimeDelta,
) -> anyhow::Result<Vec<invitation::Model>> {
    let txn = claim::begin(db)
        .await
        .context("Failed to start claiming invitations")?;
    // Abandoned claims first (rare), then due pending invitations in the order of the
    // delivery-state index, which the claim reads no further than the batch.
    let expired = lease_expired_query(now, limit)
        .all(&txn)
        .await
        .context("Failed to select invitations whose claim expired")?;
    if !expired.is_empty() {
        mark_sending(now, lease)
            .filter(Column::Id.is_in(expired.iter().map(|r| r.id)))
            .exec(&txn)
            .await
            .context("Failed to mark invitations as sending")?;
    }
    let mut rows: Vec<invitation::Model> = expired
        .into_iter()
        .map(|mut row| {
            row.attempts = row.attempts.saturating_add(1);
            row.delivery_state = DeliveryState::Sending;
            row
        })
        .collect();
    let room = limit.saturating_sub(u64::try_from(rows.len()).unwrap_or(u64::MAX));
    if room > 0 {
        // One statement selects, locks and marks them, and returns them as marked: on
        // PostgreSQL a separate `SELECT … FOR UPDATE` and `UPDATE … WHERE id IN (…)` each
        // wrote every claimed row.
        let due = pending_query(now, room)
            .select_only()
            .column(Column::Id)
            .into_query();
        let mut claimed = mark_sending(now, lease)
            .filter(Column::Id.in_subquery(due))
            .exec_with_returning(&txn)
            .await
            .context("Failed to claim due invitations")?;
        claimed.sort_unstable_by_key(|row| (row.next_attempt_at, row.id));
        rows.extend(claimed);
    }
    txn.commit()
        .await
        .context("Failed to commit claimed invitations")?;
    Ok(rows)
}

/// Marks invitations as being sent, for `lease`, counting the attempt.
fn mark_sending(now: DateTime<Utc>, lease: TimeDelta) -> UpdateMany<invitation::Entity> {
    invitation::Entity::update_many()
        .col_expr(Column::DeliveryState, Expr::value(DeliveryState::Sending))
        .col_expr(Column::ClaimedUntil, Expr::value(Some(now + lease)))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
}

/// Due pending invitations, oldest attempt first, in the order of the index on
/// `(delivery_state, next_attempt_at, id)` (never tried ones first on SQLite, last on
/// PostgreSQL, as each orders nulls), so the claim reads only the rows it takes instead of
/// sorting every due invitation for each batch.
fn pending_query(now: DateTime<Utc>, limit: u64) -> Select<invitation::Entity> {
    invitation::Entity::find()
        .filter(claim::pending(
            Column::DeliveryState,
            Column::NextAttemptAt,
            now,
        ))
        .order_by_asc(Column::NextAttemptAt)
        .order_by_asc(Column::Id)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
}

/// Invitations whose dispatcher died while sending them (its lease ran out).
fn lease_expired_query(now: DateTime<Utc>, limit: u64) -> Select<invitation::Entity> {
    invitation::Entity::find()
        .filter(claim::lease_expired(
            Column::DeliveryState,
            Column::ClaimedUntil,
            now,
        ))
        .order_by_asc(Column::Id)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
}

/// Records that the invitation was handed to the mail server, and when its first reminder is
/// due (`None`: no reminders).
pub async fn mark_sent(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
    next_reminder_at: Option<DateTime<Utc>>,
) -> anyhow::Result<()> {
    invitation::Entity::update_many()
        .set(invitation::ActiveModel {
            delivery_state: Set(DeliveryState::Sent),
            sent_at: Set(Some(now)),
            claimed_until: Set(None),
            next_attempt_at: Set(None),
            last_error: Set(None),
            next_reminder_at: Set(next_reminder_at),
            ..Default::default()
        })
        .filter(Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to mark an invitation as sent")?;
    Ok(())
}

/// Records that the invitations `ids` were handed to the mail server at `now`, all with the
/// same first reminder (`None`: no reminders): one statement per chunk of ids.
pub async fn mark_all_sent(
    db: &impl ConnectionTrait,
    ids: &[i32],
    now: DateTime<Utc>,
    next_reminder_at: Option<DateTime<Utc>>,
) -> anyhow::Result<()> {
    for chunk in ids.chunks(MARK_CHUNK) {
        invitation::Entity::update_many()
            .set(invitation::ActiveModel {
                delivery_state: Set(DeliveryState::Sent),
                sent_at: Set(Some(now)),
                claimed_until: Set(None),
                next_attempt_at: Set(None),
                last_error: Set(None),
                next_reminder_at: Set(next_reminder_at),
                ..Default::default()
            })
            .filter(Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await
            .context("Failed to mark invitations as sent")?;
    }
    Ok(())
}

/// Puts a claimed invitation back for another attempt at `next_attempt_at` (or gives up with
/// `None`: `failed`), keeping the reason. No-op unless it is still `sending`.
pub async fn end_attempt(
    db: &impl ConnectionTrait,
    id: i32,
    error: &str,
    next_attempt_at: Option<DateTime<Utc>>,
) -> anyhow::Result<()> {
    let state = if next_attempt_at.is_some() {
        DeliveryState::Pending
    } else {
        DeliveryState::Failed
    };
    invitation::Entity::update_many()
        .set(invitation::ActiveModel {
            delivery_state: Set(state),
            next_attempt_at: Set(next_attempt_at),
            claimed_until: Set(None),
            last_error: Set(Some(error.chars().take(MAX_ERROR_CHARS).collect())),
            ..Default::default()
        })
        .filter(Column::Id.eq(id))
        .filter(Column::DeliveryState.eq(DeliveryState::Sending))
        .exec(db)
        .await
        .context("Failed to record a failed invitation attempt")?;
    Ok(())
}

/// Returns claimed invitations that were never tried to the queue, giving back the attempt
/// their claim counted. No-op for rows no longer `sending`.
pub async fn release(db: &impl ConnectionTrait, ids: &[i32]) -> anyhow::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    invitation::Entity::update_many()
        .col_expr(Column::DeliveryState, Expr::value(DeliveryState::Pending))
        .col_expr(
            Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).sub(1))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::DeliveryState.eq(DeliveryState::Sending))
        .exec(db)
        .await
        .context("Failed to release unsent invitations")?;
    Ok(())
}

/// Claims up to `limit` due reminders for `lease`: delivered, unanswered wave invitations
/// whose `next_reminder_at` has come, in waves that are open and not past their close. The
/// claim pushes `next_reminder_at` a lease ahead, so a reminder that could not be sent is
/// tried again after the lease.
pub async fn claim_reminders(
    db: &impl TransactionTrait,
    now: DateTime<Utc>,
    limit: u64,
    lease: TimeDelta,
) -> anyhow::Result<Vec<invitation::Model>> {
    let txn = claim::begin(db)
        .await
        .context("Failed to start claiming reminders")?;
    let rows = reminders_query(now, limit)
        .all(&txn)
        .await
        .context("Failed to select due reminders")?;
    if !rows.is_empty() {
        invitation::Entity::update_many()
            .col_expr(Column::NextReminderAt, Expr::value(Some(now + lease)))
            .filter(Column::Id.is_in(rows.iter().map(|r| r.id)))
            .exec(&txn)
            .await
            .context("Failed to claim reminders")?;
    }
    txn.commit()
        .await
        .context("Failed to commit claimed reminders")?;
    Ok(rows)
}

/// Due reminders in open waves, in the order of the index on
/// `(delivery_state, next_reminder_at, id)`, which holds only reminders still to come
/// (answering or the wave closing clears `next_reminder_at`).
fn reminders_query(now: DateTime<Utc>, limit: u64) -> Select<invitation::Entity> {
    let open_waves = Query::select()
        .column(wave::Column::Id)
        .from(wave::Entity)
        .and_where(Expr::col(wave::Column::State).eq(WaveState::Open))
        .and_where(Expr::col(wave::Column::ClosesAt).gt(now))
        .to_owned();
    invitation::Entity::find()
        .filter(Column::DeliveryState.eq(DeliveryState::Sent))
        .filter(Column::NextReminderAt.lte(now))
        .filter(Column::Kind.eq(InvitationKind::Wave))
        .filter(Column::Answered.eq(false))
        .filter(Expr::col(Column::WaveId).in_subquery(open_waves))
        .order_by_asc(Column::NextReminderAt)
        .order_by_asc(Column::Id)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
}

/// Records a sent reminder and when the next one is due (`None`: that was the last).
pub async fn mark_reminded(
    db: &impl ConnectionTrait,
    id: i32,
    next_reminder_at: Option<DateTime<Utc>>,
) -> anyhow::Result<()> {
    invitation::Entity::update_many()
        .col_expr(
            Column::RemindersSent,
            Expr::col(Column::RemindersSent).add(1),
        )
        .col_expr(Column::NextReminderAt, Expr::value(next_reminder_at))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to record a reminder")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::QueryTrait;

    #[test]
    fn on_postgresql_the_claims_skip_invitations_other_dispatchers_hold() {
        for query in [
            pending_query(Utc::now(), 10),
            lease_expired_query(Utc::now(), 10),
            reminders_query(Utc::now(), 10),
        ] {
            let sql = query.build(sea_orm::DbBackend::Postgres).to_string();
            assert!(sql.ends_with("FOR UPDATE SKIP LOCKED"), "{sql}");
        }
    }

    #[tokio::test]
    async fn the_claims_read_due_invitations_and_reminders_in_index_order_without_sorting_them() {
        use sea_orm::ConnectionTrait;
        let (_dir, pool) = crate::store::test_database::migrated().await;
        // One connection, which a real query brings up to date with the migrated schema
        // first: `EXPLAIN` alone never checks it, so a pooled connection opened before the
        // migrations would explain with the indexes it knew then.
        let db = pool.begin().await.unwrap();
        invitation::Entity::find().all(&db).await.unwrap();
        let claims = [
            (
                pending_query(Utc::now(), 1000),
                "idx_invitation_delivery_state_next_attempt_at_id",
            ),
            (
                reminders_query(Utc::now(), 1000),
                "idx_invitation_delivery_state_next_reminder_at_id",
            ),
        ];
        for (query, index) in claims {
            let mut explain = query.build(sea_orm::DbBackend::Sqlite);
            explain.sql = format!("EXPLAIN QUERY PLAN {}", explain.sql);

            let plan: Vec<String> = db
                .query_all_raw(explain)
                .await
                .unwrap()
                .iter()
                .map(|row| row.try_get::<String>("", "detail").unwrap())
                .collect();

            assert!(plan.iter().any(|step| step.contains(index)), "{plan:?}");
            assert!(
                !plan.iter().any(|step| step.contains("TEMP B-TREE")),
                "{plan:?}"
            );
        }
    }
}
