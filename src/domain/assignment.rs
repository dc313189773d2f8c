//! What assigning sections to employees works on: the relationships that may be asked about
//! and each employee's history with them. The store reads them; `waves::assign` decides.

use chrono::{DateTime, Utc};

/// A relationship that may be asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The relationship.
    pub id: i32,
    /// Who provides the service.
    pub provider_department_id: i32,
    /// Who receives it; `None` for the whole organisation.
    pub customer_department_id: Option<i32>,
}

/// When an employee was last asked about a relationship, and how often.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Asked {
    /// Last assignment.
    pub last_asked_at: DateTime<Utc>,
    /// Number of assignments.
    pub times_asked: i32,
    /// The rotation counter (`waves::rotation`); `None` before the first rotating question.
    pub rotating_asked: Option<i32>,
}
