//! What a cycle's pulse settings mean for an employee, worked out on the server for the cycle
//! form and page: for one, two, … services (up to the fatigue cap) how many sections and
//! questions a wave asks and about how many minutes that takes. The sections are fitted to the
//! maximum as a wave fits them (`waves::budget::fit`); the time is `domain::pulse`'s honest
//! estimate from the core questions' kinds, counting a rotating question as a choice question
//! (which one a section asks differs per employee). Pure code.

use super::pulse_settings::{PulseSettings, QuestionnaireShape};
use crate::domain::pulse::{self, SECONDS_PER_CHOICE};
use crate::waves::budget::{self, Limits, Shape};
use entity::question::QuestionKind;
use serde::Serialize;

/// Rows shown before the last one: 1, 2 and 3 services, then the fatigue cap.
const FIRST_ROWS: i32 = 3;

/// One line of the preview: an employee who receives `services` services.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PreviewRow {
    /// Services the employee receives (sections before the fatigue cap and the maximum).
    pub services: usize,
    /// Sections the wave asks.
    pub sections: usize,
    /// Questions the wave asks, all sections together.
    pub questions: usize,
    /// About how many minutes they take.
    pub minutes: u32,
}

/// What the settings mean, line by line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// One line per number of services, from one to the fatigue cap.
    pub rows: Vec<PreviewRow>,
    /// Some rotating questions are comment fields, yet the estimate counts a rotating
    /// question as a choice question: a section that asks one takes longer.
    pub rotating_comments: bool,
    /// The estimate's basis: seconds per choice question.
    pub seconds_per_choice: u32,
    /// The estimate's basis: seconds per comment field.
    pub seconds_per_text: u32,
}

fn is_comment(kind: QuestionKind) -> bool {
    matches!(kind, QuestionKind::Text | QuestionKind::Thanks)
}

/// The services the preview has a line for: 1 to 3, and the fatigue cap when it is higher.
fn service_counts(fatigue_cap: i32) -> Vec<usize> {
    let cap = fatigue_cap.max(1);
    let mut counts: Vec<i32> = (1..=cap.min(FIRST_ROWS)).collect();
    if cap > FIRST_ROWS {
        counts.push(cap);
    }
    counts
        .into_iter()
        .filter_map(|n| usize::try_from(n).ok())
        .collect()
}

