//! The audit log's rows: inserting entries, one filtered page of them (newest first), the
//! newest recorded value of each audited setting, counting changes to a department's
//! employees, and the retention delete (which keeps each setting's newest entry). Nothing
//! here updates an entry.

use crate::domain::Change;
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::audit_entry;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::Serialize;
use std::collections::HashMap;

/// Rows per multi-row insert (11 columns each: far below every bind limit).
const ROWS_PER_STATEMENT: usize = 500;

/// The action of an entry that records a setting's value.
pub const SETTING_CHANGED: &str = "setting.changed";

/// An entry to insert, already in the shape of its row.
#[derive(Clone, Debug)]
pub struct NewEntry {
    pub at: DateTime<Utc>,
    pub actor_account_id: Option<i32>,
    pub actor_api_key_id: Option<i32>,
    pub actor_label: String,
    pub action: String,
    pub subject_kind: String,
    pub subject_id: Option<i32>,
    pub subject_label: String,
    pub department_id: Option<i32>,
    pub changes: Vec<Change>,
}

/// An entry as the audit page and the API show it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AuditEntryView {
    pub id: i32,
    /// When, in UTC.
    pub at: DateTime<Utc>,
    /// The account's email, the API key's name, `configuration` or `system`.
    pub actor: String,
    pub actor_account_id: Option<i32>,
    pub actor_api_key_id: Option<i32>,
    /// E.g. `employee.updated`.
    pub action: String,
    /// E.g. `employee`, `department`, `relationship`, `account`, `api_key`, `setting`.
    pub subject_kind: String,
    pub subject_id: Option<i32>,
    /// The subject's name at the time.
    pub subject_label: String,
    /// For employees: their department after the change.
    pub department_id: Option<i32>,
    /// Old → new, field by field.
    pub changes: Vec<Change>,
}

/// Which entries to list.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Only this subject kind.
    pub subject_kind: Option<String>,
    /// Part of the subject's name or of the actor, case-insensitive.
    pub search: Option<String>,
    /// Only entries at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Only entries before this time.
    pub until: Option<DateTime<Utc>>,
}

fn truncated(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        text
    } else {
        text.chars().take(max).collect()
    }
}

fn row(entry: NewEntry) -> anyhow::Result<audit_entry::ActiveModel> {
    Ok(audit_entry::ActiveModel {
        at: Set(entry.at),
        actor_account_id: Set(entry.actor_account_id),
        actor_api_key_id: Set(entry.actor_api_key_id),
        actor_label: Set(truncated(entry.actor_label, 254)),
        action: Set(truncated(entry.action, 64)),
        subject_kind: Set(truncated(entry.subject_kind, 32)),
        subject_id: Set(entry.subject_id),
        subject_label: Set(truncated(entry.subject_label, 300)),
        department_id: Set(entry.department_id),
        changes: Set(serde_json::to_string(&entry.changes)
            .context("Failed to write an audit entry's changes")?),
        ..Default::default()
    })
}

/// Inserts `entries` with multi-row statements.
pub async fn insert(db: &impl ConnectionTrait, entries: Vec<NewEntry>) -> anyhow::Result<()> {
    let rows = entries
        .into_iter()
        .map(row)
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut rows = rows.into_iter();
    loop {
        let chunk: Vec<_> = rows.by_ref().take(ROWS_PER_STATEMENT).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        audit_entry::Entity::insert_many(chunk)
            .exec_without_returning(db)
            .await
            .context("Failed to insert audit entries")?;
    }
}

fn view(model: audit_entry::Model) -> AuditEntryView {
    AuditEntryView {
        changes: serde_json::from_str(&model.changes).unwrap_or_default(),
        id: model.id,
        at: model.at,
        actor: model.actor_label,
        actor_account_id: model.actor_account_id,
        actor_api_key_id: model.actor_api_key_id,
        action: model.action,
        subject_kind: model.subject_kind,
        subject_id: model.subject_id,
        subject_label: model.subject_label,
        department_id: model.department_id,
    }
}

/// One page (1-based) of the entries matching `filter`, newest first, and their total.
pub async fn page(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    page: u64,
    per_page: u64,
) -> anyhow::Result<(Vec<AuditEntryView>, u64)> {
    let mut query = audit_entry::Entity::find();
    if let Some(kind) = &filter.subject_kind {
        query = query.filter(audit_entry::Column::SubjectKind.eq(kind.as_str()));
    }
    if let Some(matching) = super::search::any_contains(
        filter.search.as_deref(),
        &[
            audit_entry::Column::SubjectLabel,
            audit_entry::Column::ActorLabel,
        ],
    ) {
        query = query.filter(matching);
    }
    if let Some(since) = filter.since {
        query = query.filter(audit_entry::Column::At.gte(since));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_entry::Column::At.lt(until));
    }
    let total = query
        .clone()
        .count(db)
        .await
        .context("Failed to count audit entries")?;
    let rows = query
        .order_by_desc(audit_entry::Column::At)
        .order_by_desc(audit_entry::Column::Id)
        .offset(crate::store::paging::offset(page, per_page))
        .limit(per_page)
        .all(db)
        .await
        .context("Failed to list audit entries")?;
    Ok((rows.into_iter().map(view).collect(), total))
}

/// The newest recorded value of every audited setting, by key (`None`: recorded as unset).
pub async fn setting_values(
    db: &impl ConnectionTrait,
) -> anyhow::Result<HashMap<String, Option<String>>> {
    let rows = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(SETTING_CHANGED))
        .order_by_asc(audit_entry::Column::At)
        .order_by_asc(audit_entry::Column::Id)
        .all(db)
        .await
        .context("Failed to load the recorded settings")?;
    let mut values = HashMap::new();
    for model in rows {
        let key = model.subject_label.clone();
        let changes: Vec<Change> = serde_json::from_str(&model.changes).unwrap_or_default();
        if let Some(change) = changes.into_iter().next() {
            values.insert(key, change.new);
        }
    }
    Ok(values)
}

/// How many entries about employees of `department_id` were recorded at or after `since`.
pub async fn count_employee_changes(
    db: &impl ConnectionTrait,
    department_id: i32,
    since: DateTime<Utc>,
) -> anyhow::Result<u64> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::SubjectKind.eq("employee"))
        .filter(audit_entry::Column::DepartmentId.eq(department_id))
        .filter(audit_entry::Column::At.gte(since))
        .count(db)
        .await
        .context("Failed to count a department's employee changes")
}

/// Deletes the entries recorded before `cutoff`, except the newest entry of each setting (the
/// value startup compares the configuration with); returns how many went.
pub async fn delete_before(
    db: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let mut newest: HashMap<String, (DateTime<Utc>, i32)> = HashMap::new();
    let settings: Vec<(i32, DateTime<Utc>, String)> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Id)
        .column(audit_entry::Column::At)
        .column(audit_entry::Column::SubjectLabel)
        .filter(audit_entry::Column::Action.eq(SETTING_CHANGED))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to find the newest recorded settings")?;
    for (id, at, key) in settings {
        let slot = newest.entry(key).or_insert((at, id));
        if (at, id) > *slot {
            *slot = (at, id);
        }
    }
    let keep: Vec<i32> = newest.into_values().map(|(_, id)| id).collect();
    let result = audit_entry::Entity::delete_many()
        .filter(audit_entry::Column::At.lt(cutoff))
        .filter(audit_entry::Column::Id.is_not_in(keep))
        .exec(db)
        .await
        .context("Failed to delete expired audit entries")?;
    Ok(result.rows_affected)
}
