//! How short a cycle's pulse is, as HR sets it: questions per section (core questions plus
//! rotating ones; empty asks every question), the most questions per employee per wave (empty:
//! no limit) and what goes first when an employee's sections would ask more. Checked against
//! the questionnaire the cycle uses, whose shape (its core and rotating questions) is read here
//! too. New cycles get the defaults of `domain::pulse`.

use super::cycle_input::CycleForm;
use super::{FieldErrors, non_blank};
use crate::domain::pulse::{DEFAULT_MAX_ANSWERS_PER_WAVE, DEFAULT_ROTATING_PER_SECTION};
use entity::cycle::ShortenBy;
use entity::question::{self, QuestionKind};
use sea_orm::{ActiveEnum, Iterable};

/// The most questions per wave a cycle may allow.
pub const MAX_ANSWERS_LIMIT: i32 = 100;

/// What goes first by default when a wave would ask more than the maximum.
pub const DEFAULT_SHORTEN_BY: ShortenBy = ShortenBy::RotatingQuestions;

/// A questionnaire as the pulse settings see it: the kinds of its core and rotating questions,
/// in questionnaire order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionnaireShape {
    /// Kinds of the core questions (asked in every section).
    pub core: Vec<QuestionKind>,
    /// Kinds of the rotating questions.
    pub rotating: Vec<QuestionKind>,
}

impl QuestionnaireShape {
    /// The shape of a questionnaire's questions.
    pub fn of(questions: &[question::Model]) -> Self {
        let (core, rotating): (Vec<_>, Vec<_>) = questions.iter().partition(|q| q.core);
        Self {
            core: core.into_iter().map(|q| q.kind).collect(),
            rotating: rotating.into_iter().map(|q| q.kind).collect(),
        }
    }

    /// Number of core questions.
    pub fn core_count(&self) -> i32 {
        count(self.core.len())
    }

    /// Number of questions.
    pub fn total(&self) -> i32 {
        count(self.core.len() + self.rotating.len())
    }

    /// The fewest questions per section (and per wave) a cycle may ask: the core questions,
    /// and at least one.
    pub fn least(&self) -> i32 {
        self.core_count().max(1)
    }

    /// Questions per section of a new cycle: the core questions and
    /// `DEFAULT_ROTATING_PER_SECTION` rotating ones (fewer when there are fewer); `None` (every
    /// question) for a questionnaire without questions.
    pub fn default_questions_per_section(&self) -> Option<i32> {
        let total = self.total();
        (total > 0).then(|| (self.core_count() + DEFAULT_ROTATING_PER_SECTION).min(total))
    }

    /// Most questions per wave of a new cycle: `DEFAULT_MAX_ANSWERS_PER_WAVE`, or the core
    /// questions when there are more of them.
    pub fn default_max_answers_per_wave(&self) -> i32 {
        DEFAULT_MAX_ANSWERS_PER_WAVE
            .max(self.least())
            .min(MAX_ANSWERS_LIMIT)
    }
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The raw pulse fields of the cycle form. `None`: not given (a new cycle gets the default, a
/// changed one keeps its value); blank: every question / no limit.
#[derive(Clone, Copy, Debug, Default)]
pub struct PulseFields<'a> {
    pub questions_per_section: Option<&'a str>,
    pub max_answers_per_wave: Option<&'a str>,
    pub shorten_by: Option<&'a str>,
}

pub use crate::domain::programme::PulseSettings;

/// The form value of `shorten_by` (`rotating_questions`, `sections`).
pub fn shorten_by_value(value: ShortenBy) -> String {
    value.to_value()
}

/// Every form value of `shorten_by`.
pub fn shorten_by_values() -> Vec<String> {
    ShortenBy::iter().map(shorten_by_value).collect()
}

fn whole(raw: &str) -> Option<i32> {
    raw.trim().parse::<i32>().ok()
}

impl PulseSettings {
    /// The settings of a stored cycle.
    pub fn of(cycle: &entity::cycle::Model) -> Self {
        Self {
            questions_per_section: cycle.questions_per_section,
            max_answers_per_wave: cycle.max_answers_per_wave,
            shorten_by: cycle.shorten_by,
        }
    }

