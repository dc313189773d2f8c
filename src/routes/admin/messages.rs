//! Rendering field errors and notices (translatable `Message`s) into the page's language.

use crate::domain::Locale;
use crate::import::Message;
use crate::state::AppState;
use std::collections::BTreeMap;

/// Errors of a form, by field name.
pub type FieldErrors = BTreeMap<&'static str, Message>;

/// The errors as text in `locale`, ready for the template.
pub fn render(
    state: &AppState,
    locale: Locale,
    errors: &FieldErrors,
) -> BTreeMap<&'static str, String> {
    errors
        .iter()
        .map(|(field, message)| (*field, message.render(&state.i18n, locale)))
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
