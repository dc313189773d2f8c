//! Programme setup: HR's input for service relationships, questionnaires and survey cycles,
//! turned from raw form (or JSON) fields into validated values, and the use cases that write
//! several rows in one transaction (shared by the HR pages and the JSON API). Queries stay in
//! the store: checks that need the database (does the department exist, is the name taken)
//! live there and return the same `FieldErrors`.

pub mod cycle_input;
pub mod pulse_preview;
pub mod pulse_settings;
pub mod question_input;
pub mod questionnaire_edits;
pub mod questionnaire_versions;
pub mod relationship_input;
pub mod save_cycle;
pub mod schedule;

use crate::domain::text::{CONTROL_CHARACTERS_KEY, TextError};

pub use crate::domain::FieldErrors;

/// The field error of a text refused by `domain::text`: its own message for a control
/// character, `length_key` for an empty or overlong one.
pub(crate) fn text_error(error: TextError, length_key: &'static str) -> &'static str {
    match error {
        TextError::ControlCharacter => CONTROL_CHARACTERS_KEY,
        TextError::Empty | TextError::TooLong => length_key,
    }
}

/// Trims a raw field; `None` when it is blank.
pub(crate) fn non_blank(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A checkbox or boolean field: present and not "false"/"off"/"0".
pub(crate) fn checked(raw: &str) -> bool {
    !matches!(raw.trim(), "" | "false" | "off" | "0")
}

/// Parses an optional whole number within `range`; blank is `Ok(None)`.
pub(crate) fn optional_number(
    raw: &str,
    range: std::ops::RangeInclusive<i32>,
) -> Result<Option<i32>, ()> {
    match non_blank(raw) {
        None => Ok(None),
        Some(text) => match text.parse::<i32>() {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(()),
        },
    }
}

impl FieldErrors {
    /// The errors as one English sentence list for the JSON API: `field: message; …`.
    pub fn describe(&self, i18n: &crate::i18n::I18n) -> String {
        self.iter()
            .map(|(field, key)| {
                let mut args = fluent_bundle::FluentArgs::new();
                for (name, value) in self.args(field) {
                    args.set(name, value);
                }
                format!(
                    "{field}: {}",
                    i18n.text(crate::domain::Locale::EN, key, Some(&args))
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}
