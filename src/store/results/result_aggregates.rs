//! Writing the per-period aggregates (`result_period`, `result_slice`, `result_group`,
//! `result_count`) once a period is final and released, and finding the periods still to
//! aggregate. Counts only: the aggregates never hold a response id or anything finer than
//! the response.

use anyhow::Context;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use entity::invitation::InvitationKind;
use entity::wave::WaveState;
use entity::{
    answer, invitation, invitation_section, relationship, response, result_count, result_group,
    result_period, result_slice, sealed_submission, wave,
};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, SqlErr,
};
use std::collections::{BTreeMap, BTreeSet};

/// Which responses a period holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodSource {
    /// The responses of one closed wave.
    Wave {
        /// The wave.
        wave_id: i32,
        /// Its opening.
        opens_at: DateTime<Utc>,
        /// Its closing.
        closes_at: DateTime<Utc>,
    },
    /// The touchpoint responses submitted in one calendar month (UTC).
    Month(NaiveDate),
}

/// The closed waves that have no aggregates yet and closed before `closed_before`.
pub async fn waves_to_aggregate(
    db: &impl ConnectionTrait,
    closed_before: DateTime<Utc>,
) -> anyhow::Result<Vec<PeriodSource>> {
    let done = Query::select()
        .column(result_period::Column::WaveId)
        .from(result_period::Entity)
        .and_where(result_period::Column::WaveId.is_not_null())
        .to_owned();
    let waves: Vec<(i32, DateTime<Utc>, DateTime<Utc>)> = wave::Entity::find()
        .select_only()
        .columns([
            wave::Column::Id,
            wave::Column::OpensAt,
            wave::Column::ClosesAt,
        ])
        .filter(wave::Column::State.eq(WaveState::Closed))
        .filter(wave::Column::ClosesAt.lte(closed_before))
        .filter(wave::Column::Id.not_in_subquery(done))
        // Oldest first: a wave releases what earlier waves of its cycle held back.
        .order_by_asc(wave::Column::ClosesAt)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find closed waves without results")?;
    Ok(waves
        .into_iter()
        .map(|(wave_id, opens_at, closes_at)| PeriodSource::Wave {
            wave_id,
            opens_at,
            closes_at,
        })
        .collect())
}

/// The ended months (before the month of `now`) with touchpoint invitations or responses and no
/// aggregates yet.
pub async fn months_to_aggregate(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<PeriodSource>> {
    let this_month = month_of(now.date_naive());
    let days: Vec<NaiveDate> = response::Entity::find()
        .select_only()
        .column(response::Column::SubmittedOn)
        .distinct()
        .filter(response::Column::WaveId.is_null())
        .filter(response::Column::SubmittedOn.lt(this_month))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find touchpoint days")?;
    let sealed: Vec<Option<NaiveDate>> = sealed_submission::Entity::find()
        .select_only()
        .column(sealed_submission::Column::Month)
        .distinct()
        .filter(sealed_submission::Column::WaveId.is_null())
        .filter(sealed_submission::Column::Month.lt(this_month))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find sealed touchpoint months")?;
    let sent: Vec<DateTime<Utc>> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::CreatedAt)
        .filter(invitation::Column::Kind.eq(InvitationKind::Touchpoint))
        .filter(invitation::Column::CreatedAt.lt(midnight(this_month)))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find touchpoint invitations")?;
    let done: BTreeSet<NaiveDate> = result_period::Entity::find()
        .select_only()
        .column(result_period::Column::Month)
        .filter(result_period::Column::Month.is_not_null())
        .into_tuple::<Option<NaiveDate>>()
        .all(db)
        .await
        .context("Failed to list aggregated months")?
        .into_iter()
        .flatten()
        .collect();
    let months: BTreeSet<NaiveDate> = days
        .into_iter()
        .chain(sealed.into_iter().flatten())
        .chain(sent.into_iter().map(|at| at.date_naive()))
        .map(month_of)
        .filter(|month| !done.contains(month))
        .collect();
    Ok(months.into_iter().map(PeriodSource::Month).collect())
}

/// Carried-over responses per relationship: how many, and the earliest period's day.
pub type Carried = BTreeMap<i32, (u32, NaiveDate)>;

