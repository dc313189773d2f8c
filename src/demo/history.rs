//! Eight weeks of past survey activity: the weekly cycle (a short pulse: the core questions
//! and one rotating question per section, at most ten per wave), its closed waves, the
//! invitations with their sections (assigned like the wave opener does: the relationships
//! serving the employee's department, an ancestor or the whole organisation, at most the
//! fatigue cap, least recently asked first; their questions by `questions`) and the rotation
//! bookkeeping in `section_history`.

use super::batch::insert_all;
use super::calendar::{next_monday_opening, weeks_before};
use super::organisation::Organisation;
use super::questions::{self, Counters};
use super::responses::{self, Answered};
use super::sections::{FATIGUE_CAP, Invited, Rotation, invite};
use crate::domain::{SecretToken, pulse};
use crate::waves::budget::Limits;
use crate::waves::rotation::RotationKey;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::cycle::ShortenBy;
use entity::invitation::{DeliveryState, InvitationKind};
use entity::{cycle, invitation, invitation_section, question, section_history, wave};
use rand::Rng;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// Closed waves of history.
pub const WEEKS: usize = 8;
/// Days a wave stays open.
const DAYS_OPEN: i32 = 5;
/// Days after sending before the one reminder.
const REMINDER_AFTER_DAYS: i32 = 2;

/// A created wave.
pub struct Wave {
    /// Its id.
    pub id: i32,
    /// When it opened.
    pub opens_at: DateTime<Utc>,
    /// When it closed.
    pub closes_at: DateTime<Utc>,
}

/// What the history contains.
pub struct History {
    /// The weekly cycle.
    pub cycle_id: i32,
    /// Its closed waves, oldest first.
    pub waves: Vec<Wave>,
    /// Invitations sent.
    pub invitations: usize,
    /// Responses stored (not-applicable ones included).
    pub responses: usize,
    /// Answers stored.
    pub answers: usize,
}

/// Creates the cycle, its waves, invitations, sections, responses and answers.
#[expect(
    clippy::too_many_arguments,
    reason = "the demo's parts, each used once"
)]
pub async fn create(
    db: &impl ConnectionTrait,
    rng: &mut impl Rng,
    keys: &crate::sealing::SealingKeys,
    rotation_key: &RotationKey,
    organisation: &Organisation,
    questionnaire_id: i32,
    questions: &[question::Model],
    now: DateTime<Utc>,
) -> anyhow::Result<History> {
    let next_opening = next_monday_opening(now)?;
    // The most recent Monday's wave may still be running at `now`; history holds closed ones.
    let last_closed = weeks_before(next_opening, 1)? + TimeDelta::days(DAYS_OPEN.into()) <= now;
    let newest = if last_closed { 1 } else { 2 };
    let mut openings = Vec::with_capacity(WEEKS);
    for weeks_back in (newest..newest + WEEKS as u64).rev() {
        openings.push(weeks_before(next_opening, weeks_back)?);
    }
    let first_opening = *openings.first().context("The history has no weeks")?;
    let core = questions.iter().filter(|q| q.core).count();
    let questions_per_section = i32::try_from(core)? + pulse::DEFAULT_ROTATING_PER_SECTION;
    let cycle_id = insert_cycle(
        db,
        questionnaire_id,
        questions_per_section,
        first_opening,
        next_opening,
    )
    .await?;
    let waves = insert_waves(db, cycle_id, questionnaire_id, openings).await?;
    let (mut invited, rotation) = invite(rng, organisation, &waves);
    let limits = Limits {
        rotating_per_section: usize::try_from(pulse::DEFAULT_ROTATING_PER_SECTION)?,
        max_answers: Some(usize::try_from(pulse::DEFAULT_MAX_ANSWERS_PER_WAVE)?),
        shorten_by: ShortenBy::default(),
    };
    let counters = questions::plan(
        rotation_key,
        rng,
        organisation,
        &mut invited,
        questions,
        limits,
    );
    insert_invitations(db, organisation, &waves, &invited).await?;
    insert_all(
        db,
        section_history_rows(organisation, rotation, &counters, &waves),
    )
    .await?;

    let answered: Vec<Answered> = invited
        .iter()
        .filter(|one| one.answered)
        .map(|one| Answered {
            week: one.week,
            employee: one.employee,
            sections: one.sections.clone(),
            asks: one.asks.iter().map(|a| a.questions.clone()).collect(),
        })
        .collect();
    let (responses, answers) = responses::create(
        db,
        rng,
        keys,
        organisation,
        &waves,
        questionnaire_id,
        questions,
        &answered,
    )
    .await?;
    Ok(History {
        cycle_id,
        waves,
        invitations: invited.len(),
        responses,
        answers,
    })
}

async fn insert_waves(
    db: &impl ConnectionTrait,
    cycle_id: i32,
    questionnaire_id: i32,
    openings: Vec<DateTime<Utc>>,
) -> anyhow::Result<Vec<Wave>> {
    let mut waves = Vec::with_capacity(openings.len());
    for opens_at in openings {
        let closes_at = opens_at + TimeDelta::days(DAYS_OPEN.into());
        let model = wave::ActiveModel {
            cycle_id: Set(cycle_id),
            questionnaire_id: Set(questionnaire_id),
            opens_at: Set(opens_at),
            closes_at: Set(closes_at),
            state: Set(wave::WaveState::Closed),
            created_at: Set(opens_at),
            ..Default::default()
        }
        .insert(db)
        .await
        .context("Failed to insert a demo wave")?;
        waves.push(Wave {
            id: model.id,
            opens_at,
            closes_at,
        });
    }
    Ok(waves)
}

