//! Creating, renaming, moving and deleting departments, each with its audit entry (fields
//! `name` and `parent`, the parent by name).

use super::{begin, commit};
use crate::audit::{self, Actor, Change, Entry};
use crate::domain::DepartmentName;
use crate::domain::Refusal;
use crate::store::organisation::departments;
use sea_orm::{ConnectionTrait, DatabaseConnection};

async fn parent_name(
    db: &impl ConnectionTrait,
    parent: Option<i32>,
) -> anyhow::Result<Option<String>> {
    Ok(match parent {
        Some(id) => departments::find(db, id).await?.map(|d| d.name),
        None => None,
    })
}

fn entry(
    actor: &Actor,
    action: &'static str,
    id: i32,
    label: String,
    changes: Vec<Change>,
) -> Entry {
    Entry {
        actor: actor.clone(),
        action,
        subject_kind: "department",
        subject_id: Some(id),
        subject_label: label,
        department_id: None,
        changes,
    }
}

/// Creates a department under `parent_id` (top level when `None`); returns its id.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    name: &DepartmentName,
    parent_id: Option<i32>,
) -> anyhow::Result<Result<i32, Refusal>> {
    let txn = begin(db).await?;
    let id = match departments::create(&txn, name, parent_id).await? {
        Ok(id) => id,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let mut changes = vec![Change::new("name", None, Some(name.as_str().to_owned()))];
    if let Some(parent) = parent_name(&txn, parent_id).await? {
        changes.push(Change::new("parent", None, Some(parent)));
    }
    let label = name.as_str().to_owned();
    audit::record(&txn, entry(actor, "department.created", id, label, changes)).await?;
    commit(txn).await?;
    Ok(Ok(id))
}

/// Renames department `id` and/or moves it under `parent` (`Some(None)`: to the top level).
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    name: Option<&DepartmentName>,
    parent: Option<Option<i32>>,
) -> anyhow::Result<Result<(), Refusal>> {
    let txn = begin(db).await?;
    let Some(before) = departments::find(&txn, id).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if let Some(name) = name
        && let Err(refusal) = departments::rename(&txn, id, name).await?
    {
        return Ok(Err(refusal));
    }
    if let Some(parent) = parent
        && let Err(refusal) = departments::move_to(&txn, id, parent).await?
    {
        return Ok(Err(refusal));
    }
    let after = departments::find(&txn, id)
        .await?
        .unwrap_or_else(|| before.clone());
    let old_parent = parent_name(&txn, before.parent_id).await?;
    let new_parent = parent_name(&txn, after.parent_id).await?;
    let changes: Vec<Change> = [
        Change::between("name", Some(&before.name), Some(&after.name)),
        Change::between("parent", old_parent.as_deref(), new_parent.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !changes.is_empty() {
        let record = entry(actor, "department.updated", id, after.name.clone(), changes);
        audit::record(&txn, record).await?;
    }
    commit(txn).await?;
    Ok(Ok(()))
}

/// Deletes department `id` if nothing uses it any more.
pub async fn delete(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> anyhow::Result<Result<(), Refusal>> {
    let txn = begin(db).await?;
    let Some(before) = departments::find(&txn, id).await? else {
        return Ok(Err(Refusal::NotFound));
    };
    if let Err(refusal) = departments::delete(&txn, id).await? {
        return Ok(Err(refusal));
    }
    let changes = vec![Change::new("name", Some(before.name.clone()), None)];
    audit::record(
        &txn,
        entry(actor, "department.deleted", id, before.name, changes),
    )
    .await?;
    commit(txn).await?;
    Ok(Ok(()))
}
