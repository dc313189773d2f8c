//! What a survey is made of once loaded: its sections (relationships) and the questionnaire's
//! questions with their texts. Plain data, built by the store from database rows; which
//! rotating questions a section asks is decided above (`survey::model::resolve`).

use entity::question::{Dimension, QuestionKind};

/// One section of an invitation: a service the employee receives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// The relationship asked about.
    pub relationship_id: i32,
    /// Service name, e.g. "IT helpdesk".
    pub service: String,
    /// Name of the providing department.
    pub provider: String,
    /// The provider's service standard, if it has one (blank counts as none).
    pub standard: Option<String>,
    /// Where the section's rotating questions start in the employee's order of them
    /// (`waves::rotation`); `None` asks every question (sections made before rotation).
    pub rotating_from: Option<i32>,
    /// How many rotating questions the section asks.
    pub rotating_count: i32,
    /// The rotating questions it asks, once `survey::model::resolve` has turned the counter
    /// into questions.
    pub rotating: Vec<i32>,
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
    /// Asked in every section; the others rotate.
    pub core: bool,
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
    /// Asked in every section; the others rotate.
    pub core: bool,
    /// Options of choice and lost-time questions.
    pub option_count: i32,
}

/// A relationship's service standard as a section shows it: blank counts as none.
pub fn service_standard(stored: Option<String>) -> Option<String> {
    stored.filter(|standard| !standard.trim().is_empty())
}

/// Whether a question of `kind` and `dimension` is asked in a section whose relationship has
/// (`has_standard`) or lacks a service standard: a rating about the standard is skipped for a
/// relationship without one.
pub fn asked(has_standard: bool, kind: QuestionKind, dimension: Dimension) -> bool {
    has_standard || !(kind == QuestionKind::Rating && dimension == Dimension::Standard)
}

/// What a section needs to know of a question to decide whether it asks it.
pub trait Asked {
    /// The question's id.
    fn id(&self) -> i32;
    /// Its kind.
    fn kind(&self) -> QuestionKind;
    /// Its dimension.
    fn dimension(&self) -> Dimension;
    /// Whether it is a core question.
    fn core(&self) -> bool;
}

/// `Asked` for a type with `id`, `kind`, `dimension` and `core` fields.
macro_rules! asked_from_fields {
    ($($type:ty),+) => {$(
        impl Asked for $type {
            fn id(&self) -> i32 {
                self.id
            }
            fn kind(&self) -> QuestionKind {
                self.kind
            }
            fn dimension(&self) -> Dimension {
                self.dimension
            }
            fn core(&self) -> bool {
                self.core
            }
        }
    )+};
}

asked_from_fields!(Question, QuestionKey, entity::question::Model);

impl<T: Asked> Asked for &T {
    fn id(&self) -> i32 {
        (*self).id()
    }
    fn kind(&self) -> QuestionKind {
        (*self).kind()
    }
    fn dimension(&self) -> Dimension {
        (*self).dimension()
    }
    fn core(&self) -> bool {
        (*self).core()
    }
}

impl Section {
    /// Whether `question` is asked in this section: a question about the standard only where
    /// there is one (see [`asked`]), core questions always, rotating ones when picked.
    pub fn asks(&self, question: &impl Asked) -> bool {
        asked(
            self.standard.is_some(),
            question.kind(),
            question.dimension(),
        ) && (self.rotating_from.is_none()
            || question.core()
            || self.rotating.contains(&question.id()))
    }
}

/// The rotating questions of `questions` (in questionnaire order) that could be asked in a
/// section with (`has_standard`) or without a service standard.
pub fn rotating_ids(has_standard: bool, questions: &[impl Asked]) -> Vec<i32> {
    questions
        .iter()
        .filter(|q| !q.core() && asked(has_standard, q.kind(), q.dimension()))
        .map(Asked::id)
        .collect()
}
