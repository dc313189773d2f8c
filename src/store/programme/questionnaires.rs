//! Questionnaires: the built-in "Internal service pulse" (written once from the Fluent files)
//! and reading a questionnaire's questions.

use crate::domain::{
    BUILTIN_KEY, BUILTIN_NAME_KEY, BUILTIN_QUESTIONS, BuiltinQuestion, BuiltinTexts, Locale,
};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{question, question_translation, questionnaire};
use fluent_bundle::FluentArgs;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TryInsertResult,
};
use std::collections::HashSet;

/// The id of the built-in questionnaire, if it has been created.
pub async fn find_builtin(db: &impl ConnectionTrait) -> anyhow::Result<Option<i32>> {
    let found = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq(BUILTIN_KEY))
        .one(db)
        .await
        .context("Failed to look up the built-in questionnaire")?;
    Ok(found.map(|model| model.id))
}

/// Returns the id of the built-in questionnaire, creating it first when missing: the
/// questionnaire (locked, so it is read-only), its questions and one translation per shipped
/// locale. Idempotent, also when two callers race (the unique `builtin_key` decides).
/// Run it inside a transaction so a failure leaves no half-written questionnaire.
pub async fn ensure_builtin(
    db: &impl ConnectionTrait,
    i18n: &impl BuiltinTexts,
) -> anyhow::Result<i32> {
    if let Some(id) = find_builtin(db).await? {
        return Ok(id);
    }
    let now = Utc::now();
    let inserted = questionnaire::Entity::insert(questionnaire::ActiveModel {
        name: Set(i18n.text(Locale::EN, BUILTIN_NAME_KEY, None)),
        builtin_key: Set(Some(BUILTIN_KEY.to_owned())),
        version: Set(1),
        previous_version_id: Set(None),
        locked: Set(true),
        archived: Set(false),
        created_at: Set(now),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([questionnaire::Column::BuiltinKey])
    .exec(db)
    .await
    .context("Failed to insert the built-in questionnaire")?;
    let questionnaire_id = match inserted {
        TryInsertResult::Inserted(result) => result.last_insert_id,
        // Someone else created it in the meantime: theirs is complete once visible.
        TryInsertResult::Conflicted | TryInsertResult::Empty => {
            return find_builtin(db)
                .await?
                .context("The built-in questionnaire conflicted but cannot be found");
        }
    };
    insert_builtin_questions(db, i18n, questionnaire_id, now).await?;
    Ok(questionnaire_id)
}

/// The questions of a questionnaire in display order.
pub async fn questions(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
) -> anyhow::Result<Vec<question::Model>> {
    question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await
        .context("Failed to load the questions of a questionnaire")
}

/// The ids of the rotating (not core) questions of these questionnaires.
pub async fn rotating_question_ids(
    db: &impl ConnectionTrait,
    questionnaire_ids: &[i32],
) -> anyhow::Result<HashSet<i32>> {
    let distinct: HashSet<i32> = questionnaire_ids.iter().copied().collect();
    if distinct.is_empty() {
        return Ok(HashSet::new());
    }
    let ids: Vec<i32> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .filter(question::Column::QuestionnaireId.is_in(distinct))
        .filter(question::Column::Core.eq(false))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list the rotating questions")?;
    Ok(ids.into_iter().collect())
}

async fn insert_builtin_questions(
    db: &impl ConnectionTrait,
    i18n: &impl BuiltinTexts,
    questionnaire_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let rows = BUILTIN_QUESTIONS
        .iter()
        .zip(1..)
        .map(|(builtin, position)| question::ActiveModel {
            questionnaire_id: Set(questionnaire_id),
            position: Set(position),
            kind: Set(builtin.kind),
            dimension: Set(builtin.dimension),
            required: Set(builtin.required),
            core: Set(builtin.core),
            option_count: Set(builtin.option_count),
            message_key: Set(Some(builtin.message_key.to_owned())),
            created_at: Set(now),
            ..Default::default()
        });
    question::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .context("Failed to insert the built-in questions")?;
    let stored = questions(db, questionnaire_id).await?;
    let mut translations = Vec::with_capacity(stored.len() * Locale::ALL.len());
    for question in &stored {
        let builtin = BUILTIN_QUESTIONS
            .iter()
            .find(|builtin| question.message_key.as_deref() == Some(builtin.message_key))
            .context("A stored built-in question has an unknown message key")?;
        for locale in Locale::ALL {
            translations.push(translation(i18n, locale, question.id, builtin)?);
        }
    }
    question_translation::Entity::insert_many(translations)
        .exec_without_returning(db)
        .await
        .context("Failed to insert the built-in question translations")?;
    Ok(())
}

/// The texts of one built-in question in one locale. The prompt keeps the placeholders
/// `{provider}`, `{service}` and `{standard}` literally, for the survey page to fill in per
/// relationship; option labels are stored for `lost_time` only (scale labels are UI).
pub fn translation(
    i18n: &impl BuiltinTexts,
    locale: Locale,
    question_id: i32,
    builtin: &BuiltinQuestion,
) -> anyhow::Result<question_translation::ActiveModel> {
    let args = placeholder_args();
    let help_key = builtin.help_key();
    let help = i18n
        .has(locale, &help_key)
        .then(|| i18n.text(locale, &help_key, Some(&args)));
    let option_keys = builtin.option_keys();
    let options = if option_keys.is_empty() {
        None
    } else {
        let labels: Vec<String> = option_keys
            .iter()
            .map(|key| i18n.text(locale, key, None))
            .collect();
        Some(serde_json::to_string(&labels).context("Failed to encode option labels")?)
    };
    Ok(question_translation::ActiveModel {
        question_id: Set(question_id),
        locale: Set(locale.as_str().to_owned()),
        prompt: Set(i18n.text(locale, builtin.message_key, Some(&args))),
        help: Set(help),
        options: Set(options),
    })
}

/// Fluent arguments whose values are the placeholders themselves.
fn placeholder_args() -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for name in ["provider", "service", "standard"] {
        args.set(name, format!("{{{name}}}"));
    }
    args
}
