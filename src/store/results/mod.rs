//! Reading results: a final period's aggregates, the periods of a set of relationships, live
//! participation of open waves, and the comments of a slice. Counts and texts only; which of
//! them may be shown is the gate's decision (`report::gate`), not the store's.
//!
//! Beside it: sealed submissions (`sealed`), the release's write path for answers
//! (`answers`), what is left of participation (`participation`), the aggregates
//! (`result_aggregates`), who is told results are ready (`result_notifications`) and the
//! slices and counts the comment gate decides on (`slices`).

pub mod answers;
pub mod participation;
pub mod result_aggregates;
pub mod result_notifications;
pub mod sealed;
pub mod slices;

use crate::domain::period_counts::{GroupCounts, GroupKey, PeriodCounts};
use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use entity::question::QuestionKind;
use entity::wave::WaveState;
use entity::{
    answer, conversation, invitation, invitation_section, question, response, result_count,
    result_group, result_period, result_slice, wave,
};
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, RelationTrait,
};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A final period as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// The period's id.
    pub id: i32,
    /// The wave, for a wave period.
    pub wave_id: Option<i32>,
    /// The wave's cycle, for a wave period.
    pub cycle_id: Option<i32>,
    /// The questionnaire the wave used, for a wave period.
    pub questionnaire_id: Option<i32>,
    /// The first day of the month, for a touchpoint period.
    pub month: Option<NaiveDate>,
    /// Beginning of the period.
    pub starts_at: DateTime<Utc>,
    /// End of the period.
    pub ends_at: DateTime<Utc>,
}

/// Participation in one relationship during a period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Participation {
    /// The providing department.
    pub provider_id: i32,
    /// Invitations that asked about it.
    pub invited: u32,
    /// Invitations answered.
    pub answered: u32,
    /// Responses released in this period that were answered in earlier rounds (held back
    /// until the service had k).
    pub carried_over: u32,
    /// The opening day of the earliest of those rounds.
    pub carried_from: Option<chrono::NaiveDate>,
}

fn count(value: i32) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

/// The periods with the given ids (missing ids are skipped).
pub async fn periods(db: &impl ConnectionTrait, ids: &[i32]) -> anyhow::Result<Vec<Period>> {
    let rows = result_period::Entity::find()
        .filter(result_period::Column::Id.is_in(ids.iter().copied()))
        .find_also_related(wave::Entity)
        .all(db)
        .await
        .context("Failed to load result periods")?;
    Ok(rows.into_iter().map(|(p, w)| period_of(p, w)).collect())
}

fn period_of(period: result_period::Model, wave: Option<wave::Model>) -> Period {
    Period {
        id: period.id,
        wave_id: period.wave_id,
        cycle_id: wave.as_ref().map(|w| w.cycle_id),
        questionnaire_id: wave.as_ref().map(|w| w.questionnaire_id),
        month: period.month,
        starts_at: period.starts_at,
        ends_at: period.ends_at,
    }
}

