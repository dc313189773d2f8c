//! What is left of who answered once a period is released. While a wave is open each
//! invitation's `answered` flag is needed (a link answers once, reminders go only to those who
//! have not answered); after release the wave keeps only the count (`wave.answered_count`),
//! and every invitation of the wave is rewritten alike — flag cleared, reminders count reset —
//! so that not even which rows changed tells who had answered. The sections assigned to each
//! invitation are deleted (`section_history` keeps what rotation needs). Expired touchpoint
//! links are cleared the same way. Afterwards `compact` makes the database drop the old row
//! versions: SQLite truncates its write-ahead log (deleted content is already zeroed by
//! `secure_delete`), PostgreSQL vacuums the tables the release touched.

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, InvitationKind};
use entity::{invitation_section, wave};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, Statement,
};

/// Replaces the per-invitation traces of answering in wave `wave_id` by its count.
pub async fn scrub_wave(txn: &impl ConnectionTrait, wave_id: i32) -> anyhow::Result<()> {
    let answered = invitation::Entity::find()
        .filter(invitation::Column::WaveId.eq(wave_id))
        .filter(invitation::Column::Answered.eq(true))
        .count(txn)
        .await
        .context("Failed to count a wave's answers")?;
    wave::Entity::update_many()
        .col_expr(
            wave::Column::AnsweredCount,
            Expr::value(i32::try_from(answered).context("Answer count out of range")?),
        )
        .filter(wave::Column::Id.eq(wave_id))
        .exec(txn)
        .await
        .context("Failed to store a wave's answer count")?;
    let of_wave = Query::select()
        .column(invitation::Column::Id)
        .from(invitation::Entity)
        .and_where(Expr::col(invitation::Column::WaveId).eq(wave_id))
        .to_owned();
    invitation_section::Entity::delete_many()
        .filter(Expr::col(invitation_section::Column::InvitationId).in_subquery(of_wave))
        .exec(txn)
        .await
        .context("Failed to delete a released wave's sections")?;
    clear(txn, invitation::Column::WaveId.eq(wave_id)).await
}

/// Clears the traces of answering on touchpoint links that expired by `now`: every link that
/// expired in the last two months alike, and older ones where a trace is left.
pub async fn scrub_touchpoints(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let recent = now - chrono::TimeDelta::days(62);
    clear(
        txn,
        invitation::Column::Kind
            .eq(InvitationKind::Touchpoint)
            .and(invitation::Column::ExpiresAt.lte(now))
            .and(
                invitation::Column::ExpiresAt
                    .gte(recent)
                    .or(invitation::Column::Answered.eq(true))
                    .or(invitation::Column::RemindersSent.gt(0)),
            ),
    )
    .await
}

/// Rewrites every invitation matching `filter` alike: not answered, no reminder sent or due.
async fn clear(
    txn: &impl ConnectionTrait,
    filter: sea_orm::sea_query::SimpleExpr,
) -> anyhow::Result<()> {
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Answered, Expr::value(false))
        .col_expr(invitation::Column::RemindersSent, Expr::value(0))
        .col_expr(
            invitation::Column::NextReminderAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(filter)
        .exec(txn)
        .await
        .context("Failed to clear released answer flags")?;
    Ok(())
}

/// After a release has committed: lets the database forget the old row versions. On
/// PostgreSQL only the tables with dead rows are vacuumed (responses, answers and
/// conversations are only ever inserted by a release). On SQLite a reader still holding an
/// older snapshot keeps the log from being truncated; the next release truncates it.
pub async fn compact(db: &impl ConnectionTrait) -> anyhow::Result<()> {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let busy = db
                .query_one_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    "PRAGMA wal_checkpoint(TRUNCATE)",
                ))
                .await
                .context("Failed to truncate the write-ahead log after a release")?
                .map(|row| row.try_get_by_index::<i64>(0))
                .transpose()
                .context("Failed to read the checkpoint's outcome")?
                .unwrap_or(0);
            if busy != 0 {
                tracing::warn!(
                    "the write-ahead log could not be truncated after a release: a reader was active; the next release truncates it"
                );
            }
        }
        DbBackend::Postgres => {
            db.execute_unprepared("VACUUM sealed_submission, invitation, invitation_section, wave")
                .await
                .context("Failed to vacuum after a release")?;
        }
        _ => {}
    }
    Ok(())
}
