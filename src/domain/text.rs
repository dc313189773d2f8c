//! The one check every name, label and free text that staff or API clients enter goes through:
//! department and employee names, service names and standards, questionnaire names and question
//! texts, cycle names, action titles and descriptions, display names, API key names, touchpoint
//! context labels.
//!
//! A single-line label (`single_line`) refuses every control character — C0 (U+0000–U+001F),
//! DEL and C1 (U+007F–U+009F) — the line and paragraph separators (U+2028, U+2029) and the
//! bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
//! can make a label display as something other than what it is. A multi-line text
//! (`multi_line`) refuses the same except line breaks and tabs. Nothing is silently removed:
//! the person who typed it is told.

/// Fluent id of the field error shown for a refused character, in every shipped language.
pub const CONTROL_CHARACTERS_KEY: &str = "err-control-characters";

/// Why a text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    /// Nothing but white space.
    Empty,
    /// More characters than allowed.
    TooLong,
    /// A control, separator or bidirectional formatting character.
    ControlCharacter,
}

impl TextError {
    /// The English sentence for the JSON API and logs, about `what` ("the department name").
    pub fn describe(self, what: &str, max: usize) -> String {
        match self {
            TextError::Empty => format!("{what} is empty"),
            TextError::TooLong => format!("{what} is longer than {max} characters"),
            TextError::ControlCharacter => format!("{what} must not contain control characters"),
        }
    }
}

/// Whether `c` may appear in a single-line label.
pub fn allowed_in_label(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        ))
}

/// Whether `c` may appear in a multi-line text: what a label allows, plus line breaks and tabs.
pub fn allowed_in_text(c: char) -> bool {
    matches!(c, '\n' | '\t') || allowed_in_label(c)
}

/// A trimmed single-line label of 1 to `max` characters.
pub fn single_line(raw: &str, max: usize) -> Result<String, TextError> {
    let text = raw.trim();
    if text.is_empty() {
        Err(TextError::Empty)
    } else if !text.chars().all(allowed_in_label) {
        Err(TextError::ControlCharacter)
    } else if text.chars().count() > max {
        Err(TextError::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// Like `single_line`, but a blank input is `Ok(None)`.
pub fn optional_single_line(raw: &str, max: usize) -> Result<Option<String>, TextError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        single_line(raw, max).map(Some)
    }
}

/// A trimmed text of at most `max` characters that may span lines (`\r\n` and `\r` become
/// `\n`) and hold tabs; it may be empty.
pub fn multi_line(raw: &str, max: usize) -> Result<String, TextError> {
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if !text.chars().all(allowed_in_text) {
        Err(TextError::ControlCharacter)
    } else if text.chars().count() > max {
        Err(TextError::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// Whether `text` holds a character that no single-line label may hold.
pub fn has_label_control(text: &str) -> bool {
    !text.chars().all(allowed_in_label)
}

/// Whether `text` holds a character that no multi-line text may hold.
pub fn has_text_control(text: &str) -> bool {
    !text.chars().all(allowed_in_text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_label_is_trimmed_and_keeps_letters_of_every_script() {
        assert_eq!(single_line("  Help desk ", 20).unwrap(), "Help desk");
        assert_eq!(single_line("Служба ИТ", 20).unwrap(), "Служба ИТ");
        assert_eq!(single_line("שירות 👩‍💻", 20).unwrap(), "שירות 👩‍💻");
        assert_eq!(single_line(" ", 20), Err(TextError::Empty));
        assert_eq!(single_line("abc", 2), Err(TextError::TooLong));
    }

    #[test]
    fn a_label_refuses_controls_separators_and_direction_overrides() {
        for bad in [
            "a\u{0}b",
            "a\tb",
            "a\nb",
            "a\u{1b}[31mb",
            "a\u{7f}b",
            "a\u{85}b",
            "a\u{9f}b",
            "a\u{2028}b",
            "a\u{2029}b",
            "a\u{202E}b",
            "a\u{2066}b",
        ] {
            assert_eq!(
                single_line(bad, 20),
                Err(TextError::ControlCharacter),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_multi_line_text_keeps_line_breaks_and_tabs_only() {
        assert_eq!(multi_line(" a\r\n\tb\rc ", 20).unwrap(), "a\n\tb\nc");
        assert_eq!(multi_line("", 20).unwrap(), "");
        assert_eq!(multi_line("a\u{0}b", 20), Err(TextError::ControlCharacter));
        assert_eq!(
            multi_line("a\u{202D}b", 20),
            Err(TextError::ControlCharacter)
        );
    }

    proptest! {
        #[test]
        fn an_accepted_label_holds_no_refused_character(raw in "\\PC*[\\x00-\\x1f\\u{80}-\\u{9f}]?\\PC*") {
            if let Ok(label) = single_line(&raw, 1000) {
                prop_assert!(label.chars().all(allowed_in_label));
                prop_assert!(!has_label_control(&label));
            }
        }
    }
}
