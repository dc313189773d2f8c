//! Audit entries about employees: the fields that changed between two states of one employee,
//! named `email`, `name`, `department` (by name; the entry's `department_id` is the department
//! after the change), `active`, `locale` and `external_id`. Shared by the employee forms, the
//! API and the import.

use super::{Actor, Change, Entry};
use crate::store::organisation::employees::{self, EmployeeView};
use sea_orm::ConnectionTrait;

/// The audited state of one employee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployeeFacts {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub department_id: i32,
    pub department_name: String,
    pub locale: String,
    pub active: bool,
    pub external_id: Option<String>,
}

impl From<&EmployeeView> for EmployeeFacts {
    fn from(view: &EmployeeView) -> Self {
        Self {
            id: view.id,
            email: view.email.clone(),
            name: view.name.clone(),
            department_id: view.department_id,
            department_name: view.department_name.clone(),
            locale: view.locale.clone(),
            active: view.active,
            external_id: view.external_id.clone(),
        }
    }
}

fn flag(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// The audited fields of an employee, by name, as text.
fn values(employee: &EmployeeFacts) -> [(&'static str, Option<String>); 6] {
    [
        ("email", Some(employee.email.clone())),
        ("name", Some(employee.name.clone())),
        ("department", Some(employee.department_name.clone())),
        ("active", Some(flag(employee.active).to_owned())),
        ("locale", Some(employee.locale.clone())),
        ("external_id", employee.external_id.clone()),
    ]
}

/// The entry for an employee that went from `before` (`None`: it is new) to `after`, or
/// nothing when no field changed.
pub fn entry(
    actor: &Actor,
    before: Option<&EmployeeFacts>,
    after: &EmployeeFacts,
) -> Option<Entry> {
    let old = before.map(values);
    let mut changes: Vec<Change> = values(after)
        .into_iter()
        .enumerate()
        .filter_map(|(i, (name, new))| {
            let old = old.as_ref().and_then(|o| o[i].1.clone());
            Change::between(name, old.as_deref(), new.as_deref())
        })
        .collect();
    if let Some(before) = before
        && before.department_id != after.department_id
        && before.department_name == after.department_name
    {
        // Two departments of the same name: the ids tell the move apart.
        changes.push(Change::new(
            "department",
            Some(before.department_id.to_string()),
            Some(after.department_id.to_string()),
        ));
    }
    if changes.is_empty() {
        return None;
    }
    let action = match before {
        None => "employee.created",
        Some(before) if before.active && !after.active => "employee.deactivated",
        Some(before) if !before.active && after.active => "employee.reactivated",
        Some(_) => "employee.updated",
    };
    if before.is_none() {
        changes.retain(|c| c.field != "active");
    }
    Some(Entry {
        actor: actor.clone(),
        action,
        subject_kind: "employee",
        subject_id: Some(after.id),
        subject_label: after.name.clone(),
        department_id: Some(after.department_id),
        changes,
    })
}

/// Records what happened to employee `id` since `before` (`None`: it was just created), as
/// the employee now is on `db` (the change's transaction). Nothing when nothing changed.
pub async fn record_change(
    db: &impl ConnectionTrait,
    actor: &Actor,
    before: Option<&EmployeeView>,
    id: i32,
) -> anyhow::Result<()> {
    let Some(after) = employees::find(db, id).await? else {
        return Ok(());
    };
    let before = before.map(EmployeeFacts::from);
    match entry(actor, before.as_ref(), &EmployeeFacts::from(&after)) {
        Some(entry) => super::record(db, entry).await,
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> EmployeeFacts {
        EmployeeFacts {
            id: 7,
            email: "alice@example.com".to_owned(),
            name: "Alice".to_owned(),
            department_id: 1,
            department_name: "Sales".to_owned(),
            locale: "en".to_owned(),
            active: true,
            external_id: None,
        }
    }

    #[test]
    fn only_changed_fields_are_listed() {
        let before = alice();
        let mut after = alice();
        after.email = "a@example.com".to_owned();
        after.department_id = 2;
        after.department_name = "Finance".to_owned();
        let entry = entry(&Actor::System, Some(&before), &after).unwrap();
        assert_eq!(entry.action, "employee.updated");
        assert_eq!(entry.department_id, Some(2));
        let fields: Vec<&str> = entry.changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["email", "department"]);
        assert_eq!(entry.changes[1].old.as_deref(), Some("Sales"));
    }

    #[test]
    fn an_unchanged_employee_gives_no_entry_and_deactivation_is_named() {
        assert!(entry(&Actor::System, Some(&alice()), &alice()).is_none());
        let mut after = alice();
        after.active = false;
        let entry = entry(&Actor::System, Some(&alice()), &after).unwrap();
        assert_eq!(entry.action, "employee.deactivated");
    }
}
