//! Releasing sealed answers: when a wave closes (a touchpoint month ends), its sealed
//! submissions are opened and written as responses, answers and conversations — all of them
//! in one transaction, under fresh random ids and in their order — only in groups of at least k
//! per service (`fold`);
//! a service below k in the whole period stays sealed and waits for the next period of the
//! same cycle (or the next month). Rotating answers are dealt anew within each group (`deal`). The records opened are deleted; the sections held back are
//! sealed again, one record per submission, under the current key. A record that does not open
//! (its key is not configured, or it was altered) stops the release: nothing is written or
//! deleted, and the error names the key. Called by `report::materialize` inside the period's
//! transaction; nothing here is logged per submission.

pub mod deal;
pub mod fold;

use crate::sealing::{Ballot, BallotValue, SealingKeys};
use crate::store::invitations::department_parents;
use crate::store::results::answers::{self, ReleasedAnswer, ReleasedResponse};
use crate::store::results::result_aggregates::{Carried, PeriodSource};
use crate::store::results::sealed::{self, NewSealed, StoredSealed};
use crate::store::{programme::questionnaires, programme::wave_lifecycle};
use anyhow::{Context, anyhow};
use chrono::NaiveDate;
use sea_orm::ConnectionTrait;
use std::collections::{BTreeMap, HashMap};

/// What a release wrote, per relationship: the responses carried over from earlier periods and
/// the day of the earliest one (for "includes N answers carried over from ...").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Released {
    /// Submissions opened.
    pub opened: usize,
    /// Responses written.
    pub responses: usize,
    /// Sections sealed again because their service is still below k.
    pub held: usize,
    /// Relationship → (responses carried over from earlier periods, the earliest period's day).
    pub carried: Carried,
}

/// One opened submission: where it waited and what it says.
struct Opened {
    record: StoredSealed,
    /// The day of the period it was answered in.
    answered_in: NaiveDate,
    ballot: Ballot,
}

/// Opens and releases the sealed submissions that `source`'s period releases, on `txn` (the
/// caller commits): its own, and those held back from earlier periods of the same cycle (or
/// earlier months). `k` is `anonymity.min_group_size`.
pub async fn release(
    txn: &impl ConnectionTrait,
    keys: &SealingKeys,
    k: u32,
    source: PeriodSource,
) -> anyhow::Result<Released> {
    let (records, days, wave_id, dated) = match source {
        PeriodSource::Wave {
            wave_id, opens_at, ..
        } => {
            let waves = wave_lifecycle::closed_waves_of_cycle_until(txn, wave_id).await?;
            let ids: Vec<i32> = waves.iter().map(|(id, _)| *id).collect();
            let days: HashMap<i32, NaiveDate> = waves.into_iter().collect();
            let records = sealed::of_waves(txn, &ids).await?;
            (records, days, Some(wave_id), opens_at.date_naive())
        }
        PeriodSource::Month(month) => {
            let records = sealed::of_months_until(txn, month).await?;
            (records, HashMap::new(), None, month)
        }
    };
    if records.is_empty() {
        return Ok(Released::default());
    }
    let mut opened = Vec::with_capacity(records.len());
    for record in records {
        let ballot = Ballot::open(keys, &record.sealed.key_id, &record.sealed.bytes).map_err(|error| {
            anyhow!(
                "Cannot release the sealed answers of {}: a sealed submission {error}. Nothing was released or deleted",
                describe(source)
            )
        })?;
        let answered_in = match (record.sealed.wave_id, record.sealed.month) {
            (Some(wave), _) => days.get(&wave).copied().unwrap_or(dated),
            (None, Some(month)) => month,
            (None, None) => dated,
        };
        opened.push(Opened {
            record,
            answered_in,
            ballot,
        });
    }
    let parents = department_parents(txn).await?;
    let mut counts: BTreeMap<i32, BTreeMap<i32, u32>> = BTreeMap::new();
    for one in &opened {
        for section in &one.ballot.sections {
            *counts
                .entry(section.relationship_id)
                .or_default()
                .entry(one.ballot.customer_department_id)
                .or_insert(0) += 1;
        }
    }
    let groups: HashMap<i32, HashMap<i32, i32>> = counts
        .iter()
        .filter_map(|(relationship, by_department)| {
            fold::fold(by_department, &parents, k).map(|groups| (*relationship, groups))
        })
        .collect();

    let mut released = Released {
        opened: opened.len(),
        ..Released::default()
    };
    let mut responses = Vec::new();
    let mut resealed = Vec::new();
    let mut ids = Vec::with_capacity(opened.len());
    for one in opened {
        ids.push(one.record.id);
        let carried = one.record.sealed.wave_id != wave_id
            || (wave_id.is_none() && one.record.sealed.month != Some(dated));
        let Ballot {
            questionnaire_id,
            customer_department_id,
            sections,
        } = one.ballot;
        let mut kept = Vec::new();
        for section in sections {
            let Some(group) = groups
                .get(&section.relationship_id)
                .and_then(|groups| groups.get(&customer_department_id))
            else {
                kept.push(section);
                continue;
            };
            if carried {
                let entry = released
                    .carried
                    .entry(section.relationship_id)
                    .or_insert((0, one.answered_in));
                entry.0 += 1;
                entry.1 = entry.1.min(one.answered_in);
            }
            responses.push(ReleasedResponse {
                wave_id,
                relationship_id: section.relationship_id,
                customer_department_id: *group,
                questionnaire_id,
                dated,
                not_applicable: section.not_applicable,
                answers: section
                    .answers
                    .into_iter()
                    .map(|answer| {
                        let (number, text) = match answer.value {
                            BallotValue::Number(n) => (Some(n), None),
                            BallotValue::Text(t) => (None, Some(t)),
                        };
                        ReleasedAnswer {
                            question_id: answer.question_id,
                            number,
                            text,
                            conversation_token_hash: answer.conversation.map(hex::encode),
                        }
                    })
                    .collect(),
            });
        }
        if !kept.is_empty() {
            released.held += kept.len();
            let ballot = Ballot {
                questionnaire_id,
                customer_department_id,
                sections: kept,
            };
            let sealed = ballot
                .seal(keys)
                .context("Failed to seal the held-back answers again")?;
            resealed.push(NewSealed {
                wave_id: one.record.sealed.wave_id,
                month: one.record.sealed.month,
                key_id: sealed.key_id,
                bytes: sealed.bytes,
            });
        }
    }
    let questionnaires: Vec<i32> = responses.iter().map(|r| r.questionnaire_id).collect();
    let rotating = questionnaires::rotating_question_ids(txn, &questionnaires).await?;
    deal::deal(&mut responses, &rotating, &mut rand::rng());
    released.responses = responses.len();
    sealed::delete(txn, &ids).await?;
    sealed::insert(txn, resealed).await?;
    answers::insert_released(txn, responses).await?;
    Ok(released)
}

fn describe(source: PeriodSource) -> String {
    match source {
        PeriodSource::Wave { wave_id, .. } => format!("wave {wave_id}"),
        PeriodSource::Month(month) => format!("the touchpoints of {}", month.format("%Y-%m")),
    }
}
