//! Why a change to the roster (a department or an employee) was not made: the one answer the
//! store's checks and the roster use cases give, which pages and the API turn into a message
//! (`roster::refusal`) or a status code.

/// Why a change to a department or an employee was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No such department or employee.
    NotFound,
    /// The department chosen for an employee does not exist.
    DepartmentNotFound,
    /// The parent chosen for a department does not exist.
    ParentNotFound,
    /// Another department already has this name.
    NameTaken,
    /// The new parent is the department itself or one of its descendants.
    WouldLoop,
    /// The department still has what is listed.
    InUse(Usage),
    /// Another employee already has this email address.
    EmailTaken,
    /// Another employee already has this external id.
    ExternalIdTaken,
}

/// What keeps a department from being deleted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Employees working in it.
    pub employees: u64,
    /// Departments under it.
    pub sub_departments: u64,
    /// Relationships it takes part in.
    pub relationships: u64,
    /// Staff accounts tied to it.
    pub accounts: u64,
}
