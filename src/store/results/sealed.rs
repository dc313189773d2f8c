//! `sealed_submission` rows: storing a submission as one opaque record in the transaction that
//! marks its invitation answered, and the release's reads and deletes. Nothing here can read a
//! record (the keys are not in the database); nothing is logged.

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use entity::{invitation, sealed_submission, wave};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, Iden, QueryFilter, QuerySelect, Set};
use std::collections::HashSet;
use uuid::Uuid;

/// Invitations claimed per `UPDATE … RETURNING` statement.
const CLAIM_CHUNK: usize = 1000;

/// Records per `INSERT` (each is `SEALED_LEN` bytes).
const INSERT_CHUNK: usize = 64;

/// A sealed record to store: the period it waits for, its key and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSealed {
    /// The wave answered; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// First day of a touchpoint answer's month; `None` for waves.
    pub month: Option<NaiveDate>,
    /// Id of the sealing key.
    pub key_id: String,
    /// The sealed bytes.
    pub bytes: Vec<u8>,
}

/// A stored sealed record: its random id and what was stored.
#[derive(Clone, Debug)]
pub struct StoredSealed {
    /// Its random id.
    pub id: Uuid,
    /// The period it waits for, its key and its bytes.
    pub sealed: NewSealed,
}

/// One submission to store: the invitation it answers and its sealed record.
#[derive(Clone, Debug)]
pub struct Submission {
    /// The invitation to mark as answered; not stored with the record.
    pub invitation_id: i32,
    /// The sealed record.
    pub sealed: NewSealed,
}

/// What happened to one submission inside `store_submissions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Its record was written and the invitation marked as answered.
    Stored,
    /// The invitation was already answered; nothing was written for it.
    AlreadyAnswered,
}

/// Stores `submissions` on `txn`, which must be a transaction the caller commits. Their
/// invitations are first claimed with `UPDATE … SET answered = true WHERE answered = false
/// RETURNING id`; a submission whose invitation was already answered — before, by another
/// instance, or by an earlier submission of the same batch — stores nothing, so two submissions
/// of one link never both store. Then one sealed record per claimed submission is inserted,
/// each under a fresh random id. Returns one outcome per submission, in order.
pub async fn store_submissions(
    txn: &impl ConnectionTrait,
    submissions: &[Submission],
) -> anyhow::Result<Vec<Stored>> {
    // Claim first: the `UPDATE` is the transaction's first statement, so it takes the write
    // lock (SQLite) before anything is read.
    let mut unclaimed = claim(txn, submissions).await?;
    let mut records = Vec::with_capacity(submissions.len());
    let outcomes = submissions
        .iter()
        .map(|submission| {
            if unclaimed.remove(&submission.invitation_id) {
                records.push(submission.sealed.clone());
                Stored::Stored
            } else {
                Stored::AlreadyAnswered
            }
        })
        .collect();
    insert(txn, records).await?;
    Ok(outcomes)
}

/// Inserts sealed records, each under a fresh random id.
pub async fn insert(txn: &impl ConnectionTrait, records: Vec<NewSealed>) -> anyhow::Result<()> {
    let rows: Vec<sealed_submission::ActiveModel> = records
        .into_iter()
        .map(|record| sealed_submission::ActiveModel {
            id: Set(Uuid::new_v4()),
            wave_id: Set(record.wave_id),
            month: Set(record.month),
            key_id: Set(record.key_id),
            sealed: Set(record.bytes),
        })
        .collect();
    for chunk in rows.chunks(INSERT_CHUNK) {
        sealed_submission::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to store sealed submissions")?;
    }
    Ok(())
}

