//! Writing questions on behalf of HR, shared by the questionnaire pages and the API: a new
//! questionnaire with its questions, a question added, a question changed. Each runs in one
//! transaction with its audit entry, which names the question and whether it is core (asked
//! in every section) or rotates. A locked questionnaire gets a new version first
//! (`questionnaire_versions`); built-in ones are refused by the callers.

use super::question_input::QuestionInput;
use super::questionnaire_versions::{EditTarget, edit_target, question_in};
use crate::audit::questionnaires as audited;
use crate::audit::{Actor, Change};
use crate::store::programme::questionnaire_admin;
use anyhow::Context;
use sea_orm::{DatabaseConnection, TransactionTrait};

/// Creates questionnaire `name` with `questions` in order, on behalf of `actor`; returns its id.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    name: String,
    questions: &[QuestionInput],
) -> anyhow::Result<i32> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let id = questionnaire_admin::insert(&txn, name.clone()).await?;
    let mut changes = vec![Change::new("name", None, Some(name))];
    for input in questions {
        let question = questionnaire_admin::add_question(&txn, id, input).await?;
        changes.push(audited::question(question, false));
        changes.push(audited::core(question, None, input.core));
    }
    audited::record(&txn, actor, "questionnaire.created", id, None, changes).await?;
    txn.commit()
        .await
        .context("Failed to commit a new questionnaire")?;
    Ok(id)
}

/// Adds `input` at the end of questionnaire `id` on behalf of `actor`; returns where the edit
/// landed and the new question's id. `None` when there is no such questionnaire.
pub async fn add_question(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    input: &QuestionInput,
) -> anyhow::Result<Option<(EditTarget, i32)>> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let Some(target) = edit_target(&txn, id).await? else {
        return Ok(None);
    };
    let question = questionnaire_admin::add_question(&txn, target.id(), input).await?;
    let changes = vec![
        audited::question(question, false),
        audited::core(question, None, input.core),
    ];
    let action = "questionnaire.question_added";
    audited::record(&txn, actor, action, id, Some(target), changes).await?;
    txn.commit()
        .await
        .context("Failed to commit a new question")?;
    Ok(Some((target, question)))
}

/// Replaces question `question` of questionnaire `id` with `input` on behalf of `actor`;
/// returns where the edit landed. `None` when the questionnaire or (in its new version) the
/// question is gone.
pub async fn change_question(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    question: &entity::question::Model,
    input: &QuestionInput,
) -> anyhow::Result<Option<EditTarget>> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let Some(target) = edit_target(&txn, id).await? else {
        return Ok(None);
    };
    let Some(target_question) = question_in(&txn, target, question).await? else {
        return Ok(None);
    };
    let question_id = target_question.id;
    let was_core = target_question.core;
    questionnaire_admin::update_question(&txn, target_question, input).await?;
    let mut changes = vec![Change::new("question", None, Some(question_id.to_string()))];
    if was_core != input.core {
        changes.push(audited::core(question_id, Some(was_core), input.core));
    }
    let action = "questionnaire.question_changed";
    audited::record(&txn, actor, action, id, Some(target), changes).await?;
    txn.commit().await.context("Failed to commit a question")?;
    Ok(Some(target))
}
