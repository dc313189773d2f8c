//! Questionnaires as HR manages them: listing, reading a version with its questions and
//! translations, copying (an editable copy, or the next version of a locked one) and editing
//! the questions of an unlocked copy. Built-in questionnaires and locked versions are never
//! changed here; seeding the built-in one is `store::programme::questionnaires::ensure_builtin`.

use crate::domain::programme::QuestionInput;
use anyhow::Context;
use chrono::Utc;
use entity::{question, question_translation, questionnaire};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::Serialize;

/// One questionnaire version in the list.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionnaireSummary {
    pub id: i32,
    pub name: String,
    /// Key of a shipped questionnaire (`internal-service-pulse`); shipped ones are read-only.
    pub builtin_key: Option<String>,
    pub version: i32,
    pub previous_version_id: Option<i32>,
    /// Used by a wave: changes create a new version.
    pub locked: bool,
    pub question_count: u64,
}

/// A question with its texts in every locale that has them.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionDetail {
    pub question: question::Model,
    pub translations: Vec<question_translation::Model>,
}

/// A questionnaire version with its questions in order.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionnaireDetail {
    pub questionnaire: questionnaire::Model,
    pub questions: Vec<QuestionDetail>,
}

async fn summary(
    db: &impl ConnectionTrait,
    model: questionnaire::Model,
) -> anyhow::Result<QuestionnaireSummary> {
    let question_count = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(model.id))
        .count(db)
        .await
        .context("Failed to count questions")?;
    Ok(QuestionnaireSummary {
        id: model.id,
        name: model.name,
        builtin_key: model.builtin_key,
        version: model.version,
        previous_version_id: model.previous_version_id,
        locked: model.locked,
        question_count,
    })
}

/// Every questionnaire version that is not archived: built-in first, then by name and version.
pub async fn list(db: &impl ConnectionTrait) -> anyhow::Result<Vec<QuestionnaireSummary>> {
    let models = questionnaire::Entity::find()
        .filter(questionnaire::Column::Archived.eq(false))
        .order_by_asc(questionnaire::Column::Name)
        .order_by_asc(questionnaire::Column::Version)
        .all(db)
        .await
        .context("Failed to list questionnaires")?;
    let mut summaries = Vec::with_capacity(models.len());
    for model in models {
        summaries.push(summary(db, model).await?);
    }
    summaries.sort_by_key(|s| s.builtin_key.is_none());
    Ok(summaries)
}

