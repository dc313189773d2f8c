//! Opening a wave, in one transaction: create the wave (unique per cycle and opening time, so
//! a second opener is a no-op), assign sections, fit them to the cycle's maximum number of
//! questions and pick their rotating questions (`sections`), create the invitations and their
//! sections, update the rotation history, lock the questionnaire and — for scheduled openings — move
//! the cycle's next opening on.

use super::assign::{self, AssignmentInput};
use super::budget::Limits;
use super::rotation::RotationKey;
use super::sections::{self, Layout};
use super::token::{TokenInput, storable_now, survey_token};
use crate::config::SecuritySettings;
use crate::domain::{Cadence, Timezone};
use crate::store::invitations::{self, NewInvitation, NewSection};
use crate::store::{claim, invitations::lookup, programme::wave_lifecycle};
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::cycle;
use entity::invitation::{DeliveryState, InvitationKind};
use sea_orm::{ConnectionTrait, TransactionSession, TransactionTrait};
use std::collections::HashMap;

/// A wave that was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenedWave {
    /// The new wave.
    pub wave_id: i32,
    /// Invitations created.
    pub invited: usize,
}

/// Opens the scheduled wave of a due cycle and moves its next opening on. `None` when the
/// cycle is no longer due (another instance opened it) or its opening is too old to be useful
/// (the wave would already be closed; the opening is skipped).
pub async fn open_scheduled(
    db: &impl TransactionTrait,
    security: &SecuritySettings,
    cycle_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<OpenedWave>> {
    let txn = claim::begin(db)
        .await
        .context("Failed to start opening a wave")?;
    let Some(cycle) = wave_lifecycle::lock_due_cycle(&txn, cycle_id, now).await? else {
        return Ok(None);
    };
    let Some(opens_at) = cycle.next_opening_at else {
        return Ok(None);
    };
    let next = next_opening(&cycle, opens_at.max(now));
    wave_lifecycle::set_next_opening(&txn, cycle.id, next).await?;
    let closes_at = closes_at(&cycle, opens_at);
    let opened = if closes_at <= now {
        tracing::warn!(
            cycle.id = cycle.id,
            "skipped a wave opening that was missed by more than its days open"
        );
        None
    } else {
        match create(&txn, security, &cycle, opens_at, closes_at, now).await? {
            Some(opened) => Some(opened),
            // The unique (cycle, opens_at) caught a second opener: nothing to commit.
            None => return Ok(None),
        }
    };
    txn.commit()
        .await
        .context("Failed to commit the opened wave")?;
    Ok(opened)
}

/// Opens a wave of `cycle` right now, whatever its schedule (HR's "open a wave now"). `None`
/// when the cycle does not exist or a wave opened at this very instant already.
pub async fn open_now(
    db: &impl TransactionTrait,
    security: &SecuritySettings,
    cycle_id: i32,
) -> anyhow::Result<Option<OpenedWave>> {
    let now = storable_now();
    let txn = claim::begin(db)
        .await
        .context("Failed to start opening a wave")?;
    let Some(cycle) = wave_lifecycle::find_cycle(&txn, cycle_id).await? else {
        return Ok(None);
    };
    let closes_at = closes_at(&cycle, now);
    let Some(opened) = create(&txn, security, &cycle, now, closes_at, now).await? else {
        return Ok(None);
    };
    txn.commit()
        .await
        .context("Failed to commit the opened wave")?;
    Ok(Some(opened))
}

fn closes_at(cycle: &cycle::Model, opens_at: DateTime<Utc>) -> DateTime<Utc> {
    opens_at + TimeDelta::days(i64::from(cycle.days_open.max(1)))
}

/// The cycle's first opening strictly after `after`; `None` when the rule has ended or can no
/// longer be read (logged, so HR can fix the cycle).
fn next_opening(cycle: &cycle::Model, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let cadence = Timezone::parse(&cycle.timezone)
        .and_then(|tz| Cadence::new(&cycle.rrule, tz, cycle.starts_at));
    match cadence {
        Ok(cadence) => cadence.next_after(after),
        Err(reason) => {
            tracing::error!(cycle.id = cycle.id, %reason, "a cycle's schedule cannot be read; no further waves");
            None
        }
    }
}

/// Creates the wave and everything hanging off it; `None` when the wave exists already.
async fn create(
    db: &impl ConnectionTrait,
    security: &SecuritySettings,
    cycle: &cycle::Model,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<OpenedWave>> {
    let Some(wave_id) = wave_lifecycle::insert_wave(db, cycle, opens_at, closes_at, now).await?
    else {
        return Ok(None);
    };
    wave_lifecycle::lock_questionnaire(db, cycle.questionnaire_id).await?;
    let relationships = wave_lifecycle::cycle_relationships(db, cycle).await?;
    let candidates = invitations::candidates(&relationships);
    let relationship_ids: Vec<i32> = candidates.iter().map(|c| c.id).collect();
    let roster = invitations::active_employees(db).await?;
    let employees: Vec<(i32, i32)> = roster
        .iter()
        .map(|(id, department, _)| (*id, *department))
        .collect();
    // The roster as the wave opens: each invitation keeps its employee's address and department.
    let at_open: HashMap<i32, (i32, &str)> = roster
        .iter()
        .map(|(id, department, email)| (*id, (*department, email.as_str())))
        .collect();
    let parents = invitations::department_parents(db).await?;
    let history = invitations::section_history(db, &relationship_ids).await?;
    let assignments = assign::assign(
        &AssignmentInput {
            employees: &employees,
            parents: &parents,
            relationships: &candidates,
            history: &history,
            cap: usize::try_from(cycle.fatigue_cap).unwrap_or(1),
            sample_percent: cycle.sample_percent.and_then(|p| u8::try_from(p).ok()),
        },
        &mut rand::rng(),
    );
    let questions = lookup::question_keys(db, cycle.questionnaire_id).await?;
    let layout = Layout::new(&questions);
    let standards: HashMap<i32, bool> = relationships
        .iter()
        .map(|r| {
            let has = r
                .service_standard
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty());
            (r.id, has)
        })
        .collect();
    let (planned, asked) = sections::plan(
        &RotationKey::new(security),
        &assignments,
        &standards,
        &layout,
        &history,
        Limits::of(cycle, layout.core_questions()),
        &mut rand::rng(),
    );
    let created_at = storable_now();
    let new: Vec<NewInvitation> = assignments
        .iter()
        .filter_map(|a| {
            let &(department_id, email) = at_open.get(&a.employee_id)?;
            let input = TokenInput {
                kind: InvitationKind::Wave,
                wave_id: Some(wave_id),
                employee_id: a.employee_id,
                created_at,
            };
            Some(NewInvitation {
                kind: InvitationKind::Wave,
                wave_id: Some(wave_id),
                employee_id: a.employee_id,
                token_hash: survey_token(security, &input).hash(),
                context_label: None,
                expires_at: None,
                delivery_state: DeliveryState::Pending,
                claimed_until: None,
                attempts: 0,
                created_at,
                email: email.to_owned(),
                department_id,
            })
        })
        .collect();
    invitations::insert_all(db, new).await?;
    let ids = invitations::ids_by_employee(db, wave_id).await?;
    let rows: Vec<NewSection> = planned
        .iter()
        .filter_map(|section| {
            Some(NewSection {
                invitation_id: *ids.get(&section.employee_id)?,
                relationship_id: section.relationship_id,
                position: section.position,
                rotating_from: section.rotating_from,
                rotating_count: section.rotating_count,
            })
        })
        .collect();
    invitations::insert_sections(db, &rows).await?;
    invitations::record_asked(db, &asked, now).await?;
    tracing::info!(
        wave.id = wave_id,
        cycle.id = cycle.id,
        wave.invited = assignments.len(),
        "opened a wave"
    );
    Ok(Some(OpenedWave {
        wave_id,
        invited: assignments.len(),
    }))
}