/// Creates the period's row on `txn` (the caller commits): its id, or `None` when another
/// instance took the period first (on PostgreSQL the transaction must then be rolled back).
pub async fn create_period(
    txn: &impl ConnectionTrait,
    source: PeriodSource,
) -> anyhow::Result<Option<i32>> {
    let (wave_id, month, starts_at, ends_at) = match source {
        PeriodSource::Wave {
            wave_id,
            opens_at,
            closes_at,
        } => (Some(wave_id), None, opens_at, closes_at),
        PeriodSource::Month(month) => (
            None,
            Some(month),
            midnight(month),
            midnight(next_month(month)),
        ),
    };
    let inserted = result_period::ActiveModel {
        wave_id: Set(wave_id),
        month: Set(month),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        ..Default::default()
    }
    .insert(txn)
    .await;
    match inserted {
        Ok(period) => Ok(Some(period.id)),
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(None)
        }
        Err(error) => Err(error).context("Failed to create a result period"),
    }
}

/// Writes the aggregates of the released period `period_id` on `txn`: response groups, answer
/// counts and participation (from the invitations' `answered` flags, which must not be
/// cleared yet), with the responses `carried` over from earlier periods.
pub async fn aggregate(
    txn: &impl ConnectionTrait,
    period_id: i32,
    source: PeriodSource,
    carried: &Carried,
) -> anyhow::Result<()> {
    insert_groups(txn, period_id, source).await?;
    insert_counts(txn, period_id, source).await?;
    insert_slices(txn, period_id, source, carried).await
}

/// The `WHERE` of the period's responses.
fn responses_of(query: &mut SelectStatement, source: PeriodSource) {
    match source {
        PeriodSource::Wave { wave_id, .. } => {
            query.and_where(Expr::col((response::Entity, response::Column::WaveId)).eq(wave_id));
        }
        PeriodSource::Month(month) => {
            query
                .and_where(Expr::col((response::Entity, response::Column::WaveId)).is_null())
                .and_where(Expr::col((response::Entity, response::Column::SubmittedOn)).gte(month))
                .and_where(
                    Expr::col((response::Entity, response::Column::SubmittedOn))
                        .lt(next_month(month)),
                );
        }
    }
}

async fn insert_groups(
    txn: &impl ConnectionTrait,
    period_id: i32,
    source: PeriodSource,
) -> anyhow::Result<()> {
    let mut query = Query::select()
        .column(response::Column::RelationshipId)
        .column(response::Column::CustomerDepartmentId)
        .column(response::Column::NotApplicable)
        .expr(Expr::col(response::Column::Id).count())
        .from(response::Entity)
        .group_by_columns([
            response::Column::RelationshipId,
            response::Column::CustomerDepartmentId,
            response::Column::NotApplicable,
        ])
        .to_owned();
    responses_of(&mut query, source);
    let mut groups: BTreeMap<(i32, i32), (i32, i32)> = BTreeMap::new();
    for row in txn
        .query_all(&query)
        .await
        .context("Failed to count responses")?
    {
        let relationship: i32 = row.try_get_by_index(0)?;
        let department: i32 = row.try_get_by_index(1)?;
        let not_applicable: bool = row.try_get_by_index(2)?;
        let count: i64 = row.try_get_by_index(3)?;
        let count = i32::try_from(count).context("Response count out of range")?;
        let entry = groups.entry((relationship, department)).or_default();
        if not_applicable {
            entry.1 += count;
        } else {
            entry.0 += count;
        }
    }
    let rows: Vec<result_group::ActiveModel> = groups
        .into_iter()
        .map(
            |((relationship, department), (responses, not_applicable))| result_group::ActiveModel {
                period_id: Set(period_id),
                relationship_id: Set(relationship),
                customer_department_id: Set(department),
                responses: Set(responses),
                not_applicable: Set(not_applicable),
            },
        )
        .collect();
    for chunk in rows.chunks(500) {
        result_group::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to store response counts")?;
    }
    Ok(())
}

