//! Where an edit of a questionnaire lands. An unlocked copy is edited in place; a version a
//! wave has used (`locked`) never changes — the edit goes to a new version (version + 1,
//! `previous_version_id` set), the old one is archived and cycles move to the new one so that
//! their next waves use it. Built-in questionnaires are never edited (copy them instead).

use crate::store::{programme::cycles, programme::questionnaire_admin};
use sea_orm::ConnectionTrait;

/// The questionnaire an edit is applied to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditTarget {
    /// The questionnaire itself (it was not locked).
    Same(i32),
    /// A new version created for this edit.
    NewVersion(i32),
}

impl EditTarget {
    /// The id to apply the edit to.
    pub fn id(self) -> i32 {
        match self {
            EditTarget::Same(id) | EditTarget::NewVersion(id) => id,
        }
    }
}

/// True when HR may change questionnaire `model` (possibly through a new version).
pub fn is_editable(model: &entity::questionnaire::Model) -> bool {
    model.builtin_key.is_none()
}

/// Prepares the edit of questionnaire `id` inside transaction `txn`: returns the target,
/// creating the new version first when `id` is locked. `None` when it does not exist.
pub async fn edit_target(
    txn: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<EditTarget>> {
    let Some(detail) = questionnaire_admin::load(txn, id).await? else {
        return Ok(None);
    };
    let q = &detail.questionnaire;
    if !q.locked {
        return Ok(Some(EditTarget::Same(id)));
    }
    let new_id =
        questionnaire_admin::copy(txn, &detail, q.name.clone(), q.version + 1, Some(id)).await?;
    questionnaire_admin::set_archived(txn, id, true).await?;
    cycles::switch_questionnaire(txn, id, new_id).await?;
    Ok(Some(EditTarget::NewVersion(new_id)))
}

/// The question of `target` that corresponds to `question` of the edited questionnaire: the
/// same one, or the one at the same position in a new version.
pub async fn question_in(
    txn: &impl ConnectionTrait,
    target: EditTarget,
    question: &entity::question::Model,
) -> anyhow::Result<Option<entity::question::Model>> {
    match target {
        EditTarget::Same(_) => Ok(Some(question.clone())),
        EditTarget::NewVersion(id) => {
            questionnaire_admin::question_at(txn, id, question.position).await
        }
    }
}
