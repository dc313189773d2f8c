//! A follow-up action as a validated value: what it is about, and when it is overdue.
//! `followup::action_input` parses forms into it; the store writes it.

use chrono::NaiveDate;
use entity::action::ActionStatus;
use entity::question::Dimension;

/// What an action is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// The service as a whole.
    Service,
    /// One quality dimension.
    Dimension(Dimension),
    /// One question (its dimension is stored with it).
    Question(i32),
}

/// A validated action; that the owner department and the question exist is checked by the
/// store against the database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionInput {
    /// Trimmed title, 1–200 characters.
    pub title: String,
    /// Trimmed description, at most 4,000 characters (may be empty).
    pub description: String,
    /// The responsible department.
    pub owner_department_id: i32,
    /// Progress.
    pub status: ActionStatus,
    /// Target day.
    pub due_on: Option<NaiveDate>,
    /// What it is about.
    pub topic: Topic,
}

/// Whether an action is overdue on `today`: it has a due day in the past and is not done.
pub fn is_overdue(status: ActionStatus, due_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    status != ActionStatus::Done && due_on.is_some_and(|due| due < today)
}
