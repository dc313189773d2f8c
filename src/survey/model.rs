//! What a survey is made of once loaded: its sections (relationships) and the questionnaire's
//! questions with their texts. Plain data, built by `store::survey` from database rows.

use entity::question::{Dimension, QuestionKind};

/// One section of an invitation: a service the employee receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The relationship asked about.
    pub relationship_id: i32,
    /// Service name, e.g. "IT helpdesk".
    pub service: String,
    /// Name of the providing department.
    pub provider: String,
    /// The provider's service standard, if it has one (blank counts as none).
    pub standard: Option<String>,
}

/// A question's texts in one locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// Locale code of these texts.
    pub locale: String,
    /// The prompt, with `{provider}`, `{service}`, `{standard}` placeholders.
    pub prompt: String,
    /// Optional help text (same placeholders).
    pub help: Option<String>,
    /// JSON array of option labels (choice and lost-time questions).
    pub options: Option<String>,
}

/// One question of the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// The question's id.
    pub id: i32,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// The dimension it measures.
    pub dimension: Dimension,
    /// Whether it must be answered.
    pub required: bool,
    /// Options of choice and lost-time questions.
    pub option_count: i32,
    /// Fluent id of a built-in question, used when no stored translation exists.
    pub message_key: Option<String>,
    /// Stored texts, any locales.
    pub translations: Vec<Translation>,
}

/// A question without its texts: what validating a submission needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionKey {
    /// The question's id.
    pub id: i32,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// The dimension it measures.
    pub dimension: Dimension,
    /// Whether it must be answered.
    pub required: bool,
    /// Options of choice and lost-time questions.
    pub option_count: i32,
}

/// Whether a question of `kind` and `dimension` is asked in a section whose relationship has
/// (`has_standard`) or lacks a service standard: a rating about the standard is skipped for a
/// relationship without one.
pub fn asked(has_standard: bool, kind: QuestionKind, dimension: Dimension) -> bool {
    has_standard || !(kind == QuestionKind::Rating && dimension == Dimension::Standard)
}

impl Section {
    /// Whether `question` is asked in this section (see [`asked`]).
    pub fn asks(&self, question: &Question) -> bool {
        asked(self.standard.is_some(), question.kind, question.dimension)
    }
}
