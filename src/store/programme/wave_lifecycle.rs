//! Waves and the cycle bookkeeping around them: which cycles are due, locking a cycle while a
//! wave opens, creating the wave, closing waves whose time is up, and HR's list of a cycle's
//! waves with delivery counts (counts only: never who answered).

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, DeliveryState};
use entity::wave::{self, WaveState};
use entity::{cycle, cycle_relationship, questionnaire, relationship};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, SqlErr,
};
use serde::Serialize;
use std::collections::HashMap;

/// Active cycles whose next opening has come, oldest first.
pub async fn due_cycle_ids(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<i32>> {
    cycle::Entity::find()
        .select_only()
        .column(cycle::Column::Id)
        .filter(cycle::Column::Active.eq(true))
        .filter(cycle::Column::NextOpeningAt.lte(now))
        .order_by_asc(cycle::Column::NextOpeningAt)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find due cycles")
}

/// The cycle if it is still due, locked until the transaction ends. On PostgreSQL a cycle
/// another instance is opening right now is skipped (`FOR UPDATE SKIP LOCKED`); on SQLite the
/// claiming transaction already serializes openers. Either way the caller re-checks what it
/// saw before the lock.
pub async fn lock_due_cycle(
    db: &impl ConnectionTrait,
    cycle_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<cycle::Model>> {
    cycle::Entity::find_by_id(cycle_id)
        .filter(cycle::Column::Active.eq(true))
        .filter(cycle::Column::NextOpeningAt.lte(now))
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .one(db)
        .await
        .context("Failed to lock a due cycle")
}

/// One cycle.
pub async fn find_cycle(
    db: &impl ConnectionTrait,
    cycle_id: i32,
) -> anyhow::Result<Option<cycle::Model>> {
    cycle::Entity::find_by_id(cycle_id)
        .one(db)
        .await
        .context("Failed to load a cycle")
}

/// Moves the cycle's next opening on (`None` when its rule has no further occurrence).
pub async fn set_next_opening(
    db: &impl ConnectionTrait,
    cycle_id: i32,
    next: Option<DateTime<Utc>>,
) -> anyhow::Result<()> {
    cycle::Entity::update_many()
        .col_expr(cycle::Column::NextOpeningAt, Expr::value(next))
        .filter(cycle::Column::Id.eq(cycle_id))
        .exec(db)
        .await
        .context("Failed to advance a cycle's next opening")?;
    Ok(())
}

/// Creates an open wave; `None` when the cycle already has a wave opening at `opens_at`
/// (another opener won — on PostgreSQL the transaction must then be rolled back).
pub async fn insert_wave(
    db: &impl ConnectionTrait,
    cycle: &cycle::Model,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<i32>> {
    let inserted = wave::ActiveModel {
        cycle_id: Set(cycle.id),
        questionnaire_id: Set(cycle.questionnaire_id),
        opens_at: Set(opens_at),
        closes_at: Set(closes_at),
        state: Set(WaveState::Open),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(row) => Ok(Some(row.id)),
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(None)
        }
        Err(error) => Err(error).context("Failed to create a wave"),
    }
}

/// The closed waves of `wave_id`'s cycle that closed no later than it (itself included), with
/// their opening days: the waves whose held-back answers its release may take along.
pub async fn closed_waves_of_cycle_until(
    db: &impl ConnectionTrait,
    wave_id: i32,
) -> anyhow::Result<Vec<(i32, chrono::NaiveDate)>> {
    let Some(this) = wave::Entity::find_by_id(wave_id)
        .one(db)
        .await
        .context("Failed to load a wave")?
    else {
        return Ok(Vec::new());
    };
    let rows: Vec<(i32, DateTime<Utc>)> = wave::Entity::find()
        .select_only()
        .columns([wave::Column::Id, wave::Column::OpensAt])
        .filter(wave::Column::CycleId.eq(this.cycle_id))
        .filter(wave::Column::State.eq(WaveState::Closed))
        .filter(wave::Column::ClosesAt.lte(this.closes_at))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load the cycle's closed waves")?;
    Ok(rows
        .into_iter()
        .map(|(id, opens_at)| (id, opens_at.date_naive()))
        .collect())
}

/// Marks the questionnaire as used, so it is never edited again.
pub async fn lock_questionnaire(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<()> {
    questionnaire::Entity::update_many()
        .col_expr(questionnaire::Column::Locked, Expr::value(true))
        .filter(questionnaire::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to lock the questionnaire")?;
    Ok(())
}

/// The cycle's active relationships: all of them, or those listed in `cycle_relationship`.
pub async fn cycle_relationships(
    db: &impl ConnectionTrait,
    cycle: &cycle::Model,
) -> anyhow::Result<Vec<relationship::Model>> {
    let mut query = relationship::Entity::find()
        .filter(relationship::Column::Active.eq(true))
        .order_by_asc(relationship::Column::Id);
    if !cycle.all_relationships {
        let listed = sea_orm::sea_query::Query::select()
            .column(cycle_relationship::Column::RelationshipId)
            .from(cycle_relationship::Entity)
            .and_where(Expr::col(cycle_relationship::Column::CycleId).eq(cycle.id))
            .to_owned();
        query = query.filter(Expr::col(relationship::Column::Id).in_subquery(listed));
    }
    query
        .all(db)
        .await
        .context("Failed to load the cycle's relationships")
}

/// Closes every open wave whose `closes_at` has passed; returns how many closed. The
/// reminders still scheduled in closed waves are dropped (again each time, so a pass that
/// died between the two statements is made good by the next one): none can be sent any more,
/// and the reminder claim's index then holds only reminders still to come.
pub async fn close_due(db: &impl ConnectionTrait, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let result = wave::Entity::update_many()
        .col_expr(wave::Column::State, Expr::value(WaveState::Closed))
        .filter(wave::Column::State.eq(WaveState::Open))
        .filter(wave::Column::ClosesAt.lte(now))
        .exec(db)
        .await
        .context("Failed to close waves")?;
    let closed = sea_orm::sea_query::Query::select()
        .column(wave::Column::Id)
        .from(wave::Entity)
        .and_where(Expr::col(wave::Column::State).eq(WaveState::Closed))
        .to_owned();
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::NextReminderAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(invitation::Column::DeliveryState.eq(DeliveryState::Sent))
        .filter(invitation::Column::NextReminderAt.is_not_null())
        .filter(Expr::col(invitation::Column::WaveId).in_subquery(closed))
        .exec(db)
        .await
        .context("Failed to drop the reminders of closed waves")?;
    Ok(result.rows_affected)
}

/// Delivery counts of a set of invitations. `answered` is a count, never a list of people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DeliveryCounts {
    /// Invitations created.
    pub invited: u64,
    /// Waiting for (another) delivery attempt, or being sent right now.
    pub pending: u64,
    /// Handed to the mail server.
    pub delivered: u64,
    /// Given up after the last attempt.
    pub failed: u64,
    /// Links used.
    pub answered: u64,
}

impl DeliveryCounts {
    /// Adds `count` invitations in `state`.
    pub fn add(&mut self, state: DeliveryState, answered: bool, count: u64) {
        self.invited += count;
        match state {
            DeliveryState::Pending | DeliveryState::Sending => self.pending += count,
            DeliveryState::Sent => self.delivered += count,
            DeliveryState::Failed => self.failed += count,
        }
        if answered {
            self.answered += count;
        }
    }
}

/// A wave as HR's list shows it.
#[derive(Clone, Debug, Serialize)]
pub struct WaveSummary {
    /// The wave.
    pub id: i32,
    /// Scheduled, open or closed.
    pub state: WaveState,
    /// When it opened.
    pub opens_at: DateTime<Utc>,
    /// When it closes.
    pub closes_at: DateTime<Utc>,
    /// Its invitations by delivery state.
    pub counts: DeliveryCounts,
}

/// One page of a cycle's waves, newest first, and the number of waves in all.
pub async fn list_for_cycle(
    db: &impl ConnectionTrait,
    cycle_id: i32,
    page: u64,
    per_page: u64,
) -> anyhow::Result<(Vec<WaveSummary>, u64)> {
    let query = wave::Entity::find()
        .filter(wave::Column::CycleId.eq(cycle_id))
        .order_by_desc(wave::Column::OpensAt);
    let total = query
        .clone()
        .count(db)
        .await
        .context("Failed to count waves")?;
    let waves = query
        .offset(crate::store::paging::offset(page, per_page))
        .limit(per_page)
        .all(db)
        .await
        .context("Failed to list waves")?;
    let ids: Vec<i32> = waves.iter().map(|w| w.id).collect();
    let rows: Vec<(Option<i32>, DeliveryState, bool, i64)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::WaveId)
        .column(invitation::Column::DeliveryState)
        .column(invitation::Column::Answered)
        .column_as(Expr::col(invitation::Column::Id).count(), "n")
        .filter(invitation::Column::WaveId.is_in(ids))
        .group_by(invitation::Column::WaveId)
        .group_by(invitation::Column::DeliveryState)
        .group_by(invitation::Column::Answered)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to count invitations per wave")?;
    let mut counts: HashMap<i32, DeliveryCounts> = HashMap::new();
    for (wave_id, state, answered, n) in rows {
        if let Some(wave_id) = wave_id {
            counts
                .entry(wave_id)
                .or_default()
                .add(state, answered, u64::try_from(n).unwrap_or(0));
        }
    }
    let summaries = waves
        .into_iter()
        .map(|w| {
            let mut counts = counts.get(&w.id).copied().unwrap_or_default();
            // A released wave's flags are cleared: its count is kept on the wave.
            if let Some(answered) = w.answered_count {
                counts.answered = u64::try_from(answered).unwrap_or(0);
            }
            WaveSummary {
                id: w.id,
                state: w.state,
                opens_at: w.opens_at,
                closes_at: w.closes_at,
                counts,
            }
        })
        .collect();
    Ok((summaries, total))
}
