//! The comment gate: the one rule that decides whether a comment or thanks (a text answer)
//! may be shown to a staff member, reply threads and the thanks wall included.
//!
//! A text answer belongs to a *slice*: its relationship × wave, or — for touchpoint answers,
//! which have no wave — its relationship × calendar month of `submitted_on`. It is visible when
//! (1) the relationship's provider is one of the viewer's departments (HR admins and viewers:
//! every department), (2) the slice has ended (the wave is closed; the month is over) and
//! (3) the slice holds at least `anonymity.min_comment_group_size` responses that are not
//! "not applicable". `visible_slices` is the only implementation; every page and query that
//! shows text answers asks it.

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use entity::wave::{self, WaveState};
use entity::{relationship, response};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

use crate::domain::MinGroupSize;

/// The period of a slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Period {
    /// One wave.
    Wave(i32),
    /// One calendar month (touchpoint answers), as its first day.
    Month(NaiveDate),
}

/// A fixed group of responses that comments are shown for (or not) as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slice {
    /// The relationship answered about.
    pub relationship_id: i32,
    /// The wave, or the month of a touchpoint answer.
    pub period: Period,
}

impl Slice {
    /// The slice of a response.
    pub fn of(relationship_id: i32, wave_id: Option<i32>, submitted_on: NaiveDate) -> Self {
        let period = match wave_id {
            Some(id) => Period::Wave(id),
            None => Period::Month(first_of_month(submitted_on)),
        };
        Self {
            relationship_id,
            period,
        }
    }
}

/// The first day of `day`'s month.
pub fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The threshold and the day the gate is applied on.
#[derive(Clone, Copy, Debug)]
pub struct Gate {
    /// `anonymity.min_comment_group_size`.
    pub min_group: MinGroupSize,
    /// Today (UTC): months before this one have ended.
    pub today: NaiveDate,
}

/// Which of `slices` may show their text answers to a viewer whose readable departments are
/// `scope` (`None`: every department). See the module documentation for the rule.
pub async fn visible_slices(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    gate: Gate,
    slices: impl IntoIterator<Item = Slice>,
) -> anyhow::Result<HashSet<Slice>> {
    let slices: HashSet<Slice> = slices.into_iter().collect();
    if slices.is_empty() {
        return Ok(HashSet::new());
    }
    let relationship_ids: HashSet<i32> = slices.iter().map(|s| s.relationship_id).collect();
    let providers: HashMap<i32, i32> = relationship::Entity::find()
        .select_only()
        .column(relationship::Column::Id)
        .column(relationship::Column::ProviderDepartmentId)
        .filter(relationship::Column::Id.is_in(relationship_ids))
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await
        .context("Failed to load the relationships of comments")?
        .into_iter()
        .collect();
    let in_scope: Vec<Slice> = slices
        .into_iter()
        .filter(|s| {
            providers
                .get(&s.relationship_id)
                .is_some_and(|provider| scope.is_none_or(|ids| ids.contains(provider)))
        })
        .collect();
    let mut counts = wave_counts(db, &in_scope).await?;
    counts.extend(month_counts(db, &in_scope, gate.today).await?);
    let k = gate.min_group.get();
    Ok(in_scope
        .into_iter()
        .filter(|s| {
            counts.get(s).is_some_and(|n| {
                crate::domain::comments_visible(u32::try_from(*n).unwrap_or(u32::MAX), k)
            })
        })
        .collect())
}

/// Whether one slice may show its text answers to `scope` (see `visible_slices`).
pub async fn is_visible(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    gate: Gate,
    slice: Slice,
) -> anyhow::Result<bool> {
    Ok(visible_slices(db, scope, gate, [slice])
        .await?
        .contains(&slice))
}

/// Responses that are not "not applicable" per wave slice, for closed waves only.
async fn wave_counts(
    db: &impl ConnectionTrait,
    slices: &[Slice],
) -> anyhow::Result<HashMap<Slice, u64>> {
    let wave_ids: HashSet<i32> = slices
        .iter()
        .filter_map(|s| match s.period {
            Period::Wave(id) => Some(id),
            Period::Month(_) => None,
        })
        .collect();
    if wave_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let closed: Vec<i32> = wave::Entity::find()
        .select_only()
        .column(wave::Column::Id)
        .filter(wave::Column::Id.is_in(wave_ids))
        .filter(wave::Column::State.eq(WaveState::Closed))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load the waves of comments")?;
    if closed.is_empty() {
        return Ok(HashMap::new());
    }
    let relationship_ids: HashSet<i32> = slices.iter().map(|s| s.relationship_id).collect();
    let rows: Vec<(i32, Option<i32>, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::RelationshipId)
        .column(response::Column::WaveId)
        .column_as(Expr::col(response::Column::Id).count(), "n")
        .filter(response::Column::WaveId.is_in(closed))
        .filter(response::Column::RelationshipId.is_in(relationship_ids))
        .filter(response::Column::NotApplicable.eq(false))
        .group_by(response::Column::RelationshipId)
        .group_by(response::Column::WaveId)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to count responses per wave")?;
    Ok(rows
        .into_iter()
        .filter_map(|(relationship_id, wave_id, n)| {
            let slice = Slice {
                relationship_id,
                period: Period::Wave(wave_id?),
            };
            Some((slice, u64::try_from(n).unwrap_or(0)))
        })
        .collect())
}

/// Touchpoint responses that are not "not applicable" per month slice, for months that have
/// ended before `today`'s month. Counted per day in SQL and summed per month here, which
/// works the same on SQLite and PostgreSQL.
async fn month_counts(
    db: &impl ConnectionTrait,
    slices: &[Slice],
    today: NaiveDate,
) -> anyhow::Result<HashMap<Slice, u64>> {
    let this_month = first_of_month(today);
    let ended: Vec<&Slice> = slices
        .iter()
        .filter(|s| matches!(s.period, Period::Month(month) if month < this_month))
        .collect();
    let Some(earliest) = ended
        .iter()
        .filter_map(|s| match s.period {
            Period::Month(month) => Some(month),
            Period::Wave(_) => None,
        })
        .min()
    else {
        return Ok(HashMap::new());
    };
    let relationship_ids: HashSet<i32> = ended.iter().map(|s| s.relationship_id).collect();
    let rows: Vec<(i32, NaiveDate, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::RelationshipId)
        .column(response::Column::SubmittedOn)
        .column_as(Expr::col(response::Column::Id).count(), "n")
        .filter(response::Column::WaveId.is_null())
        .filter(response::Column::RelationshipId.is_in(relationship_ids))
        .filter(response::Column::NotApplicable.eq(false))
        .filter(response::Column::SubmittedOn.gte(earliest))
        .filter(response::Column::SubmittedOn.lt(this_month))
        .group_by(response::Column::RelationshipId)
        .group_by(response::Column::SubmittedOn)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to count touchpoint responses per day")?;
    let mut counts: HashMap<Slice, u64> = HashMap::new();
    for (relationship_id, day, n) in rows {
        let slice = Slice::of(relationship_id, None, day);
        *counts.entry(slice).or_default() += u64::try_from(n).unwrap_or(0);
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_touchpoint_answer_belongs_to_its_calendar_month() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();

        let slice = Slice::of(7, None, day);

        assert_eq!(
            slice.period,
            Period::Month(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap())
        );
        assert_eq!(Slice::of(7, Some(3), day).period, Period::Wave(3));
    }
}
