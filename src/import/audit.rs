//! The audit entries of an applied import: the organisation before and after, compared
//! employee by employee (`employee.created`, `.updated`, `.reactivated`, `.deactivated`, one
//! entry each) and department by department (`department.created`), all by the importer.

use super::plan::{ExistingEmployee, Snapshot};
use crate::audit::employees::{EmployeeFacts, entry};
use crate::audit::{Actor, Change, Entry};
use std::collections::HashMap;

fn facts(employee: &ExistingEmployee, departments: &HashMap<i32, &str>) -> EmployeeFacts {
    EmployeeFacts {
        id: employee.id,
        email: employee.email.clone(),
        name: employee.name.clone(),
        department_id: employee.department_id,
        department_name: departments
            .get(&employee.department_id)
            .map(|name| (*name).to_owned())
            .unwrap_or_default(),
        locale: employee.locale.clone(),
        active: employee.active,
        external_id: employee.external_id.clone(),
    }
}

/// Every change between `before` and `after` (the same transaction's snapshots around the
/// import), as entries by `actor`.
pub fn entries(actor: &Actor, before: &Snapshot, after: &Snapshot) -> Vec<Entry> {
    let old_departments: HashMap<i32, &str> = before
        .departments
        .iter()
        .map(|(id, name)| (*id, name.as_str()))
        .collect();
    let new_departments: HashMap<i32, &str> = after
        .departments
        .iter()
        .map(|(id, name)| (*id, name.as_str()))
        .collect();
    let mut entries: Vec<Entry> = after
        .departments
        .iter()
        .filter(|(id, _)| !old_departments.contains_key(id))
        .map(|(id, name)| Entry {
            actor: actor.clone(),
            action: "department.created",
            subject_kind: "department",
            subject_id: Some(*id),
            subject_label: name.clone(),
            department_id: None,
            changes: vec![Change::new("name", None, Some(name.clone()))],
        })
        .collect();
    let previous: HashMap<i32, EmployeeFacts> = before
        .employees
        .iter()
        .map(|e| (e.id, facts(e, &old_departments)))
        .collect();
    let mut employees: Vec<&ExistingEmployee> = after.employees.iter().collect();
    employees.sort_by_key(|e| e.id);
    entries.extend(employees.into_iter().filter_map(|employee| {
        let now = facts(employee, &new_departments);
        entry(actor, previous.get(&employee.id), &now)
    }));
    entries
}
