//! What a refused roster change tells the person who asked, in any language.

use crate::domain::Message;
use crate::domain::Refusal;

impl Refusal {
    /// A message for the person who asked, in any language.
    pub fn message(&self) -> Message {
        match self {
            Refusal::NotFound => Message::new("department-not-found"),
            Refusal::ParentNotFound => Message::new("department-parent-not-found"),
            Refusal::NameTaken => Message::new("department-name-taken"),
            Refusal::WouldLoop => Message::new("department-move-loop"),
            Refusal::InUse(usage) => {
                let parts = [
                    ("department-left-employees", usage.employees),
                    ("department-left-sub-departments", usage.sub_departments),
                    ("department-left-relationships", usage.relationships),
                    ("department-left-accounts", usage.accounts),
                ];
                let left = parts
                    .into_iter()
                    .filter(|(_, count)| *count > 0)
                    .map(|(key, count)| Message::new(key).number("count", count))
                    .collect();
                Message::new("department-in-use").list("what", left)
            }
            Refusal::DepartmentNotFound => Message::new("employee-department-missing"),
            Refusal::EmailTaken => Message::new("employee-email-taken"),
            Refusal::ExternalIdTaken => Message::new("employee-external-id-taken"),
        }
    }
}
