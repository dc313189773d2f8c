//! Writing questionnaires on behalf of HR, shared by the questionnaire pages and the API: a
//! new questionnaire with its questions, an editable copy, a new name, a question added,
//! changed, moved or removed. Each runs in one
//! transaction with its audit entry, which names the question and whether it is core (asked
//! in every section) or rotates. A locked questionnaire gets a new version first
//! (`questionnaire_versions`); built-in ones are refused by the callers.

use super::question_input::{MAX_QUESTIONNAIRE_NAME, QuestionInput};
use super::questionnaire_versions::{EditTarget, edit_target, question_in};
use crate::audit::questionnaires as audited;
use crate::audit::{Actor, Change};
use crate::store::programme::questionnaire_admin;
use anyhow::Context;
use sea_orm::{DatabaseConnection, DatabaseTransaction, TransactionTrait};

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
    let Some((txn, target, target_question)) = begin_question_edit(db, id, question).await? else {
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
    finish_question_edit(txn, actor, action, (id, target), changes).await
}

/// Moves question `question` of questionnaire `id` one place up (or down) on behalf of
/// `actor`; returns where the edit landed. `None` when the questionnaire or (in its new
/// version) the question is gone.
pub async fn move_question(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    question: &entity::question::Model,
    up: bool,
) -> anyhow::Result<Option<EditTarget>> {
    let Some((txn, target, target_question)) = begin_question_edit(db, id, question).await? else {
        return Ok(None);
    };
    let question = target_question.id;
    questionnaire_admin::move_question(&txn, target_question, up).await?;
    let direction = if up { "up" } else { "down" };
    let change = vec![Change::new(
        format!("question {question}"),
        None,
        Some(direction.to_owned()),
    )];
    let action = "questionnaire.question_moved";
    finish_question_edit(txn, actor, action, (id, target), change).await
}

/// Removes question `question` of questionnaire `id` on behalf of `actor`; returns where the
/// edit landed. `None` when the questionnaire or (in its new version) the question is gone.
/// The caller keeps the last question.
pub async fn remove_question(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    question: &entity::question::Model,
) -> anyhow::Result<Option<EditTarget>> {
    let Some((txn, target, target_question)) = begin_question_edit(db, id, question).await? else {
        return Ok(None);
    };
    questionnaire_admin::delete_question(&txn, target_question.id).await?;
    let change = vec![audited::question(target_question.id, true)];
    let action = "questionnaire.question_deleted";
    finish_question_edit(txn, actor, action, (id, target), change).await
}

/// Opens the transaction of an edit to `question` of questionnaire `id`: the version the edit
/// lands in (a new one when `id` is locked) and the question there. `None` when the
/// questionnaire or (in its new version) the question is gone.
async fn begin_question_edit(
    db: &DatabaseConnection,
    id: i32,
    question: &entity::question::Model,
) -> anyhow::Result<Option<(DatabaseTransaction, EditTarget, entity::question::Model)>> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let Some(target) = edit_target(&txn, id).await? else {
        return Ok(None);
    };
    let Some(target_question) = question_in(&txn, target, question).await? else {
        return Ok(None);
    };
    Ok(Some((txn, target, target_question)))
}

/// Records `action` with `changes` for questionnaire `id` (edited in `target`) and commits.
async fn finish_question_edit(
    txn: DatabaseTransaction,
    actor: &Actor,
    action: &'static str,
    (id, target): (i32, EditTarget),
    changes: Vec<Change>,
) -> anyhow::Result<Option<EditTarget>> {
    audited::record(&txn, actor, action, id, Some(target), changes).await?;
    txn.commit()
        .await
        .with_context(|| format!("Failed to commit {action}"))?;
    Ok(Some(target))
}

/// Copies questionnaire `source` with every question and text as a new editable
/// questionnaire named after it with `suffix`, on behalf of `actor`; returns the copy's id.
/// `None` when there is no such questionnaire.
pub async fn copy(
    db: &DatabaseConnection,
    actor: &Actor,
    source: i32,
    suffix: &str,
) -> anyhow::Result<Option<i32>> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let Some(source) = questionnaire_admin::load(&txn, source).await? else {
        return Ok(None);
    };
    let name: String = format!("{} {suffix}", source.questionnaire.name)
        .chars()
        .take(MAX_QUESTIONNAIRE_NAME)
        .collect();
    let id = questionnaire_admin::copy(&txn, &source, name.clone(), 1, None).await?;
    let change = Change::new("name", None, Some(name));
    audited::record(&txn, actor, "questionnaire.created", id, None, vec![change]).await?;
    txn.commit()
        .await
        .context("Failed to commit a questionnaire copy")?;
    Ok(Some(id))
}

/// Renames questionnaire `id` (called `old_name`) to `name` on behalf of `actor`, audited
/// when the name changes; returns where the edit landed. `None` when there is no such
/// questionnaire.
pub async fn rename(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    old_name: &str,
    name: String,
) -> anyhow::Result<Option<EditTarget>> {
    let txn = db.begin().await.context("Failed to start a transaction")?;
    let Some(target) = edit_target(&txn, id).await? else {
        return Ok(None);
    };
    questionnaire_admin::rename(&txn, target.id(), name.clone()).await?;
    if name != old_name {
        let change = Change::new("name", Some(old_name.to_owned()), Some(name));
        audited::record(
            &txn,
            actor,
            "questionnaire.renamed",
            id,
            Some(target),
            vec![change],
        )
        .await?;
    }
    txn.commit()
        .await
        .context("Failed to commit a questionnaire name")?;
    Ok(Some(target))
}