    /// The settings of a new cycle using a questionnaire of `shape`.
    pub fn defaults(shape: &QuestionnaireShape) -> Self {
        Self {
            questions_per_section: shape.default_questions_per_section(),
            max_answers_per_wave: Some(shape.default_max_answers_per_wave()),
            shorten_by: DEFAULT_SHORTEN_BY,
        }
    }

    /// Validates `fields` against questionnaire `shape`: questions per section from the core
    /// questions (at least one) to every question, the maximum per wave from the core questions
    /// to `MAX_ANSWERS_LIMIT`. Fields not given count as blank. Without a shape (no such
    /// questionnaire: its own error is recorded elsewhere) only the form of the numbers is
    /// checked.
    pub fn parse(
        fields: PulseFields<'_>,
        shape: Option<&QuestionnaireShape>,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let least = shape.map_or(1, QuestionnaireShape::least);
        let core = shape.map_or(0, QuestionnaireShape::core_count);
        let total = shape.map_or(MAX_ANSWERS_LIMIT, QuestionnaireShape::total);
        let questions_per_section = match fields.questions_per_section.and_then(non_blank) {
            None => None,
            Some(raw) => {
                let n = whole(&raw).filter(|n| (least..=total).contains(n));
                if n.is_none() {
                    errors.add_with(
                        "questions_per_section",
                        "err-cy-questions-per-section",
                        vec![
                            ("min", i64::from(least)),
                            ("max", i64::from(total)),
                            ("core", i64::from(core)),
                        ],
                    );
                }
                n
            }
        };
        let max_answers_per_wave = match fields.max_answers_per_wave.and_then(non_blank) {
            None => None,
            Some(raw) => {
                let n = whole(&raw).filter(|n| (least..=MAX_ANSWERS_LIMIT).contains(n));
                if n.is_none() {
                    errors.add_with(
                        "max_answers_per_wave",
                        "err-cy-max-answers",
                        vec![
                            ("min", i64::from(least)),
                            ("max", i64::from(MAX_ANSWERS_LIMIT)),
                            ("core", i64::from(core)),
                        ],
                    );
                }
                n
            }
        };
        let shorten_by = match fields.shorten_by.and_then(non_blank) {
            None => Some(DEFAULT_SHORTEN_BY),
            Some(raw) => ShortenBy::iter().find(|value| value.to_value() == raw),
        };
        if shorten_by.is_none() {
            errors.add("shorten_by", "err-cy-shorten-by");
        }
        errors.into_result(|| Self {
            questions_per_section,
            max_answers_per_wave,
            shorten_by: shorten_by.unwrap_or(DEFAULT_SHORTEN_BY),
        })
    }
}

impl CycleForm {
    /// The questionnaire the form names, when it is a number.
    pub fn questionnaire(&self) -> Option<i32> {
        self.questionnaire_id.trim().parse().ok()
    }

    /// The raw pulse fields.
    pub fn pulse_fields(&self) -> PulseFields<'_> {
        PulseFields {
            questions_per_section: self.questions_per_section.as_deref(),
            max_answers_per_wave: self.max_answers_per_wave.as_deref(),
            shorten_by: self.shorten_by.as_deref(),
        }
    }

    /// Fills the pulse fields with `settings` (blank for every question / no limit).
    pub fn set_pulse(&mut self, settings: PulseSettings) {
        self.questions_per_section = Some(number(settings.questions_per_section));
        self.max_answers_per_wave = Some(number(settings.max_answers_per_wave));
        self.shorten_by = Some(shorten_by_value(settings.shorten_by));
    }