/// Stores the invitations (delivered, with hashed fresh tokens) and their sections.
async fn insert_invitations(
    db: &impl ConnectionTrait,
    organisation: &Organisation,
    waves: &[Wave],
    invited: &[Invited],
) -> anyhow::Result<()> {
    let rows = invited
        .iter()
        .map(|one| invitation_row(one, waves, organisation.employees[one.employee].id))
        .collect();
    insert_all(db, rows).await?;
    let ids = invitation_ids(db, waves).await?;
    let mut sections = Vec::new();
    for one in invited {
        let employee = &organisation.employees[one.employee];
        let invitation_id = *ids
            .get(&(waves[one.week].id, employee.id))
            .context("An inserted invitation was not found")?;
        for ((position, relationship), asks) in (1..).zip(&one.sections).zip(&one.asks) {
            sections.push(invitation_section::ActiveModel {
                invitation_id: Set(invitation_id),
                relationship_id: Set(organisation.relationships[*relationship].id),
                position: Set(position),
                rotating_from: Set(Some(asks.rotating_from)),
                rotating_count: Set(asks.rotating_count),
            });
        }
    }
    insert_all(db, sections).await
}

async fn insert_cycle(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
    questions_per_section: i32,
    starts_at: DateTime<Utc>,
    next_opening_at: DateTime<Utc>,
) -> anyhow::Result<i32> {
    let created_at = starts_at - TimeDelta::days(7);
    let model = cycle::ActiveModel {
        name: Set("Weekly internal service pulse".to_owned()),
        questionnaire_id: Set(questionnaire_id),
        all_relationships: Set(true),
        rrule: Set("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0;BYSECOND=0".to_owned()),
        timezone: Set("Europe/Amsterdam".to_owned()),
        starts_at: Set(starts_at),
        days_open: Set(DAYS_OPEN),
        reminder_after_days: Set(Some(REMINDER_AFTER_DAYS)),
        max_reminders: Set(1),
        fatigue_cap: Set(FATIGUE_CAP as i32),
        questions_per_section: Set(Some(questions_per_section)),
        max_answers_per_wave: Set(Some(pulse::DEFAULT_MAX_ANSWERS_PER_WAVE)),
        shorten_by: Set(ShortenBy::default()),
        sample_percent: Set(None),
        active: Set(true),
        next_opening_at: Set(Some(next_opening_at)),
        created_at: Set(created_at),
        updated_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to insert the demo cycle")?;
    Ok(model.id)
}

fn invitation_row(one: &Invited, waves: &[Wave], employee_id: i32) -> invitation::ActiveModel {
    let wave = &waves[one.week];
    // Invitations go out in the first minutes after opening.
    let sent_at = wave.opens_at + TimeDelta::seconds(((one.employee * 7) % 900) as i64 + 30);
    let reminded = !one.answered || one.day >= REMINDER_AFTER_DAYS as u64;
    invitation::ActiveModel {
        wave_id: Set(Some(wave.id)),
        kind: Set(InvitationKind::Wave),
        employee_id: Set(employee_id),
        token_hash: Set(SecretToken::generate().hash()),
        context_label: Set(None),
        expires_at: Set(None),
        delivery_state: Set(DeliveryState::Sent),
        attempts: Set(1),
        next_attempt_at: Set(None),
        claimed_until: Set(None),
        last_error: Set(None),
        sent_at: Set(Some(sent_at)),
        reminders_sent: Set(i32::from(reminded)),
        next_reminder_at: Set(None),
        answered: Set(one.answered),
        created_at: Set(wave.opens_at),
        ..Default::default()
    }
}

/// Invitation ids of the waves by (wave id, employee id).
async fn invitation_ids(
    db: &impl ConnectionTrait,
    waves: &[Wave],
) -> anyhow::Result<HashMap<(i32, i32), i32>> {
    let stored = invitation::Entity::find()
        .filter(invitation::Column::WaveId.is_in(waves.iter().map(|wave| wave.id)))
        .all(db)
        .await
        .context("Failed to read back the demo invitations")?;
    Ok(stored
        .into_iter()
        .filter_map(|row| {
            row.wave_id
                .map(|wave_id| ((wave_id, row.employee_id), row.id))
        })
        .collect())
}

/// The final rotation bookkeeping: when each employee was last asked about each relationship.
fn section_history_rows(
    organisation: &Organisation,
    rotation: Rotation,
    counters: &Counters,
    waves: &[Wave],
) -> Vec<section_history::ActiveModel> {
    let mut rows: Vec<_> = rotation.into_iter().collect();
    rows.sort_unstable_by_key(|(key, _)| *key);
    rows.into_iter()
        .map(
            |((employee, relationship), asked)| section_history::ActiveModel {
                employee_id: Set(organisation.employees[employee].id),
                relationship_id: Set(organisation.relationships[relationship].id),
                last_asked_at: Set(waves[asked.last_week].opens_at),
                times_asked: Set(asked.times),
                rotating_asked: Set(counters.get(&(employee, relationship)).copied().flatten()),
            },
        )
        .collect()
}
