//! Seeding past waves in bulk (plain multi-row INSERTs, not HTTP) until the database holds
//! the requested number of answers. The waves are left open past their closing time, so the
//! scheduler pass that follows closes them the way it closes real waves (and turns them into
//! results, where the build does that). Per wave: an invitation for every employee with
//! sections assigned by innerpulse's own assignment logic, about 85 % of them answered, one
//! response per answered section dated within the wave's days and answers generated like the
//! demo's respondents answer (the built-in questionnaire's kinds and ranges, texts in the
//! employee's language). Responses and answers go in shuffled order, as the real write path
//! stores them.

use super::bulk::insert_all;
use super::organisation::Organisation;
use anyhow::Context;
use chrono::{DateTime, Days, TimeDelta, Utc};
use entity::invitation::{DeliveryState, InvitationKind};
use entity::wave::WaveState;
use entity::{answer, invitation, relationship, response, wave};
use innerpulse::demo::answers::{Profile, answer_section};
use innerpulse::domain::Locale;
use innerpulse::store::{invitations, programme::questionnaires};
use innerpulse::waves::assign::{self, AssignmentInput};
use rand::Rng;
use rand::seq::SliceRandom;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set,
    TransactionTrait,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::Instant;

/// Share of invitations answered in a past wave.
const RESPONSE_RATE: f64 = 0.85;
/// Share of sections answered with "I haven't used this service recently".
const NOT_APPLICABLE_SHARE: f64 = 0.05;
/// Safety stop: never seed more past waves than this.
const MAX_WAVES: usize = 200;

/// What the seeding did.
#[derive(Clone, Debug, Serialize)]
pub struct Seeded {
    /// Past waves created (open, past their closing time).
    pub waves: usize,
    /// Responses created.
    pub responses: u64,
    /// Answers created.
    pub answers_created: u64,
    /// Answers in the database afterwards (the live wave's included).
    pub answers_total: u64,
    /// Wall time, seconds.
    pub seconds: f64,
}

/// Adds closed waves until `target` answers are stored.
pub async fn seed(
    db: &DatabaseConnection,
    organisation: &Organisation,
    profiles: &HashMap<i32, Profile>,
    target: u64,
) -> anyhow::Result<Seeded> {
    let started = Instant::now();
    let questions = questionnaires::questions(db, organisation.questionnaire_id).await?;
    let relationships = relationship::Entity::find()
        .all(db)
        .await
        .context("Failed to read relationships")?;
    let candidates = invitations::candidates(&relationships);
    let parents = invitations::department_parents(db).await?;
    let employees: Vec<(i32, i32)> = organisation
        .employees
        .iter()
        .map(|&(id, department, _)| (id, department))
        .collect();
    let people: HashMap<i32, (i32, Locale)> = organisation
        .employees
        .iter()
        .map(|&(id, department, locale)| (id, (department, locale)))
        .collect();
    let mut rng = rand::rng();
    let mut seeded = Seeded {
        waves: 0,
        responses: 0,
        answers_created: 0,
        answers_total: answer::Entity::find().count(db).await?,
        seconds: 0.0,
    };
    while seeded.answers_total < target && seeded.waves < MAX_WAVES {
        let weeks_ago = i64::try_from(seeded.waves).unwrap_or(0) + 1;
        let opens_at = Utc::now() - TimeDelta::weeks(weeks_ago);
        let assignments = assign::assign(
            &AssignmentInput {
                employees: &employees,
                parents: &parents,
                relationships: &candidates,
                history: &HashMap::new(),
                cap: 3,
                sample_percent: None,
            },
            &mut rng,
        );
        let txn = db.begin().await.context("Failed to begin a past wave")?;
        let wave_id = create_wave(&txn, organisation, opens_at).await?;
        let answered = create_invitations(&txn, wave_id, opens_at, &assignments, &mut rng).await?;
        let mut responses = Vec::new();
        let mut answers = Vec::new();
        for (employee_id, sections) in answered {
            let Some(&(department, locale)) = people.get(&employee_id) else {
                continue;
            };
            let day = opens_at.date_naive() + Days::new(rng.random_range(0..5));
            for relationship_id in sections {
                let id = uuid::Uuid::new_v4();
                let not_applicable = rng.random_bool(NOT_APPLICABLE_SHARE);
                responses.push(response::ActiveModel {
                    id: Set(id),
                    wave_id: Set(Some(wave_id)),
                    relationship_id: Set(relationship_id),
                    customer_department_id: Set(department),
                    questionnaire_id: Set(organisation.questionnaire_id),
                    submitted_on: Set(day),
                    not_applicable: Set(not_applicable),
                });
                if not_applicable {
                    continue;
                }
                let profile = profiles
                    .get(&relationship_id)
                    .copied()
                    .unwrap_or(Profile::steady(
                        3.8,
                        entity::question::Dimension::Reliability,
                        0.3,
                    ));
                // Week 0 of 1: the profile's steady mean.
                for given in answer_section(&mut rng, &profile, 0, 1, &questions, locale) {
                    answers.push(answer::ActiveModel {
                        response_id: Set(id),
                        question_id: Set(given.question_id),
                        value_number: Set(given.value_number),
                        value_text: Set(given.value_text),
                    });
                }
            }
        }
        responses.shuffle(&mut rng);
        answers.shuffle(&mut rng);
        let (response_count, answer_count) = (responses.len() as u64, answers.len() as u64);
        insert_all(&txn, responses).await?;
        insert_all(&txn, answers).await?;
        txn.commit().await.context("Failed to commit a past wave")?;
        seeded.waves += 1;
        seeded.responses += response_count;
        seeded.answers_created += answer_count;
        seeded.answers_total += answer_count;
        eprintln!(
            "  past wave {}: {response_count} responses, {answer_count} answers ({} in the database, {:.1} s)",
            seeded.waves,
            seeded.answers_total,
            started.elapsed().as_secs_f64()
        );
    }
    seeded.seconds = started.elapsed().as_secs_f64();
    Ok(seeded)
}

