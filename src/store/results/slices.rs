//! A text answer's slice — its relationship × wave, or for a touchpoint answer its
//! relationship × calendar month — and the counts the comment gate (`report::comment_gate`)
//! decides on: the providers of relationships and the answered responses per ended slice.

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use entity::wave::{self, WaveState};
use entity::{relationship, response};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

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

/// The providing department of each of `relationship_ids`.
pub async fn providers(
    db: &impl ConnectionTrait,
    relationship_ids: HashSet<i32>,
) -> anyhow::Result<HashMap<i32, i32>> {
    Ok(relationship::Entity::find()
        .select_only()
        .column(relationship::Column::Id)
        .column(relationship::Column::ProviderDepartmentId)
        .filter(relationship::Column::Id.is_in(relationship_ids))
        .into_tuple::<(i32, i32)>()
        .all(db)
        .await
        .context("Failed to load the relationships of comments")?
        .into_iter()
        .collect())
}

/// Responses that are not "not applicable" per wave slice, for closed waves only.
pub async fn wave_counts(
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
pub async fn month_counts(
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