/// What `settings` and `fatigue_cap` mean with a questionnaire of `shape`.
pub fn preview(shape: &QuestionnaireShape, settings: PulseSettings, fatigue_cap: i32) -> Preview {
    let core = shape.core.len();
    let limits = Limits {
        rotating_per_section: settings
            .questions_per_section
            .and_then(|n| usize::try_from(n).ok())
            .map_or(usize::MAX, |n| n.saturating_sub(core)),
        max_answers: settings
            .max_answers_per_wave
            .and_then(|n| usize::try_from(n).ok()),
        shorten_by: settings.shorten_by,
    };
    let core_seconds: u32 = shape.core.iter().copied().map(pulse::seconds).sum();
    let all_rotating_seconds: u32 = shape.rotating.iter().copied().map(pulse::seconds).sum();
    let rotating_has_comments = shape.rotating.iter().copied().any(is_comment);
    let mut rotating_comments = false;
    let rows = service_counts(fatigue_cap)
        .into_iter()
        .map(|services| {
            let shapes: Vec<Shape> = (0..services)
                .map(|index| Shape {
                    relationship_id: i32::try_from(index).unwrap_or(i32::MAX),
                    core,
                    rotating: shape.rotating.len(),
                })
                .collect();
            let fitted = budget::fit(&shapes, limits);
            let mut seconds = 0;
            let mut questions = 0;
            for (_, rotating) in &fitted {
                questions += core + rotating;
                seconds += core_seconds;
                if *rotating >= shape.rotating.len() {
                    // Every rotating question: their kinds are known.
                    seconds += all_rotating_seconds;
                } else {
                    seconds += SECONDS_PER_CHOICE * u32::try_from(*rotating).unwrap_or(u32::MAX);
                    rotating_comments |= *rotating > 0 && rotating_has_comments;
                }
            }
            PreviewRow {
                services,
                sections: fitted.len(),
                questions,
                minutes: pulse::minutes(seconds),
            }
        })
        .collect();
    Preview {
        rows,
        rotating_comments,
        seconds_per_choice: SECONDS_PER_CHOICE,
        seconds_per_text: pulse::SECONDS_PER_TEXT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use entity::cycle::ShortenBy;

    /// The built-in questionnaire: two core ratings and a core comment, six rotating ones.
    fn builtin() -> QuestionnaireShape {
        QuestionnaireShape {
            core: vec![
                QuestionKind::Rating,
                QuestionKind::Rating,
                QuestionKind::Text,
            ],
            rotating: vec![
                QuestionKind::Rating,
                QuestionKind::Recommend,
                QuestionKind::YesNo,
                QuestionKind::LostTime,
                QuestionKind::Rating,
                QuestionKind::Thanks,
            ],
        }
    }

    fn settings(per_section: Option<i32>, per_wave: Option<i32>) -> PulseSettings {
        PulseSettings {
            questions_per_section: per_section,
            max_answers_per_wave: per_wave,
            shorten_by: ShortenBy::RotatingQuestions,
        }
    }

    #[test]
    fn the_defaults_ask_three_services_ten_questions_in_about_three_minutes() {
        let preview = preview(&builtin(), settings(Some(4), Some(10)), 3);

        assert_eq!(
            preview.rows,
            [
                // 7 + 7 + 40 + 7 s = 61 s.
                PreviewRow {
                    services: 1,
                    sections: 1,
                    questions: 4,
                    minutes: 2
                },
                PreviewRow {
                    services: 2,
                    sections: 2,
                    questions: 8,
                    minutes: 3
                },
                // 3 × (7 + 7 + 40) s + 1 × 7 s = 169 s.
                PreviewRow {
                    services: 3,
                    sections: 3,
                    questions: 10,
                    minutes: 3
                },
            ]
        );
        assert!(
            preview.rotating_comments,
            "a rotating thanks field is counted as a choice"
        );
    }

    #[test]
    fn every_question_counts_each_kind_and_needs_no_note() {
        let preview = preview(&builtin(), settings(None, None), 1);

        // Core 54 s, rotating 7 × 5 + 40 = 75 s: 129 s.
        assert_eq!(
            preview.rows,
            [PreviewRow {
                services: 1,
                sections: 1,
                questions: 9,
                minutes: 3
            }]
        );
        assert!(!preview.rotating_comments);
    }

    #[test]
    fn shortening_by_sections_drops_the_last_services_and_the_cap_gets_its_own_line() {
        let mut by_sections = settings(Some(5), Some(10));
        by_sections.shorten_by = ShortenBy::Sections;

        let preview = preview(&builtin(), by_sections, 6);

        let lines: Vec<(usize, usize, usize)> = preview
            .rows
            .iter()
            .map(|row| (row.services, row.sections, row.questions))
            .collect();
        assert_eq!(lines, [(1, 1, 5), (2, 2, 10), (3, 2, 10), (6, 2, 10)]);
    }

    #[test]
    fn every_locale_words_the_preview_and_the_errors_for_one_few_and_many() {
        let i18n = crate::i18n::I18n::load().unwrap();
        let keys = [
            "cy-preview-row",
            "cy-preview-row-fewer",
            "err-cy-questions-per-section",
            "err-cy-max-answers",
            "qn-core-summary",
            "cy-every-question-notice",
        ];
        for locale in crate::domain::Locale::ALL {
            for n in [1_i64, 2, 5, 21] {
                let mut args = fluent_bundle::FluentArgs::new();
                for name in [
                    "services",
                    "sections",
                    "questions",
                    "minutes",
                    "min",
                    "max",
                    "core",
                    "rotating",
                    "count",
                ] {
                    args.set(name, n);
                }
                for key in keys {
                    assert!(i18n.has(locale, key), "{locale} {key}");
                    let text = i18n.text(locale, key, Some(&args));
                    assert!(!text.contains('{'), "{locale} {key}: {text}");
                    assert!(
                        text.contains(&n.to_string()) || n == 1,
                        "{locale} {key}: {text}"
                    );
                }
            }
        }
    }
}
