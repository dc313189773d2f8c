//! Creating, changing, (de)activating and deleting service relationships, each with its audit
//! entry (fields `provider` and `customer` by department name, `service_name`,
//! `service_standard`, `active`, `touchpoint_repeat_days`).

use super::{begin, commit};
use crate::audit::{self, Actor, Change, Entry};
use crate::programme::relationship_input::RelationshipInput;
use crate::store::programme::relationships::{self, RelationshipView};
use entity::relationship;
use sea_orm::{ConnectionTrait, DatabaseConnection};

/// How the audit log names the customer "whole organisation".
const WHOLE_ORGANISATION: &str = "whole organisation";

fn label(view: &RelationshipView) -> String {
    let customer = view.customer_name.as_deref().unwrap_or(WHOLE_ORGANISATION);
    format!(
        "{} → {}: {}",
        view.provider_name, customer, view.service_name
    )
}

fn fields(view: &RelationshipView) -> [(&'static str, Option<String>); 6] {
    [
        ("provider", Some(view.provider_name.clone())),
        (
            "customer",
            Some(
                view.customer_name
                    .clone()
                    .unwrap_or_else(|| WHOLE_ORGANISATION.to_owned()),
            ),
        ),
        ("service_name", Some(view.service_name.clone())),
        ("service_standard", view.service_standard.clone()),
        ("active", Some(view.active.to_string())),
        (
            "touchpoint_repeat_days",
            view.touchpoint_repeat_days.map(|d| d.to_string()),
        ),
    ]
}

/// Records the change of relationship `id` from `before` (`None`: new; `after` `None`:
/// deleted). Nothing when no field changed.
async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    before: Option<&RelationshipView>,
    after: Option<&RelationshipView>,
) -> anyhow::Result<()> {
    let Some(subject) = after.or(before) else {
        return Ok(());
    };
    let old = before.map(fields);
    let new = after.map(fields);
    let changes: Vec<Change> = (0..6)
        .filter_map(|i| {
            let field = old.as_ref().or(new.as_ref()).map(|f| f[i].0)?;
            let value = |set: &Option<[(&str, Option<String>); 6]>| {
                set.as_ref().and_then(|f| f[i].1.clone())
            };
            Change::between(field, value(&old).as_deref(), value(&new).as_deref())
        })
        .collect();
    if changes.is_empty() {
        return Ok(());
    }
    let action = match (before, after) {
        (None, _) => "relationship.created",
        (_, None) => "relationship.deleted",
        (Some(b), Some(a)) if b.active && !a.active => "relationship.deactivated",
        (Some(b), Some(a)) if !b.active && a.active => "relationship.reactivated",
        _ => "relationship.updated",
    };
    let entry = Entry {
        actor: actor.clone(),
        action,
        subject_kind: "relationship",
        subject_id: Some(subject.id),
        subject_label: label(subject),
        department_id: None,
        changes,
    };
    audit::record(db, entry).await
}

/// Stores a new relationship.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    input: RelationshipInput,
) -> anyhow::Result<relationship::Model> {
    let txn = begin(db).await?;
    let model = relationships::insert(&txn, input).await?;
    let after = relationships::find_view(&txn, model.id).await?;
    record(&txn, actor, None, after.as_ref()).await?;
    commit(txn).await?;
    Ok(model)
}

/// Replaces the fields of relationship `model`.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    model: relationship::Model,
    input: RelationshipInput,
) -> anyhow::Result<relationship::Model> {
    let txn = begin(db).await?;
    let before = relationships::find_view(&txn, model.id).await?;
    let model = relationships::update(&txn, model, input).await?;
    let after = relationships::find_view(&txn, model.id).await?;
    record(&txn, actor, before.as_ref(), after.as_ref()).await?;
    commit(txn).await?;
    Ok(model)
}

/// Activates or deactivates relationship `model`.
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Actor,
    model: relationship::Model,
    value: bool,
) -> anyhow::Result<()> {
    let txn = begin(db).await?;
    let id = model.id;
    let before = relationships::find_view(&txn, id).await?;
    relationships::set_active(&txn, model, value).await?;
    let after = relationships::find_view(&txn, id).await?;
    record(&txn, actor, before.as_ref(), after.as_ref()).await?;
    commit(txn).await
}

/// Deletes relationship `id` (check `relationships::in_use` first).
pub async fn delete(db: &DatabaseConnection, actor: &Actor, id: i32) -> anyhow::Result<()> {
    let txn = begin(db).await?;
    let before = relationships::find_view(&txn, id).await?;
    relationships::delete(&txn, id).await?;
    record(&txn, actor, before.as_ref(), None).await?;
    commit(txn).await
}
