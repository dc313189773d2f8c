//! Validating a new API key (a name and at least one scope), shared by the HR page and the
//! JSON API. The key itself is made and stored by `crate::store::api_keys::create`.

use super::FieldErrors;
use crate::auth::Scope;
use crate::domain::text::{self, TextError};

/// Longest key name, in characters (the column's size).
pub const MAX_KEY_NAME_CHARS: usize = 120;

/// A validated new key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewKey {
    /// Trimmed, one line of 1 to `MAX_KEY_NAME_CHARS` characters.
    pub name: String,
    /// At least one scope, without duplicates, in display order.
    pub scopes: Vec<Scope>,
}

impl NewKey {
    /// Validates a raw name and the chosen scopes.
    pub fn parse(name: &str, chosen: &[Scope]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = match text::single_line(name, MAX_KEY_NAME_CHARS) {
            Ok(name) => name,
            Err(error) => {
                errors.add(
                    "name",
                    match error {
                        TextError::Empty => "apikey-error-name-required",
                        TextError::TooLong => "apikey-error-name-too-long",
                        TextError::ControlCharacter => text::CONTROL_CHARACTERS_KEY,
                    },
                );
                String::new()
            }
        };
        let scopes: Vec<Scope> = Scope::ALL
            .into_iter()
            .filter(|scope| chosen.contains(scope))
            .collect();
        if scopes.is_empty() {
            errors.add("scopes", "apikey-error-no-scope");
        }
        if errors.is_empty() {
            Ok(Self { name, scopes })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_needs_a_name_and_a_scope() {
        assert!(NewKey::parse("  ", &[Scope::Import]).is_err());
        assert!(NewKey::parse("HRIS sync", &[]).is_err());
        let key = NewKey::parse(" HRIS sync ", &[Scope::ResultsRead, Scope::Import]).unwrap();
        assert_eq!(key.name, "HRIS sync");
        assert_eq!(key.scopes, vec![Scope::Import, Scope::ResultsRead]);
    }

    #[test]
    fn a_key_name_with_a_control_character_is_refused() {
        let errors = NewKey::parse("HRIS\u{7f} sync", &[Scope::Import]).unwrap_err();

        let mut expected = FieldErrors::default();
        expected.add("name", text::CONTROL_CHARACTERS_KEY);
        assert_eq!(errors, expected);
    }
}
