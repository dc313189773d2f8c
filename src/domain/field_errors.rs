//! Validation messages by form field, the one type every staff form and the JSON API report
//! refused input with.

use super::message::{Arg, Message};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::collections::BTreeMap;

/// Validation messages by form field: field name → translatable `Message` (a Fluent id with
/// its arguments; translated by the page, or into English for the JSON API). Serialised as the
/// plain field → message id map the templates read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors {
    messages: BTreeMap<String, Message>,
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
        let message = Message {
            key: message,
            args: args
                .into_iter()
                .map(|(name, value)| (name, Arg::Number(value)))
                .collect(),
        };
        self.messages.entry(field.into()).or_insert(message);
    }

    /// Records `message` for `field`, replacing one recorded before.
    pub fn insert(&mut self, field: impl Into<String>, message: Message) {
        self.messages.insert(field.into(), message);
    }

    /// Adds every error of `other` (a field that has one keeps it).
    pub fn merge(&mut self, other: FieldErrors) {
        self.extend_prefixed("", other);
    }

    /// Adds every error of `other` under its field name prefixed with `prefix` (`questions.2.`).
    pub fn extend_prefixed(&mut self, prefix: &str, other: FieldErrors) {
        for (field, message) in other.messages {
            self.messages
                .entry(format!("{prefix}{field}"))
                .or_insert(message);
        }
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The message id recorded for `field`.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.messages.get(field).map(|message| message.key)
    }

    /// The numbers the message of `field` names.
    pub fn args(&self, field: &str) -> Vec<(&'static str, i64)> {
        self.messages
            .get(field)
            .map(|message| {
                message
                    .args
                    .iter()
                    .filter_map(|(name, arg)| match arg {
                        Arg::Number(value) => Some((*name, *value)),
                        Arg::Text(_) | Arg::List(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every (field, message id) pair, sorted by field.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &'static str)> {
        self.messages
            .iter()
            .map(|(field, message)| (field.as_str(), message.key))
    }

    /// Every (field, message) pair, sorted by field.
    pub fn messages(&self) -> impl Iterator<Item = (&str, &Message)> {
        self.messages
            .iter()
            .map(|(field, message)| (field.as_str(), message))
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

impl<const N: usize> From<[(&'static str, Message); N]> for FieldErrors {
    fn from(errors: [(&'static str, Message); N]) -> Self {
        let mut all = Self::new();
        for (field, message) in errors {
            all.insert(field, message);
        }
        all
    }
}

impl Serialize for FieldErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.messages.len()))?;
        for (field, key) in self.iter() {
            map.serialize_entry(field, key)?;
        }
        map.end()
    }
}