/// Ids of the most recent periods of any kind (newest first), at most `limit`.
pub async fn recent_period_ids(db: &impl ConnectionTrait, limit: u64) -> anyhow::Result<Vec<i32>> {
    result_period::Entity::find()
        .select_only()
        .column(result_period::Column::Id)
        .order_by_desc(result_period::Column::StartsAt)
        .order_by_desc(result_period::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list recent result periods")
}

/// The most recent wave periods (newest first), at most `limit`.
pub async fn recent_wave_periods(
    db: &impl ConnectionTrait,
    limit: u64,
) -> anyhow::Result<Vec<Period>> {
    let rows = result_period::Entity::find()
        .filter(result_period::Column::WaveId.is_not_null())
        .order_by_desc(result_period::Column::StartsAt)
        .order_by_desc(result_period::Column::Id)
        .limit(limit)
        .find_also_related(wave::Entity)
        .all(db)
        .await
        .context("Failed to list recent result periods")?;
    Ok(rows.into_iter().map(|(p, w)| period_of(p, w)).collect())
}

/// `(period id, relationship id)` of every period that asked about one of `relationships`,
/// newest first; wave periods when `months` is false, touchpoint months when true.
pub async fn periods_of_relationships(
    db: &impl ConnectionTrait,
    relationships: &[i32],
    months: bool,
) -> anyhow::Result<Vec<(i32, i32)>> {
    let kind = if months {
        result_period::Column::Month.is_not_null()
    } else {
        result_period::Column::WaveId.is_not_null()
    };
    result_slice::Entity::find()
        .select_only()
        .column(result_slice::Column::PeriodId)
        .column(result_slice::Column::RelationshipId)
        .join(
            JoinType::InnerJoin,
            result_slice::Relation::ResultPeriod.def(),
        )
        .filter(result_slice::Column::RelationshipId.is_in(relationships.iter().copied()))
        .filter(kind)
        .order_by_desc(result_period::Column::StartsAt)
        .order_by_desc(result_period::Column::Id)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list the periods of relationships")
}

/// The counts of one period: groups, answer histograms and providers.
pub async fn period_counts(
    db: &impl ConnectionTrait,
    period_id: i32,
) -> anyhow::Result<(PeriodCounts, BTreeMap<i32, Participation>)> {
    let mut counts = PeriodCounts::default();
    let groups = result_group::Entity::find()
        .filter(result_group::Column::PeriodId.eq(period_id))
        .all(db)
        .await
        .context("Failed to load response counts")?;
    for group in groups {
        counts.groups.insert(
            GroupKey {
                relationship_id: group.relationship_id,
                department_id: group.customer_department_id,
            },
            GroupCounts {
                responses: count(group.responses),
                not_applicable: count(group.not_applicable),
                questions: BTreeMap::new(),
            },
        );
    }
    let answers = result_count::Entity::find()
        .filter(result_count::Column::PeriodId.eq(period_id))
        .all(db)
        .await
        .context("Failed to load answer counts")?;
    for row in answers {
        let key = GroupKey {
            relationship_id: row.relationship_id,
            department_id: row.customer_department_id,
        };
        counts
            .groups
            .entry(key)
            .or_default()
            .questions
            .entry(row.question_id)
            .or_default()
            .add(row.value, count(row.answers));
    }
    let slices = result_slice::Entity::find()
        .filter(result_slice::Column::PeriodId.eq(period_id))
        .all(db)
        .await
        .context("Failed to load participation")?;
    let mut participation = BTreeMap::new();
    for slice in slices {
        counts
            .providers
            .insert(slice.relationship_id, slice.provider_department_id);
        participation.insert(
            slice.relationship_id,
            Participation {
                provider_id: slice.provider_department_id,
                invited: count(slice.invited),
                answered: count(slice.answered),
                carried_over: count(slice.carried_over),
                carried_from: slice.carried_from,
            },
        );
    }
    Ok((counts, participation))
}

/// An open wave that asks about some of the relationships, with live participation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenWave {
    /// The wave.
    pub wave_id: i32,
    /// When it closes.
    pub closes_at: DateTime<Utc>,
    /// Relationship id → (invited, answered).
    pub participation: BTreeMap<i32, (u32, u32)>,
}

/// The open waves, with invited and answered counts per relationship they ask about (counts
/// of invitations; never who).
pub async fn open_waves(db: &impl ConnectionTrait) -> anyhow::Result<Vec<OpenWave>> {
    let rows: Vec<(i32, DateTime<Utc>, i32, bool, i64)> = invitation_section::Entity::find()
        .select_only()
        .column(wave::Column::Id)
        .column(wave::Column::ClosesAt)
        .column(invitation_section::Column::RelationshipId)
        .column(invitation::Column::Answered)
        .column_as(invitation_section::Column::InvitationId.count(), "invited")
        .join(
            JoinType::InnerJoin,
            invitation_section::Relation::Invitation.def(),
        )
        .join(JoinType::InnerJoin, invitation::Relation::Wave.def())
        .filter(wave::Column::State.eq(WaveState::Open))
        .group_by(wave::Column::Id)
        .group_by(wave::Column::ClosesAt)
        .group_by(invitation_section::Column::RelationshipId)
        .group_by(invitation::Column::Answered)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to count live participation")?;
    let mut waves: BTreeMap<i32, OpenWave> = BTreeMap::new();
    for (wave_id, closes_at, relationship, answered, invitations) in rows {
        let invitations = u32::try_from(invitations).unwrap_or(u32::MAX);
        let entry = waves.entry(wave_id).or_insert_with(|| OpenWave {
            wave_id,
            closes_at,
            participation: BTreeMap::new(),
        });
        let counts = entry.participation.entry(relationship).or_default();
        counts.0 += invitations;
        if answered {
            counts.1 += invitations;
        }
    }
    Ok(waves.into_values().collect())
}

/// One comment or thanks: its question, its text and its conversation (if one was opened).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// The question it answers.
    pub question_id: i32,
    /// What kind of question (text or thanks).
    pub kind: QuestionKind,
    /// The text.
    pub text: String,
    /// The private conversation about it, if its author can be replied to.
    pub conversation_id: Option<Uuid>,
}

