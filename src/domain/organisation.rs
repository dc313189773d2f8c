//! Names and keys of the organisation: department names, employee names and HRIS external ids,
//! each a single-line label (`domain::text`).

use super::text::{TextError, single_line};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The customer "department" of responses released for the whole organisation: answers of
/// top-level departments too small to stand alone are stored under it. No department row has
/// this id; results count these responses in totals and show them in no department's cell.
pub const WHOLE_ORGANISATION: i32 = 0;

fn trimmed_text(raw: &str, what: &str, max: usize) -> Result<String, String> {
    single_line(raw, max).map_err(|error| error.describe(what, max))
}

/// A department's display name: trimmed, 1–120 characters, unique in the organisation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DepartmentName(String);

impl DepartmentName {
    /// Longest accepted name (the column's length).
    pub const MAX_CHARS: usize = 120;

    /// Accepts a non-empty name of at most 120 characters, without surrounding spaces.
    pub fn parse(raw: &str) -> Result<Self, String> {
        trimmed_text(raw, "the department name", Self::MAX_CHARS).map(Self)
    }

    /// Like `parse`, telling forms why a name was refused.
    pub fn parse_label(raw: &str) -> Result<Self, TextError> {
        single_line(raw, Self::MAX_CHARS).map(Self)
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An employee's full name: trimmed, 1–200 characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

impl PersonName {
    /// Longest accepted name (the column's length).
    pub const MAX_CHARS: usize = 200;

    /// Accepts a non-empty name of at most 200 characters, without surrounding spaces.
    pub fn parse(raw: &str) -> Result<Self, String> {
        trimmed_text(raw, "the name", Self::MAX_CHARS).map(Self)
    }

    /// Like `parse`, telling forms why a name was refused.
    pub fn parse_label(raw: &str) -> Result<Self, TextError> {
        single_line(raw, Self::MAX_CHARS).map(Self)
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The employee's key in the HR system, used to match rows when the organisation is synced.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ExternalId(String);

impl ExternalId {
    /// Longest accepted id (the column's length).
    pub const MAX_CHARS: usize = 100;

    /// Accepts a non-empty id of at most 100 characters, without surrounding spaces.
    pub fn parse(raw: &str) -> Result<Self, String> {
        trimmed_text(raw, "the external id", Self::MAX_CHARS).map(Self)
    }

    /// Like `parse_optional`, telling forms why an id was refused.
    pub fn parse_optional_label(raw: &str) -> Result<Option<Self>, TextError> {
        super::text::optional_single_line(raw, Self::MAX_CHARS).map(|id| id.map(Self))
    }

    /// `None` for an empty (or blank) input, the parsed id otherwise.
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, String> {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(raw).map(Some)
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_conversions {
    ($($name:ident),*) => {$(
        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                $name::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}

string_conversions!(DepartmentName, PersonName, ExternalId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_must_not_be_empty() {
        assert_eq!(DepartmentName::parse("  IT ").unwrap().as_str(), "IT");
        assert!(DepartmentName::parse("   ").is_err());
        assert!(PersonName::parse("").is_err());
    }

    #[test]
    fn names_longer_than_their_column_are_rejected() {
        assert!(DepartmentName::parse(&"x".repeat(121)).is_err());
        assert!(DepartmentName::parse(&"x".repeat(120)).is_ok());
        assert!(PersonName::parse(&"é".repeat(201)).is_err());
        assert!(ExternalId::parse(&"1".repeat(101)).is_err());
    }

    #[test]
    fn names_with_control_or_direction_characters_are_rejected() {
        let refused = DepartmentName::parse("IT\u{202E}sdrawkcab").unwrap_err();
        assert!(refused.contains("control characters"), "{refused}");
        assert!(PersonName::parse("Ann\u{0}Lee").is_err());
        assert!(ExternalId::parse("E\u{85}7").is_err());
    }

    #[test]
    fn a_blank_external_id_means_none() {
        assert_eq!(ExternalId::parse_optional("  ").unwrap(), None);
        assert_eq!(
            ExternalId::parse_optional(" E-7 ")
                .unwrap()
                .unwrap()
                .as_str(),
            "E-7"
        );
    }
}
