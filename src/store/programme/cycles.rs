//! Survey cycles: listing, reading with their chosen relationships, the checks that need the
//! database, and writes (the cycle row and its `cycle_relationship` links together).

use crate::domain::FieldErrors;
use crate::domain::programme::CycleInput;
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{cycle, cycle_relationship, questionnaire, relationship};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

/// Every cycle, by name.
pub async fn list(db: &impl ConnectionTrait) -> anyhow::Result<Vec<cycle::Model>> {
    cycle::Entity::find()
        .order_by_asc(cycle::Column::Name)
        .order_by_asc(cycle::Column::Id)
        .all(db)
        .await
        .context("Failed to list cycles")
}

/// The cycle `id`, if it exists.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<cycle::Model>> {
    cycle::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load a cycle")
}

/// The relationships chosen for cycle `id` (empty when it covers all of them).
pub async fn relationship_ids(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Vec<i32>> {
    Ok(cycle_relationship::Entity::find()
        .filter(cycle_relationship::Column::CycleId.eq(id))
        .order_by_asc(cycle_relationship::Column::RelationshipId)
        .all(db)
        .await
        .context("Failed to load a cycle's relationships")?
        .into_iter()
        .map(|link| link.relationship_id)
        .collect())
}

/// The checks that need the database: the questionnaire exists and is not archived, and every
/// chosen relationship exists.
pub async fn check(db: &impl ConnectionTrait, input: &CycleInput) -> anyhow::Result<FieldErrors> {
    let mut errors = FieldErrors::new();
    let questionnaire = questionnaire::Entity::find_by_id(input.questionnaire_id)
        .one(db)
        .await
        .context("Failed to look up a questionnaire")?;
    if questionnaire.is_none_or(|q| q.archived) {
        errors.add("questionnaire_id", "err-cy-questionnaire");
    }
    if !input.relationship_ids.is_empty() {
        let found = relationship::Entity::find()
            .filter(relationship::Column::Id.is_in(input.relationship_ids.clone()))
            .all(db)
            .await
            .context("Failed to look up relationships")?;
        if found.len() != input.relationship_ids.len() {
            errors.add("relationships", "err-cy-relationship-unknown");
        }
    }
    Ok(errors)
}

async fn replace_links(
    db: &impl ConnectionTrait,
    cycle_id: i32,
    input: &CycleInput,
) -> anyhow::Result<()> {
    cycle_relationship::Entity::delete_many()
        .filter(cycle_relationship::Column::CycleId.eq(cycle_id))
        .exec(db)
        .await
        .context("Failed to clear a cycle's relationships")?;
    if input.all_relationships {
        return Ok(());
    }
    for relationship_id in &input.relationship_ids {
        cycle_relationship::ActiveModel {
            cycle_id: Set(cycle_id),
            relationship_id: Set(*relationship_id),
        }
        .insert(db)
        .await
        .context("Failed to link a relationship to a cycle")?;
    }
    Ok(())
}

fn fill(active: &mut cycle::ActiveModel, input: &CycleInput, next: Option<DateTime<Utc>>) {
    active.name = Set(input.name.clone());
    active.questionnaire_id = Set(input.questionnaire_id);
    active.all_relationships = Set(input.all_relationships);
    active.rrule = Set(input.rrule.clone());
    active.timezone = Set(input.timezone.name().to_owned());
    active.starts_at = Set(input.starts_at);
    active.days_open = Set(input.days_open);
    active.reminder_after_days = Set(input.reminder_after_days);
    active.max_reminders = Set(input.max_reminders);
    active.fatigue_cap = Set(input.fatigue_cap);
    active.sample_percent = Set(input.sample_percent);
    active.questions_per_section = Set(input.pulse.questions_per_section);
    active.max_answers_per_wave = Set(input.pulse.max_answers_per_wave);
    active.shorten_by = Set(input.pulse.shorten_by);
    active.active = Set(input.active);
    active.next_opening_at = Set(next);
    active.updated_at = Set(Utc::now());
}

/// Stores a new cycle and its relationship links; returns its id. Run inside a transaction.
pub async fn insert(
    db: &impl ConnectionTrait,
    input: &CycleInput,
    next_opening_at: Option<DateTime<Utc>>,
) -> anyhow::Result<i32> {
    let mut active = cycle::ActiveModel {
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    fill(&mut active, input, next_opening_at);
    let model = active
        .insert(db)
        .await
        .context("Failed to insert a cycle")?;
    replace_links(db, model.id, input).await?;
    Ok(model.id)
}

/// Replaces cycle `model`'s settings and relationship links. Run inside a transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    model: cycle::Model,
    input: &CycleInput,
    next_opening_at: Option<DateTime<Utc>>,
) -> anyhow::Result<()> {
    let id = model.id;
    let mut active = model.into_active_model();
    fill(&mut active, input, next_opening_at);
    active
        .update(db)
        .await
        .context("Failed to update a cycle")?;
    replace_links(db, id, input).await
}

/// Pauses or resumes cycle `model`, with the next opening the scheduler should create.
pub async fn set_active(
    db: &impl ConnectionTrait,
    model: cycle::Model,
    value: bool,
    next_opening_at: Option<DateTime<Utc>>,
) -> anyhow::Result<cycle::Model> {
    let mut active = model.into_active_model();
    active.active = Set(value);
    active.next_opening_at = Set(next_opening_at);
    active.updated_at = Set(Utc::now());
    active
        .update(db)
        .await
        .context("Failed to pause or resume a cycle")
}

/// Points every cycle that uses questionnaire `from` at `to` (its new version), so that their
/// next waves use it.
pub async fn switch_questionnaire(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
) -> anyhow::Result<()> {
    cycle::Entity::update_many()
        .col_expr(cycle::Column::QuestionnaireId, Expr::value(to))
        .col_expr(cycle::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(cycle::Column::QuestionnaireId.eq(from))
        .exec(db)
        .await
        .context("Failed to move cycles to a new questionnaire version")?;
    Ok(())
}
