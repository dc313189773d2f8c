//! `mail_outbox`: staff emails (account invites, password resets, "results are ready") queued
//! by handlers and delivered by the scheduler. Claims are leases: a row taken by a dispatcher
//! that then crashes becomes due again when its lease runs out, so no email is ever lost
//! (delivery is at-least-once).

use crate::domain::EmailAddress;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::invitation::DeliveryState;
use entity::mail_outbox::{self, Column};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Select, Set, TransactionSession, TransactionTrait,
};

/// Longest subject the column holds, in characters.
pub const MAX_SUBJECT_CHARS: usize = 300;

/// Longest failure reason kept in `last_error`, in characters.
const MAX_ERROR_CHARS: usize = 2000;

/// A claimed email, ready to be sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedMail {
    /// Row id, for marking the outcome.
    pub id: i32,
    /// Recipient address as queued.
    pub recipient: String,
    /// Rendered subject.
    pub subject: String,
    /// Rendered plain-text part.
    pub text: String,
    /// Rendered HTML part.
    pub html: String,
    /// Delivery attempts including the one this claim starts (1 on the first try).
    pub attempts: u32,
}

impl From<mail_outbox::Model> for QueuedMail {
    fn from(row: mail_outbox::Model) -> Self {
        Self {
            id: row.id,
            recipient: row.recipient,
            subject: row.subject,
            text: row.body_text,
            html: row.body_html,
            attempts: u32::try_from(row.attempts).unwrap_or(0),
        }
    }
}

/// Queues an email for the dispatcher; returns its id. Call it inside the transaction of the
/// use case that causes the email, so the email exists exactly when the change does.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    recipient: &EmailAddress,
    subject: &str,
    text: &str,
    html: &str,
) -> anyhow::Result<i32> {
    anyhow::ensure!(
        subject.chars().count() <= MAX_SUBJECT_CHARS,
        "Failed to queue an email: the subject is longer than {MAX_SUBJECT_CHARS} characters"
    );
    let row = mail_outbox::ActiveModel {
        recipient: Set(recipient.as_str().to_owned()),
        subject: Set(subject.to_owned()),
        body_text: Set(text.to_owned()),
        body_html: Set(html.to_owned()),
        state: Set(DeliveryState::Pending),
        attempts: Set(0),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to queue an email")?;
    Ok(row.id)
}

/// Claims up to `limit` due emails, oldest first, for `lease`: pending rows whose
/// `next_attempt_at` has come, and `sending` rows whose lease expired (their dispatcher died).
/// Each claim counts as an attempt. PostgreSQL skips rows other dispatchers hold
/// (`FOR UPDATE SKIP LOCKED`); SQLite takes the write lock up front (`BEGIN IMMEDIATE`), so
/// concurrent claimers run one after the other. Either way no row is handed out twice.
pub async fn claim_due(
    db: &impl TransactionTrait,
    now: DateTime<Utc>,
    limit: u64,
    lease: TimeDelta,
) -> anyhow::Result<Vec<QueuedMail>> {
    let txn = super::claim::begin(db)
        .await
        .context("Failed to start claiming queued emails")?;
    let rows = due_query(now, limit)
        .all(&txn)
        .await
        .context("Failed to select due emails")?;
    if rows.is_empty() {
        txn.commit()
            .await
            .context("Failed to finish claiming emails")?;
        return Ok(Vec::new());
    }
    let claimed_until = now + lease;
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    mail_outbox::Entity::update_many()
        .set(mail_outbox::ActiveModel {
            state: Set(DeliveryState::Sending),
            claimed_until: Set(Some(claimed_until)),
            ..Default::default()
        })
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .filter(Column::Id.is_in(ids))
        .exec(&txn)
        .await
        .context("Failed to mark emails as sending")?;
    txn.commit()
        .await
        .context("Failed to commit claimed emails")?;
    Ok(rows
        .into_iter()
        .map(|mut row| {
            row.attempts = row.attempts.saturating_add(1);
            QueuedMail::from(row)
        })
        .collect())
}

/// The oldest `limit` due rows, locked for update; rows other transactions hold are skipped.
fn due_query(now: DateTime<Utc>, limit: u64) -> Select<mail_outbox::Entity> {
    let due = super::claim::due(
        Column::State,
        Column::NextAttemptAt,
        Column::ClaimedUntil,
        now,
    );
    // SQLite ignores the lock clause; its IMMEDIATE transaction already serializes claimers.
    mail_outbox::Entity::find()
        .filter(due)
        .order_by_asc(Column::Id)
        .limit(limit)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
}

/// Records that the email was handed to the mail server. Applies whatever the row's state:
/// the message went out, even if a lease expired meanwhile.
pub async fn mark_sent(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    mail_outbox::Entity::update_many()
        .set(mail_outbox::ActiveModel {
            state: Set(DeliveryState::Sent),
            sent_at: Set(Some(now)),
            claimed_until: Set(None),
            next_attempt_at: Set(None),
            last_error: Set(None),
            ..Default::default()
        })
        .filter(Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to mark an email as sent")?;
    Ok(())
}

/// Puts a claimed email back in the queue for another attempt at `next_attempt_at`, keeping
/// the reason in `last_error`. No-op unless the row is still `sending`.
pub async fn mark_retry(
    db: &impl ConnectionTrait,
    id: i32,
    error: &str,
    next_attempt_at: DateTime<Utc>,
) -> anyhow::Result<()> {
    end_attempt(db, id, DeliveryState::Pending, Some(next_attempt_at), error)
        .await
        .context("Failed to schedule an email for retry")
}

/// Gives up on a claimed email: `failed`, with the reason in `last_error` for HR to read.
/// No-op unless the row is still `sending`.
pub async fn mark_failed(db: &impl ConnectionTrait, id: i32, error: &str) -> anyhow::Result<()> {
    end_attempt(db, id, DeliveryState::Failed, None, error)
        .await
        .context("Failed to mark an email as failed")
}

async fn end_attempt(
    db: &impl ConnectionTrait,
    id: i32,
    state: DeliveryState,
    next_attempt_at: Option<DateTime<Utc>>,
    error: &str,
) -> Result<(), sea_orm::DbErr> {
    mail_outbox::Entity::update_many()
        .set(mail_outbox::ActiveModel {
            state: Set(state),
            next_attempt_at: Set(next_attempt_at),
            claimed_until: Set(None),
            last_error: Set(Some(error.chars().take(MAX_ERROR_CHARS).collect())),
            ..Default::default()
        })
        .filter(Column::Id.eq(id))
        .filter(Column::State.eq(DeliveryState::Sending))
        .exec(db)
        .await?;
    Ok(())
}

/// Returns claimed emails that were never tried (the batch stopped early) to the queue as
/// they were, giving back the attempt their claim counted. No-op for rows no longer `sending`.
pub async fn release(db: &impl ConnectionTrait, ids: &[i32]) -> anyhow::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    mail_outbox::Entity::update_many()
        .set(mail_outbox::ActiveModel {
            state: Set(DeliveryState::Pending),
            claimed_until: Set(None),
            ..Default::default()
        })
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).sub(1))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::State.eq(DeliveryState::Sending))
        .exec(db)
        .await
        .context("Failed to release unsent emails")?;
    Ok(())
}

#[cfg(test)]
mod tests;