/// Marks the submissions' invitations as answered where they were not yet (and drops their
/// next reminder); returns the ids this call claimed.
async fn claim(
    txn: &impl ConnectionTrait,
    submissions: &[Submission],
) -> anyhow::Result<HashSet<i32>> {
    let ids: Vec<i32> = submissions.iter().map(|s| s.invitation_id).collect();
    let id_column = invitation::Column::Id.to_string();
    let mut claimed = HashSet::with_capacity(ids.len());
    for chunk in ids.chunks(CLAIM_CHUNK) {
        let statement = Query::update()
            .table(invitation::Entity)
            .value(invitation::Column::Answered, true)
            // No reminder follows an answer; clearing it keeps the reminder index small.
            .value(
                invitation::Column::NextReminderAt,
                Option::<DateTime<Utc>>::None,
            )
            .and_where(Expr::col(invitation::Column::Id).is_in(chunk.iter().copied()))
            .and_where(Expr::col(invitation::Column::Answered).eq(false))
            .returning_col(invitation::Column::Id)
            .to_owned();
        let rows = txn
            .query_all(&statement)
            .await
            .context("Failed to mark invitations as answered")?;
        for row in rows {
            claimed.insert(
                row.try_get::<i32>("", &id_column)
                    .context("Failed to read a claimed invitation id")?,
            );
        }
    }
    Ok(claimed)
}

/// The sealed records waiting for the waves `wave_ids`.
pub async fn of_waves(
    db: &impl ConnectionTrait,
    wave_ids: &[i32],
) -> anyhow::Result<Vec<StoredSealed>> {
    let rows = sealed_submission::Entity::find()
        .filter(sealed_submission::Column::WaveId.is_in(wave_ids.iter().copied()))
        .all(db)
        .await
        .context("Failed to load sealed submissions")?;
    Ok(rows.into_iter().map(stored).collect())
}

/// The touchpoint records of months up to and including `month`.
pub async fn of_months_until(
    db: &impl ConnectionTrait,
    month: NaiveDate,
) -> anyhow::Result<Vec<StoredSealed>> {
    let rows = sealed_submission::Entity::find()
        .filter(sealed_submission::Column::WaveId.is_null())
        .filter(sealed_submission::Column::Month.lte(month))
        .all(db)
        .await
        .context("Failed to load sealed touchpoint submissions")?;
    Ok(rows.into_iter().map(stored).collect())
}

fn stored(row: sealed_submission::Model) -> StoredSealed {
    StoredSealed {
        id: row.id,
        sealed: NewSealed {
            wave_id: row.wave_id,
            month: row.month,
            key_id: row.key_id,
            bytes: row.sealed,
        },
    }
}

/// Deletes the records `ids`.
pub async fn delete(txn: &impl ConnectionTrait, ids: &[Uuid]) -> anyhow::Result<()> {
    for chunk in ids.chunks(CLAIM_CHUNK) {
        sealed_submission::Entity::delete_many()
            .filter(sealed_submission::Column::Id.is_in(chunk.iter().copied()))
            .exec(txn)
            .await
            .context("Failed to delete released submissions")?;
    }
    Ok(())
}

/// Sealed records per key id (for `innerpulse keys`): which keys are still needed.
pub async fn count_by_key(db: &impl ConnectionTrait) -> anyhow::Result<Vec<(String, i64)>> {
    sealed_submission::Entity::find()
        .select_only()
        .column(sealed_submission::Column::KeyId)
        .column_as(sealed_submission::Column::Id.count(), "n")
        .group_by(sealed_submission::Column::KeyId)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to count sealed submissions per key")
}

/// Sealed records of the cycle's closed waves: answers held back because their service had
/// fewer than k in every round so far.
pub async fn held_for_cycle(db: &impl ConnectionTrait, cycle_id: i32) -> anyhow::Result<u64> {
    use sea_orm::PaginatorTrait;
    let closed = Query::select()
        .column(wave::Column::Id)
        .from(wave::Entity)
        .and_where(Expr::col(wave::Column::CycleId).eq(cycle_id))
        .and_where(Expr::col(wave::Column::AnsweredCount).is_not_null())
        .to_owned();
    sealed_submission::Entity::find()
        .filter(Expr::col(sealed_submission::Column::WaveId).in_subquery(closed))
        .count(db)
        .await
        .context("Failed to count held-back submissions")
}
