//! Rendering field errors and notices (translatable `Message`s) into the page's language.

use crate::domain::Locale;
use crate::state::AppState;
use std::collections::BTreeMap;

pub use crate::domain::FieldErrors;

/// The errors as text in `locale`, ready for the template.
pub fn render(state: &AppState, locale: Locale, errors: &FieldErrors) -> BTreeMap<String, String> {
    errors
        .messages()
        .map(|(field, message)| (field.to_owned(), message.render(&state.i18n, locale)))
        .collect()
}

/// Parses an optional id from a select box: empty means none.
pub fn optional_id(raw: &str) -> Result<Option<i32>, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        Ok(None)
    } else {
        raw.parse().map(Some).map_err(|_| ())
    }
}
