//! The HR programme's validated inputs: a cycle, its pulse settings, a relationship and a
//! question, ready to store. `programme` parses forms into them; the store writes them.

use super::{Cadence, Locale, Timezone};
use chrono::{DateTime, Utc};
use entity::cycle::ShortenBy;
use entity::question::{Dimension, QuestionKind};

/// A validated cycle, ready to store.
#[derive(Clone, Debug)]
pub struct CycleInput {
    pub name: String,
    pub questionnaire_id: i32,
    pub all_relationships: bool,
    pub relationship_ids: Vec<i32>,
    pub cadence: Cadence,
    pub rrule: String,
    pub timezone: Timezone,
    /// The first opening, converted from local time.
    pub starts_at: DateTime<Utc>,
    pub days_open: i32,
    pub reminder_after_days: Option<i32>,
    pub max_reminders: i32,
    pub fatigue_cap: i32,
    pub sample_percent: Option<i32>,
    pub pulse: PulseSettings,
    pub active: bool,
}

/// Validated pulse settings of a cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PulseSettings {
    /// Questions per section, core included; `None` asks every question.
    pub questions_per_section: Option<i32>,
    /// Most questions per employee per wave; `None` for no limit.
    pub max_answers_per_wave: Option<i32>,
    /// What goes first when over the maximum.
    pub shorten_by: ShortenBy,
}

/// A validated relationship, ready to store (department existence and uniqueness are checked
/// against the database by the store).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationshipInput {
    pub provider_department_id: i32,
    /// `None`: the whole organisation.
    pub customer_department_id: Option<i32>,
    pub service_name: String,
    pub service_standard: Option<String>,
    pub touchpoint_repeat_days: Option<i32>,
    pub active: bool,
}

/// The texts of a question in one locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationInput {
    pub locale: Locale,
    pub prompt: String,
    pub help: Option<String>,
    /// Option labels of `choice` and `lost_time` questions.
    pub options: Option<Vec<String>>,
}

/// A validated question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionInput {
    pub kind: QuestionKind,
    pub dimension: Dimension,
    pub required: bool,
    /// Asked in every section; otherwise the question rotates.
    pub core: bool,
    /// Number of options (0 unless the kind has options).
    pub option_count: i32,
    /// Only the locales that have a prompt.
    pub translations: Vec<TranslationInput>,
}
