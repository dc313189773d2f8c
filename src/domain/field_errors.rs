//! Validation messages by form field, the one type every form and the JSON API report
//! refused input with.

use serde::Serialize;
use std::collections::BTreeMap;

/// Validation messages by form field: field name → Fluent message id (translated by the page,
/// or into English for the JSON API). A message may name numbers (`$min`); the page passes
/// them from its own context, the API's description from `args`. Serialised as the plain
/// field → message id map the templates read.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct FieldErrors {
    messages: BTreeMap<String, &'static str>,
    /// The numbers a field's message names, by field.
    #[serde(skip)]
    args: BTreeMap<String, Vec<(&'static str, i64)>>,
}

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `message` (a Fluent id) for `field`; the first message of a field wins.
    pub fn add(&mut self, field: impl Into<String>, message: &'static str) {
        self.add_with(field, message, Vec::new());
    }

    /// Records `message` for `field` with the numbers it names (`[("min", 3)]`); the first
    /// message of a field wins.
    pub fn add_with(
        &mut self,
        field: impl Into<String>,
        message: &'static str,
        args: Vec<(&'static str, i64)>,
    ) {
        let field = field.into();
        if self.messages.contains_key(&field) {
            return;
        }
        if !args.is_empty() {
            self.args.insert(field.clone(), args);
        }
        self.messages.insert(field, message);
    }

    /// Adds every error of `other` (a field that has one keeps it).
    pub fn merge(&mut self, other: FieldErrors) {
        self.extend_prefixed("", other);
    }

    /// Adds every error of `other` under its field name prefixed with `prefix` (`questions.2.`).
    pub fn extend_prefixed(&mut self, prefix: &str, other: FieldErrors) {
        let FieldErrors { messages, mut args } = other;
        for (field, message) in messages {
            let numbers = args.remove(&field).unwrap_or_default();
            self.add_with(format!("{prefix}{field}"), message, numbers);
        }
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The message id recorded for `field`.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.messages.get(field).copied()
    }

    /// The numbers the message of `field` names.
    pub fn args(&self, field: &str) -> &[(&'static str, i64)] {
        self.args.get(field).map_or(&[], Vec::as_slice)
    }

    /// Every (field, message id) pair, sorted by field.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &'static str)> {
        self.messages
            .iter()
            .map(|(field, message)| (field.as_str(), *message))
    }

    /// `Ok(value)` when there are no errors, else the errors.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}