async fn insert_counts(
    txn: &impl ConnectionTrait,
    period_id: i32,
    source: PeriodSource,
) -> anyhow::Result<()> {
    let mut select = Query::select()
        .expr(Expr::val(period_id))
        .column((response::Entity, response::Column::RelationshipId))
        .column((response::Entity, response::Column::CustomerDepartmentId))
        .column((answer::Entity, answer::Column::QuestionId))
        .column((answer::Entity, answer::Column::ValueNumber))
        .expr(Expr::col((answer::Entity, answer::Column::QuestionId)).count())
        .from(response::Entity)
        .inner_join(
            answer::Entity,
            Expr::col((answer::Entity, answer::Column::ResponseId))
                .equals((response::Entity, response::Column::Id)),
        )
        .and_where(Expr::col((answer::Entity, answer::Column::ValueNumber)).is_not_null())
        .group_by_columns([
            (response::Entity, response::Column::RelationshipId),
            (response::Entity, response::Column::CustomerDepartmentId),
        ])
        .group_by_columns([
            (answer::Entity, answer::Column::QuestionId),
            (answer::Entity, answer::Column::ValueNumber),
        ])
        .to_owned();
    responses_of(&mut select, source);
    let insert = Query::insert()
        .into_table(result_count::Entity)
        .columns([
            result_count::Column::PeriodId,
            result_count::Column::RelationshipId,
            result_count::Column::CustomerDepartmentId,
            result_count::Column::QuestionId,
            result_count::Column::Value,
            result_count::Column::Answers,
        ])
        .select_from(select)
        .context("Failed to build the answer count statement")?
        .to_owned();
    txn.execute(&insert)
        .await
        .context("Failed to store answer counts")?;
    Ok(())
}

async fn insert_slices(
    txn: &impl ConnectionTrait,
    period_id: i32,
    source: PeriodSource,
    carried: &Carried,
) -> anyhow::Result<()> {
    let mut invited = invitation_section::Entity::find()
        .select_only()
        .column(invitation_section::Column::RelationshipId)
        .column(invitation::Column::Answered)
        .column_as(invitation_section::Column::InvitationId.count(), "invited")
        .inner_join(invitation::Entity)
        .group_by(invitation_section::Column::RelationshipId)
        .group_by(invitation::Column::Answered);
    invited = match source {
        PeriodSource::Wave { wave_id, .. } => {
            invited.filter(invitation::Column::WaveId.eq(wave_id))
        }
        PeriodSource::Month(month) => invited
            .filter(invitation::Column::Kind.eq(InvitationKind::Touchpoint))
            .filter(invitation::Column::CreatedAt.gte(midnight(month)))
            .filter(invitation::Column::CreatedAt.lt(midnight(next_month(month)))),
    };
    let mut counts: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
    for (relationship, answered, count) in
        invited
            .into_tuple::<(i32, bool, i64)>()
            .all(txn)
            .await
            .context("Failed to count invitations per relationship")?
    {
        let entry = counts.entry(relationship).or_default();
        entry.0 += count;
        if answered {
            entry.1 += count;
        }
    }
    let released: Vec<i32> = result_group::Entity::find()
        .select_only()
        .column(result_group::Column::RelationshipId)
        .distinct()
        .filter(result_group::Column::PeriodId.eq(period_id))
        .into_tuple()
        .all(txn)
        .await
        .context("Failed to list the released relationships")?;
    for relationship in released.iter().chain(carried.keys()) {
        counts.entry(*relationship).or_default();
    }
    let providers: BTreeMap<i32, i32> = relationship::Entity::find()
        .select_only()
        .columns([
            relationship::Column::Id,
            relationship::Column::ProviderDepartmentId,
        ])
        .filter(relationship::Column::Id.is_in(counts.keys().copied()))
        .into_tuple::<(i32, i32)>()
        .all(txn)
        .await
        .context("Failed to load the providers")?
        .into_iter()
        .collect();
    let mut rows = vec![];
    for (relationship, (invited, answered)) in counts {
        let Some(provider) = providers.get(&relationship) else {
            continue;
        };
        let (carried_over, carried_from) = carried
            .get(&relationship)
            .map_or((0, None), |(count, from)| (*count, Some(*from)));
        rows.push(result_slice::ActiveModel {
            period_id: Set(period_id),
            relationship_id: Set(relationship),
            provider_department_id: Set(*provider),
            invited: Set(i32::try_from(invited).context("Invitation count out of range")?),
            answered: Set(i32::try_from(answered).context("Answer count out of range")?),
            carried_over: Set(i32::try_from(carried_over).context("Carried count out of range")?),
            carried_from: Set(carried_from),
        });
    }
    for chunk in rows.chunks(500) {
        result_slice::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to store participation")?;
    }
    Ok(())
}

/// The first day of the month of `day`.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The first day of the month after `month`.
pub fn next_month(month: NaiveDate) -> NaiveDate {
    month
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(month)
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}