async fn create_wave(
    db: &impl ConnectionTrait,
    organisation: &Organisation,
    opens_at: DateTime<Utc>,
) -> anyhow::Result<i32> {
    Ok(wave::ActiveModel {
        cycle_id: Set(organisation.cycle_id),
        questionnaire_id: Set(organisation.questionnaire_id),
        opens_at: Set(opens_at),
        // A week after opening, and at least a minute ago, so the next pass closes it.
        closes_at: Set((opens_at + TimeDelta::days(7)).min(Utc::now() - TimeDelta::minutes(1))),
        state: Set(WaveState::Open),
        created_at: Set(opens_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to create a past wave")?
    .id)
}

/// Creates the wave's invitations (delivered; answered at `RESPONSE_RATE`) and their
/// sections; returns the answered ones as (employee id, relationship ids).
async fn create_invitations(
    db: &impl ConnectionTrait,
    wave_id: i32,
    opens_at: DateTime<Utc>,
    assignments: &[assign::Assignment],
    rng: &mut impl Rng,
) -> anyhow::Result<Vec<(i32, Vec<i32>)>> {
    let mut answered = Vec::new();
    let mut rows = Vec::with_capacity(assignments.len());
    for assignment in assignments {
        let is_answered = rng.random_bool(RESPONSE_RATE);
        if is_answered {
            answered.push((assignment.employee_id, assignment.relationship_ids.clone()));
        }
        let token_hash = hex::encode(Sha256::digest(uuid::Uuid::new_v4().as_bytes()));
        rows.push(invitation::ActiveModel {
            wave_id: Set(Some(wave_id)),
            kind: Set(InvitationKind::Wave),
            employee_id: Set(assignment.employee_id),
            token_hash: Set(token_hash),
            context_label: Set(None),
            expires_at: Set(None),
            delivery_state: Set(DeliveryState::Sent),
            attempts: Set(1),
            next_attempt_at: Set(None),
            claimed_until: Set(None),
            last_error: Set(None),
            sent_at: Set(Some(opens_at)),
            reminders_sent: Set(0),
            next_reminder_at: Set(None),
            answered: Set(is_answered),
            created_at: Set(opens_at),
            ..Default::default()
        });
    }
    insert_all(db, rows).await?;
    let ids = invitations::ids_by_employee(db, wave_id).await?;
    let sections: Vec<invitations::NewSection> = assignments
        .iter()
        .filter_map(|a| ids.get(&a.employee_id).map(|id| (*id, a)))
        .flat_map(|(invitation_id, a)| {
            a.relationship_ids
                .iter()
                .zip(0..)
                .map(
                    move |(&relationship_id, position)| invitations::NewSection {
                        invitation_id,
                        relationship_id,
                        position,
                        rotating_from: 0,
                        rotating_count: i32::MAX,
                    },
                )
        })
        .collect();
    invitations::insert_sections(db, &sections).await?;
    Ok(answered)
}