    /// Fills the pulse fields that were not sent: with `existing`'s values when a cycle is
    /// changed, with the defaults for questionnaire `shape` when a cycle is created.
    pub fn fill_pulse_defaults(
        &mut self,
        existing: Option<&entity::cycle::Model>,
        shape: Option<&QuestionnaireShape>,
    ) {
        let settings = match (existing, shape) {
            (Some(model), _) => PulseSettings::of(model),
            (None, Some(shape)) => PulseSettings::defaults(shape),
            (None, None) => return,
        };
        self.questions_per_section
            .get_or_insert_with(|| number(settings.questions_per_section));
        self.max_answers_per_wave
            .get_or_insert_with(|| number(settings.max_answers_per_wave));
        self.shorten_by
            .get_or_insert_with(|| shorten_by_value(settings.shorten_by));
    }
}

fn number(value: Option<i32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in questionnaire: three core questions (two ratings and a comment), six
    /// rotating ones.
    fn builtin() -> QuestionnaireShape {
        QuestionnaireShape {
            core: vec![
                QuestionKind::Rating,
                QuestionKind::Rating,
                QuestionKind::Text,
            ],
            rotating: vec![QuestionKind::Rating; 6],
        }
    }

    fn fields<'a>(per_section: &'a str, per_wave: &'a str) -> PulseFields<'a> {
        PulseFields {
            questions_per_section: Some(per_section),
            max_answers_per_wave: Some(per_wave),
            shorten_by: None,
        }
    }

    #[test]
    fn a_new_cycle_asks_the_core_questions_and_one_rotating_one_and_at_most_ten_per_wave() {
        assert_eq!(builtin().default_questions_per_section(), Some(4));
        assert_eq!(builtin().default_max_answers_per_wave(), 10);
        let all_core = QuestionnaireShape {
            core: vec![QuestionKind::Rating; 12],
            rotating: vec![],
        };
        assert_eq!(all_core.default_questions_per_section(), Some(12));
        assert_eq!(all_core.default_max_answers_per_wave(), 12);
        assert_eq!(
            QuestionnaireShape::default().default_questions_per_section(),
            None
        );
    }

    #[test]
    fn questions_per_section_run_from_the_core_questions_to_every_question() {
        let shape = builtin();
        let ok = PulseSettings::parse(fields("3", "10"), Some(&shape)).unwrap();
        assert_eq!(ok.questions_per_section, Some(3));
        assert_eq!(ok.shorten_by, ShortenBy::RotatingQuestions);
        assert!(PulseSettings::parse(fields("9", ""), Some(&shape)).is_ok());
        for refused in ["2", "10", "four", "-1"] {
            let errors = PulseSettings::parse(fields(refused, ""), Some(&shape)).unwrap_err();
            assert_eq!(
                errors.get("questions_per_section"),
                Some("err-cy-questions-per-section"),
                "{refused}"
            );
            assert_eq!(
                errors.args("questions_per_section"),
                [("min", 3), ("max", 9), ("core", 3)]
            );
        }
    }

    #[test]
    fn the_maximum_per_wave_runs_from_the_core_questions_to_a_hundred_and_blank_is_no_limit() {
        let shape = builtin();
        let none = PulseSettings::parse(fields("", " "), Some(&shape)).unwrap();
        assert_eq!(
            (none.questions_per_section, none.max_answers_per_wave),
            (None, None)
        );
        assert!(PulseSettings::parse(fields("", "100"), Some(&shape)).is_ok());
        for refused in ["2", "101"] {
            let errors = PulseSettings::parse(fields("", refused), Some(&shape)).unwrap_err();
            assert_eq!(
                errors.get("max_answers_per_wave"),
                Some("err-cy-max-answers")
            );
        }
    }

    #[test]
    fn what_goes_first_is_one_of_two_values() {
        let mut sections = fields("", "");
        sections.shorten_by = Some("sections");
        assert_eq!(
            PulseSettings::parse(sections, Some(&builtin()))
                .unwrap()
                .shorten_by,
            ShortenBy::Sections
        );
        sections.shorten_by = Some("questions");
        assert_eq!(
            PulseSettings::parse(sections, Some(&builtin()))
                .unwrap_err()
                .get("shorten_by"),
            Some("err-cy-shorten-by")
        );
        assert_eq!(
            shorten_by_values(),
            ["rotating_questions".to_owned(), "sections".to_owned()]
        );
    }
}
