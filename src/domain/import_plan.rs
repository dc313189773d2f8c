//! What an employee import will write, as plain values: the organisation before it
//! (`Snapshot`) and the changes (`Plan`). `import::plan` decides them; the store applies them.

use super::{DepartmentName, EmailAddress, ExternalId, Locale, PersonName};

/// An employee as stored, as far as an import needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExistingEmployee {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub department_id: i32,
    pub locale: String,
    pub active: bool,
    pub external_id: Option<String>,
}

/// The organisation before the import.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub employees: Vec<ExistingEmployee>,
    /// Every department: (id, name).
    pub departments: Vec<(i32, String)>,
}

/// Where an employee will work: an existing department or one the import creates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DepartmentRef {
    Existing(i32),
    /// Index into `Plan::new_departments`.
    New(usize),
}

/// An employee's data as a row sets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployeeData {
    pub email: EmailAddress,
    pub name: PersonName,
    pub department: DepartmentRef,
    pub locale: Locale,
    pub external_id: Option<ExternalId>,
}

/// A change to an existing employee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployeeUpdate {
    pub id: i32,
    pub data: EmployeeData,
    /// The employee was inactive and is listed again.
    pub reactivate: bool,
}

/// Somebody who would be deactivated.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Person {
    pub id: i32,
    pub name: String,
    pub email: String,
}

/// How many employees an import touches, by kind of change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    pub reactivated: usize,
    pub deactivated: usize,
    pub unchanged: usize,
    pub departments_created: usize,
}

/// Everything an import will write.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub new_departments: Vec<DepartmentName>,
    pub creates: Vec<EmployeeData>,
    pub updates: Vec<EmployeeUpdate>,
    pub deactivate: Vec<Person>,
    pub summary: Summary,
}
