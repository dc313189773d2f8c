//! One field's change as the audit log keeps it: the field's name and its old and new value as
//! plain text. Shared by the audit use cases, the store and the API.

use serde::{Deserialize, Serialize};

/// A field that changed: `old` is `None` for something new, `new` is `None` for something
/// removed. Never a password, token or key hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Change {
    /// The field, e.g. `email` or `department`.
    pub field: String,
    /// The value before the change.
    pub old: Option<String>,
    /// The value after the change.
    pub new: Option<String>,
}

impl Change {
    /// A change of `field` from `old` to `new`.
    pub fn new(field: impl Into<String>, old: Option<String>, new: Option<String>) -> Self {
        Self {
            field: field.into(),
            old,
            new,
        }
    }

    /// The change of `field`, or nothing when `old` and `new` are equal.
    pub fn between(field: &str, old: Option<&str>, new: Option<&str>) -> Option<Self> {
        (old != new).then(|| Self::new(field, old.map(str::to_owned), new.map(str::to_owned)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_are_no_change() {
        assert_eq!(Change::between("name", Some("A"), Some("A")), None);
        let change = Change::between("name", Some("A"), None).unwrap();
        assert_eq!(change.old.as_deref(), Some("A"));
        assert_eq!(change.new, None);
    }
}
