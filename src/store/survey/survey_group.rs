//! The group a respondent's answers count in, as the survey page tells them: how many were
//! invited in the same department when the wave opened, and how many changes to that
//! department's roster HR's audit log holds since then. Counts only, never names.

use crate::domain::Change;
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{audit_entry, invitation, wave};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

/// Audit actions about an employee that always change a group: someone new, someone back, or
/// a link moved to another address.
const GROUP_ACTIONS: [&str; 3] = [
    "employee.created",
    "employee.reactivated",
    "employee.reissued",
];

/// Fields of an `employee.updated` entry that change a group: a move in, a new address.
const GROUP_FIELDS: [&str; 2] = ["department", "email"];

/// What the survey page says about the respondent's group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Group {
    /// The others invited in the respondent's department when the wave opened.
    pub colleagues: u64,
    /// Employees of that department added, moved in, reactivated, given another address or
    /// sent a reissued link since the wave opened (each counted once).
    pub changes: u64,
}

/// The group of a respondent of `wave_id` who was in `department_id` when it opened; `None`
/// when the wave is gone.
pub async fn of_respondent(
    db: &impl ConnectionTrait,
    wave_id: i32,
    department_id: i32,
) -> anyhow::Result<Option<Group>> {
    let Some(opened) = wave::Entity::find_by_id(wave_id)
        .one(db)
        .await
        .context("Failed to read the wave of a survey")?
        .map(|wave| wave.opens_at)
    else {
        return Ok(None);
    };
    let invited = invitation::Entity::find()
        .filter(invitation::Column::WaveId.eq(wave_id))
        .filter(invitation::Column::DepartmentId.eq(department_id))
        .count(db)
        .await
        .context("Failed to count a survey's group")?;
    Ok(Some(Group {
        colleagues: invited.saturating_sub(1),
        changes: changes_since(db, department_id, opened).await?,
    }))
}

/// The employees now in `department_id` whom the audit log shows, since `since`, added to the
/// group, brought back, moved in, given another address or sent a reissued link.
async fn changes_since(
    db: &impl ConnectionTrait,
    department_id: i32,
    since: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let rows: Vec<(Option<i32>, String, String)> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::SubjectId)
        .column(audit_entry::Column::Action)
        .column(audit_entry::Column::Changes)
        .filter(audit_entry::Column::SubjectKind.eq("employee"))
        .filter(audit_entry::Column::DepartmentId.eq(department_id))
        .filter(audit_entry::Column::At.gte(since))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to read the changes to a survey's group")?;
    let changed: std::collections::HashSet<Option<i32>> = rows
        .iter()
        .filter(|(_, action, changes)| {
            GROUP_ACTIONS.contains(&action.as_str())
                || (action == "employee.updated"
                    && serde_json::from_str::<Vec<Change>>(changes).is_ok_and(|changes| {
                        changes
                            .iter()
                            .any(|change| GROUP_FIELDS.contains(&change.field.as_str()))
                    }))
        })
        .map(|(subject, _, _)| *subject)
        .collect();
    Ok(u64::try_from(changed.len()).unwrap_or(u64::MAX))
}
