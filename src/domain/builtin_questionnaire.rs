//! The built-in questionnaire "Internal service pulse" as data: its key and its ordered
//! questions with their Fluent message ids. The texts themselves live in
//! `templates/locales/<lang>/questionnaire.ftl`; `store::programme::questionnaires::ensure_builtin` writes
//! them into the database. No I/O here.

use super::Locale;
use entity::question::{Dimension, QuestionKind};
use fluent_bundle::FluentArgs;

/// Where the built-in questionnaire's texts come from: the Fluent files (`i18n::I18n`).
pub trait BuiltinTexts {
    /// The text of `key` in `locale`, with fallbacks (English, then the key itself).
    fn text(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> String;
    /// Whether `locale` itself has `key`.
    fn has(&self, locale: Locale, key: &str) -> bool;
}

/// `questionnaire.builtin_key` of the shipped questionnaire.
pub const BUILTIN_KEY: &str = "internal-service-pulse";

/// Fluent message id of the questionnaire's display name.
pub const BUILTIN_NAME_KEY: &str = "questionnaire-name";

/// Fluent message id prefix of the lost-time bands (`lost-time-0` … `lost-time-4`).
pub const LOST_TIME_OPTION_PREFIX: &str = "lost-time-";

/// Number of lost-time bands, from "none" to "more than a day".
pub const LOST_TIME_BANDS: i32 = 5;

/// One question of the built-in questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltinQuestion {
    /// Fluent message id of the prompt; `<id>.help` is the optional help text.
    pub message_key: &'static str,
    /// What kind of answer the question takes.
    pub kind: QuestionKind,
    /// The service-quality dimension it measures.
    pub dimension: Dimension,
    /// Whether an answer is mandatory.
    pub required: bool,
    /// Asked in every section (overall satisfaction, the standard, the comment); the others
    /// rotate.
    pub core: bool,
    /// Number of options (`lost_time` and `choice` only); 0 otherwise.
    pub option_count: i32,
}

impl BuiltinQuestion {
    /// Fluent message id of the help text under the prompt (present for some questions only).
    pub fn help_key(&self) -> String {
        format!("{}.help", self.message_key)
    }

    /// Fluent message ids of the option labels, in value order (empty for other kinds).
    pub fn option_keys(&self) -> Vec<String> {
        match self.kind {
            QuestionKind::LostTime => (0..self.option_count)
                .map(|index| format!("{LOST_TIME_OPTION_PREFIX}{index}"))
                .collect(),
            _ => Vec::new(),
        }
    }
}

const fn rating(message_key: &'static str, dimension: Dimension, core: bool) -> BuiltinQuestion {
    BuiltinQuestion {
        message_key,
        kind: QuestionKind::Rating,
        dimension,
        required: true,
        core,
        option_count: 0,
    }
}

/// The questions in display order (position 1 is the first element).
pub const BUILTIN_QUESTIONS: [BuiltinQuestion; 9] = [
    rating("q-overall", Dimension::Overall, true),
    rating("q-standard", Dimension::Standard, true),
    rating("q-responsiveness", Dimension::Responsiveness, false),
    rating("q-reliability", Dimension::Reliability, false),
    rating("q-communication", Dimension::Communication, false),
    BuiltinQuestion {
        message_key: "q-recommend",
        kind: QuestionKind::Recommend,
        dimension: Dimension::Overall,
        required: true,
        core: false,
        option_count: 0,
    },
    BuiltinQuestion {
        message_key: "q-lost-time",
        kind: QuestionKind::LostTime,
        dimension: Dimension::Reliability,
        required: false,
        core: false,
        option_count: LOST_TIME_BANDS,
    },
    BuiltinQuestion {
        message_key: "q-change",
        kind: QuestionKind::Text,
        dimension: Dimension::Overall,
        required: false,
        core: true,
        option_count: 0,
    },
    BuiltinQuestion {
        message_key: "q-thanks",
        kind: QuestionKind::Thanks,
        dimension: Dimension::Courtesy,
        required: false,
        core: false,
        option_count: 0,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;
    use crate::i18n::I18n;
    use std::collections::HashSet;

    #[test]
    fn every_question_and_option_is_translated_in_every_shipped_locale() {
        let i18n = I18n::load().unwrap();
        for locale in Locale::ALL {
            assert!(i18n.has(locale, BUILTIN_NAME_KEY), "{locale}: name");
            for question in BUILTIN_QUESTIONS {
                assert!(
                    i18n.has(locale, question.message_key),
                    "{locale}: {}",
                    question.message_key
                );
                for key in question.option_keys() {
                    assert!(i18n.has(locale, &key), "{locale}: {key}");
                }
            }
        }
    }

    #[test]
    fn message_keys_are_unique_and_only_lost_time_has_options() {
        let keys: HashSet<_> = BUILTIN_QUESTIONS.iter().map(|q| q.message_key).collect();
        assert_eq!(keys.len(), BUILTIN_QUESTIONS.len());
        for question in BUILTIN_QUESTIONS {
            let has_options = question.kind == QuestionKind::LostTime;
            assert_eq!(
                question.option_keys().len() == 5,
                has_options,
                "{}",
                question.message_key
            );
        }
    }
}