/// The comments and thanks about `relationship_id` in a period (a wave, or a touchpoint month),
/// in a shuffled order that stays the same from one page view to the next (so they can be
/// paged) and says nothing about when they were written or which ones came from one person.
pub async fn comments(
    db: &impl ConnectionTrait,
    period: &Period,
    relationship_id: i32,
) -> anyhow::Result<Vec<Comment>> {
    // Naming the text questions lets the database fetch each response's text answers by the
    // answer table's primary key instead of reading every answer of every response.
    let text_questions: Vec<i32> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .filter(question::Column::Kind.is_in([QuestionKind::Text, QuestionKind::Thanks]))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list the comment questions")?;
    if text_questions.is_empty() {
        return Ok(vec![]);
    }
    let mut query = Query::select()
        .column((answer::Entity, answer::Column::QuestionId))
        .column((question::Entity, question::Column::Kind))
        .column((answer::Entity, answer::Column::ValueText))
        .column((conversation::Entity, conversation::Column::Id))
        .column((answer::Entity, answer::Column::ResponseId))
        .from(response::Entity)
        .inner_join(
            answer::Entity,
            Expr::col((answer::Entity, answer::Column::ResponseId))
                .equals((response::Entity, response::Column::Id)),
        )
        .inner_join(
            question::Entity,
            Expr::col((question::Entity, question::Column::Id))
                .equals((answer::Entity, answer::Column::QuestionId)),
        )
        .left_join(
            conversation::Entity,
            Expr::col((conversation::Entity, conversation::Column::ResponseId))
                .equals((answer::Entity, answer::Column::ResponseId))
                .and(
                    Expr::col((conversation::Entity, conversation::Column::QuestionId))
                        .equals((answer::Entity, answer::Column::QuestionId)),
                ),
        )
        .and_where(
            Expr::col((response::Entity, response::Column::RelationshipId)).eq(relationship_id),
        )
        .and_where(Expr::col((answer::Entity, answer::Column::QuestionId)).is_in(text_questions))
        .and_where(Expr::col((answer::Entity, answer::Column::ValueText)).is_not_null())
        .to_owned();
    match (period.wave_id, period.month) {
        (Some(wave_id), _) => {
            query.and_where(Expr::col((response::Entity, response::Column::WaveId)).eq(wave_id));
        }
        (None, Some(month)) => {
            query
                .and_where(Expr::col((response::Entity, response::Column::WaveId)).is_null())
                .and_where(Expr::col((response::Entity, response::Column::SubmittedOn)).gte(month))
                .and_where(
                    Expr::col((response::Entity, response::Column::SubmittedOn))
                        .lt(crate::store::results::result_aggregates::next_month(month)),
                );
        }
        (None, None) => return Ok(vec![]),
    }
    let rows = db
        .query_all(&query)
        .await
        .context("Failed to load comments")?;
    let mut keyed = Vec::with_capacity(rows.len());
    for row in rows {
        let text: Option<String> = row.try_get_by_index(2)?;
        let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let question_id: i32 = row.try_get_by_index(0)?;
        let response_id: Uuid = row.try_get_by_index(4)?;
        keyed.push((
            shuffle_key(response_id, question_id),
            Comment {
                question_id,
                kind: row.try_get_by_index(1)?,
                text,
                conversation_id: row.try_get_by_index(3)?,
            },
        ));
    }
    keyed.sort_by_key(|(key, _)| *key);
    Ok(keyed.into_iter().map(|(_, comment)| comment).collect())
}

/// Every question of `questionnaire` (a wave's) and of the questionnaires that the questions
/// with the given ids belong to, with their stored translations, in questionnaire order: a
/// period's answered questions and the ones its questionnaire had but nobody answered.
pub async fn questionnaires_of(
    db: &impl ConnectionTrait,
    questionnaire: Option<i32>,
    ids: &[i32],
) -> anyhow::Result<Vec<crate::domain::survey::Question>> {
    let mut questionnaires: Vec<i32> = question::Entity::find()
        .select_only()
        .column(question::Column::QuestionnaireId)
        .distinct()
        .filter(question::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(question::Column::QuestionnaireId)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find the questionnaires of a period")?;
    if let Some(id) = questionnaire.filter(|id| !questionnaires.contains(id)) {
        questionnaires.push(id);
        questionnaires.sort_unstable();
    }
    let mut found = vec![];
    for questionnaire in questionnaires {
        found.extend(crate::store::survey::questions(db, questionnaire).await?);
    }
    Ok(found)
}

/// The final wave of `cycle_id` that began last before `before`.
pub async fn previous_wave_period(
    db: &impl ConnectionTrait,
    cycle_id: i32,
    before: DateTime<Utc>,
) -> anyhow::Result<Option<Period>> {
    let row = result_period::Entity::find()
        .find_also_related(wave::Entity)
        .filter(wave::Column::CycleId.eq(cycle_id))
        .filter(result_period::Column::StartsAt.lt(before))
        .order_by_desc(result_period::Column::StartsAt)
        .one(db)
        .await
        .context("Failed to find the previous wave's results")?;
    Ok(row.map(|(p, w)| period_of(p, w)))
}

/// A sort key that scatters comments: the SHA-256 of the (random) response id and question.
fn shuffle_key(response_id: Uuid, question_id: i32) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(response_id.as_bytes());
    hasher.update(question_id.to_be_bytes());
    hasher.finalize().into()
}
