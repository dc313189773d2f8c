//! Saving a cycle from its form (HR page or API): fill the pulse settings not given (defaults
//! for a new cycle, the stored ones for a changed cycle), validate against the questionnaire,
//! compute the next opening (the first one at or after now), and write the cycle with its
//! relationship links in one transaction, with its audit entry (`cycle.created` /
//! `cycle.updated`, the fields that changed and the relationships it covers).

use super::FieldErrors;
use super::cycle_input::CycleForm;
use super::pulse_settings::QuestionnaireShape;
use super::schedule;
use crate::audit::{self, Actor, Change, Entry};
use crate::store::{programme::cycles, programme::questionnaire_admin, programme::questionnaires};
use anyhow::Context;
use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};

/// Fields of a cycle the audit log leaves out: kept by the application, not chosen by staff.
const UNAUDITED: [&str; 4] = ["id", "next_opening_at", "created_at", "updated_at"];

/// Validates `form` and saves it — as a new cycle when `existing` is `None` — on behalf of
/// `actor`. Returns the cycle's id, or the field errors.
pub async fn save_cycle(
    db: &DatabaseConnection,
    actor: &Actor,
    existing: Option<entity::cycle::Model>,
    form: &CycleForm,
) -> anyhow::Result<Result<i32, FieldErrors>> {
    let shape = questionnaire_shape(db, form.questionnaire()).await?;
    let mut form = form.clone();
    form.fill_pulse_defaults(existing.as_ref(), shape.as_ref());
    let input = match super::cycle_input::validate(db, &form, shape.as_ref()).await? {
        Ok(input) => input,
        Err(errors) => return Ok(Err(errors)),
    };
    let next = schedule::next_opening_at(&input.cadence, Utc::now());
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let before = match &existing {
        Some(model) => Some((
            model.clone(),
            cycles::relationship_ids(&txn, model.id).await?,
        )),
        None => None,
    };
    let id = match existing {
        Some(model) => {
            let id = model.id;
            cycles::update(&txn, model, &input, next).await?;
            id
        }
        None => cycles::insert(&txn, &input, next).await?,
    };
    if let Some(after) = cycles::find(&txn, id).await? {
        let links = cycles::relationship_ids(&txn, id).await?;
        let mut changes =
            audit::changes_between(before.as_ref().map(|b| &b.0), &after, &UNAUDITED)?;
        let list = |ids: &[i32]| {
            let ids: Vec<String> = ids.iter().map(i32::to_string).collect();
            (!ids.is_empty()).then(|| ids.join(", "))
        };
        let old_links = before.as_ref().and_then(|b| list(&b.1));
        changes.extend(Change::between(
            "relationships",
            old_links.as_deref(),
            list(&links).as_deref(),
        ));
        if !changes.is_empty() {
            let entry = Entry {
                actor: actor.clone(),
                action: if before.is_some() {
                    "cycle.updated"
                } else {
                    "cycle.created"
                },
                subject_kind: "cycle",
                subject_id: Some(id),
                subject_label: after.name.clone(),
                department_id: None,
                changes,
            };
            audit::record(&txn, entry).await?;
        }
    }
    txn.commit().await.context("Failed to save a cycle")?;
    Ok(Ok(id))
}

/// The shape of questionnaire `id`; `None` when there is no such questionnaire.
pub async fn questionnaire_shape(
    db: &impl ConnectionTrait,
    id: Option<i32>,
) -> anyhow::Result<Option<QuestionnaireShape>> {
    let Some(id) = id else {
        return Ok(None);
    };
    if questionnaire_admin::find(db, id).await?.is_none() {
        return Ok(None);
    }
    let questions = questionnaires::questions(db, id).await?;
    Ok(Some(QuestionnaireShape::of(&questions)))
}

/// Pauses (`active = false`) or resumes cycle `id` on behalf of `actor`, with its audit entry.
/// A resumed cycle's next opening is recomputed from now, so openings missed while paused are
/// skipped. False when there is no such cycle.
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    active: bool,
) -> anyhow::Result<bool> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let Some(model) = cycles::find(&txn, id).await? else {
        return Ok(false);
    };
    let next = if active {
        schedule::cadence_of(&model).and_then(|c| schedule::next_opening_at(&c, Utc::now()))
    } else {
        model.next_opening_at
    };
    let was_active = model.active;
    let name = model.name.clone();
    cycles::set_active(&txn, model, active, next).await?;
    if was_active != active {
        let entry = Entry {
            actor: actor.clone(),
            action: if active {
                "cycle.resumed"
            } else {
                "cycle.paused"
            },
            subject_kind: "cycle",
            subject_id: Some(id),
            subject_label: name,
            department_id: None,
            changes: vec![Change::new(
                "active",
                Some(was_active.to_string()),
                Some(active.to_string()),
            )],
        };
        audit::record(&txn, entry).await?;
    }
    txn.commit()
        .await
        .context("Failed to pause or resume a cycle")?;
    Ok(true)
}
