//! Audit entries about questionnaires: created (copied), renamed, and questions added, changed
//! (with whether they are core or rotate), moved or deleted. An edit of a locked questionnaire makes a new version first; its entry
//! names the new version and says which one it replaced (`version`).

use super::{Actor, Change, Entry};
use crate::programme::questionnaire_versions::EditTarget;
use crate::store::programme::questionnaire_admin;
use sea_orm::ConnectionTrait;

/// Records `action` on questionnaire `id` (edited through `target`, when it was) with
/// `changes`, labelled with the questionnaire's current name.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: &'static str,
    id: i32,
    target: Option<EditTarget>,
    mut changes: Vec<Change>,
) -> anyhow::Result<()> {
    let subject = target.map_or(id, EditTarget::id);
    if let Some(EditTarget::NewVersion(new_id)) = target {
        changes.push(Change::new(
            "version",
            Some(id.to_string()),
            Some(new_id.to_string()),
        ));
    }
    let label = questionnaire_admin::find(db, subject)
        .await?
        .map(|q| q.name)
        .unwrap_or_default();
    let entry = Entry {
        actor: actor.clone(),
        action,
        subject_kind: "questionnaire",
        subject_id: Some(subject),
        subject_label: label,
        department_id: None,
        changes,
    };
    super::record(db, entry).await
}

/// The change naming question `id`: added (`old` false) or removed (`old` true).
pub fn question(id: i32, removed: bool) -> Change {
    let id = Some(id.to_string());
    if removed {
        Change::new("question", id, None)
    } else {
        Change::new("question", None, id)
    }
}

/// The change of question `id`'s core flag (`old` `None`: a new question).
pub fn core(id: i32, old: Option<bool>, new: bool) -> Change {
    Change::new(
        format!("question {id} core"),
        old.map(|core| core.to_string()),
        Some(new.to_string()),
    )
}