/// The questionnaire `id` (archived or not).
pub async fn find(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<questionnaire::Model>> {
    questionnaire::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load a questionnaire")
}

/// The questionnaire `id` with its questions (by position) and their translations.
pub async fn load(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<QuestionnaireDetail>> {
    let Some(questionnaire) = find(db, id).await? else {
        return Ok(None);
    };
    let questions = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await
        .context("Failed to load questions")?;
    let mut details = Vec::with_capacity(questions.len());
    for question in questions {
        let translations = question_translation::Entity::find()
            .filter(question_translation::Column::QuestionId.eq(question.id))
            .order_by_asc(question_translation::Column::Locale)
            .all(db)
            .await
            .context("Failed to load question translations")?;
        details.push(QuestionDetail {
            question,
            translations,
        });
    }
    Ok(Some(QuestionnaireDetail {
        questionnaire,
        questions: details,
    }))
}

/// Copies questionnaire `source` with its questions and translations into a new, unlocked,
/// non-built-in questionnaire; returns the new id. Run inside a transaction.
/// The copy's texts come from its translation rows, so `message_key` is not carried over.
pub async fn copy(
    db: &impl ConnectionTrait,
    source: &QuestionnaireDetail,
    name: String,
    version: i32,
    previous_version_id: Option<i32>,
) -> anyhow::Result<i32> {
    let now = Utc::now();
    let copy = questionnaire::ActiveModel {
        name: Set(name),
        builtin_key: Set(None),
        version: Set(version),
        previous_version_id: Set(previous_version_id),
        locked: Set(false),
        archived: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to insert a questionnaire copy")?;
    for detail in &source.questions {
        let q = &detail.question;
        let new_question = question::ActiveModel {
            questionnaire_id: Set(copy.id),
            position: Set(q.position),
            kind: Set(q.kind),
            dimension: Set(q.dimension),
            required: Set(q.required),
            core: Set(q.core),
            option_count: Set(q.option_count),
            message_key: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .context("Failed to copy a question")?;
        for t in &detail.translations {
            question_translation::ActiveModel {
                question_id: Set(new_question.id),
                locale: Set(t.locale.clone()),
                prompt: Set(t.prompt.clone()),
                help: Set(t.help.clone()),
                options: Set(t.options.clone()),
            }
            .insert(db)
            .await
            .context("Failed to copy a question translation")?;
        }
    }
    Ok(copy.id)
}

/// Stores a new, empty, unlocked questionnaire (version 1); returns its id.
pub async fn insert(db: &impl ConnectionTrait, name: String) -> anyhow::Result<i32> {
    let model = questionnaire::ActiveModel {
        name: Set(name),
        builtin_key: Set(None),
        version: Set(1),
        previous_version_id: Set(None),
        locked: Set(false),
        archived: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to insert a questionnaire")?;
    Ok(model.id)
}

/// Archives questionnaire `id` (hidden from pickers), e.g. once a newer version replaces it.
pub async fn set_archived(db: &impl ConnectionTrait, id: i32, value: bool) -> anyhow::Result<()> {
    if let Some(model) = find(db, id).await? {
        let mut active = model.into_active_model();
        active.archived = Set(value);
        active
            .update(db)
            .await
            .context("Failed to archive a questionnaire")?;
    }
    Ok(())
}

/// Renames questionnaire `id`.
pub async fn rename(db: &impl ConnectionTrait, id: i32, name: String) -> anyhow::Result<()> {
    questionnaire::ActiveModel {
        id: Set(id),
        name: Set(name),
        ..Default::default()
    }
    .update(db)
    .await
    .context("Failed to rename a questionnaire")?;
    Ok(())
}

async fn write_translations(
    db: &impl ConnectionTrait,
    question_id: i32,
    input: &QuestionInput,
) -> anyhow::Result<()> {
    question_translation::Entity::delete_many()
        .filter(question_translation::Column::QuestionId.eq(question_id))
        .exec(db)
        .await
        .context("Failed to clear question translations")?;
    for t in &input.translations {
        let options = t
            .options
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .context("Failed to encode question options")?;
        question_translation::ActiveModel {
            question_id: Set(question_id),
            locale: Set(t.locale.as_str().to_owned()),
            prompt: Set(t.prompt.clone()),
            help: Set(t.help.clone()),
            options: Set(options),
        }
        .insert(db)
        .await
        .context("Failed to insert a question translation")?;
    }
    Ok(())
}

/// Adds a question at the end of questionnaire `questionnaire_id`; returns its id. Run inside
/// a transaction.
pub async fn add_question(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
    input: &QuestionInput,
) -> anyhow::Result<i32> {
    let last = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .order_by_desc(question::Column::Position)
        .one(db)
        .await
        .context("Failed to find the last question")?;
    let model = question::ActiveModel {
        questionnaire_id: Set(questionnaire_id),
        position: Set(last.map_or(1, |q| q.position + 1)),
        kind: Set(input.kind),
        dimension: Set(input.dimension),
        required: Set(input.required),
        core: Set(input.core),
        option_count: Set(input.option_count),
        message_key: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to insert a question")?;
    write_translations(db, model.id, input).await?;
    Ok(model.id)
}

/// The question `id` of questionnaire `questionnaire_id`.
pub async fn find_question(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
    id: i32,
) -> anyhow::Result<Option<question::Model>> {
    question::Entity::find_by_id(id)
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .one(db)
        .await
        .context("Failed to load a question")
}

/// The question at `position` of questionnaire `questionnaire_id` (to find a question again
/// in a new version).
pub async fn question_at(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
    position: i32,
) -> anyhow::Result<Option<question::Model>> {
    question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .filter(question::Column::Position.eq(position))
        .one(db)
        .await
        .context("Failed to find a question by position")
}

/// Replaces a question's kind, dimension, required and core flags and texts. Run inside a transaction.
pub async fn update_question(
    db: &impl ConnectionTrait,
    model: question::Model,
    input: &QuestionInput,
) -> anyhow::Result<()> {
    let id = model.id;
    let mut active = model.into_active_model();
    active.kind = Set(input.kind);
    active.dimension = Set(input.dimension);
    active.required = Set(input.required);
    active.core = Set(input.core);
    active.option_count = Set(input.option_count);
    active.message_key = Set(None);
    active
        .update(db)
        .await
        .context("Failed to update a question")?;
    write_translations(db, id, input).await
}

/// Number of questions of questionnaire `questionnaire_id`.
pub async fn question_count(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
) -> anyhow::Result<u64> {
    question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .count(db)
        .await
        .context("Failed to count questions")
}

/// Deletes question `id` (its translations cascade).
pub async fn delete_question(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<()> {
    question::Entity::delete_by_id(id)
        .exec(db)
        .await
        .context("Failed to delete a question")?;
    Ok(())
}

/// Swaps `model` with its neighbour above (`up`) or below; a no-op at either end. Positions
/// are unique, so the swap parks one question at position -1 first (positions are never
/// negative otherwise). Run inside a transaction.
pub async fn move_question(
    db: &impl ConnectionTrait,
    model: question::Model,
    up: bool,
) -> anyhow::Result<()> {
    let mut neighbour = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(model.questionnaire_id));
    neighbour = if up {
        neighbour
            .filter(question::Column::Position.lt(model.position))
            .order_by_desc(question::Column::Position)
    } else {
        neighbour
            .filter(question::Column::Position.gt(model.position))
            .order_by_asc(question::Column::Position)
    };
    let Some(neighbour) = neighbour
        .one(db)
        .await
        .context("Failed to find the neighbouring question")?
    else {
        return Ok(());
    };
    let (mine, theirs) = (model.position, neighbour.position);
    let set_position = |id: i32, position: i32| question::ActiveModel {
        id: Set(id),
        position: Set(position),
        ..Default::default()
    };
    set_position(model.id, -1)
        .update(db)
        .await
        .context("Failed to park a question while reordering")?;
    set_position(neighbour.id, mine)
        .update(db)
        .await
        .context("Failed to move a question")?;
    set_position(model.id, theirs)
        .update(db)
        .await
        .context("Failed to move a question")?;
    Ok(())
}
