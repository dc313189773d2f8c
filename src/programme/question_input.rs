//! One question of an editable questionnaire as HR enters it: kind, dimension, required flag,
//! core flag (asked in every section; the others rotate), and per locale the prompt and help (texts that may span lines) and options (one per line,
//! each a single-line label). Also the questionnaire's name (one line).

use super::{FieldErrors, checked, text_error};
use crate::domain::Locale;
pub use crate::domain::programme::{QuestionInput, TranslationInput};
use crate::domain::text::{self, CONTROL_CHARACTERS_KEY};
use entity::question::{Dimension, QuestionKind};
use sea_orm::{ActiveEnum, Iterable};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest questionnaire name (the column is 200 characters).
pub const MAX_QUESTIONNAIRE_NAME: usize = 200;
/// Longest prompt.
pub const MAX_PROMPT: usize = 500;
/// Longest help text.
pub const MAX_HELP: usize = 1000;
/// Longest option label.
pub const MAX_OPTION: usize = 200;
/// Most options of a choice question.
pub const MAX_OPTIONS: usize = 12;

/// The raw question form. Per-locale texts arrive as `prompt_<lang>`, `help_<lang>` and
/// `options_<lang>`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct QuestionForm {
    pub kind: String,
    pub dimension: String,
    /// Checkbox: present when an answer is required.
    pub required: String,
    /// Checkbox: present when the question is asked in every section (core); absent, it
    /// rotates.
    pub core: String,
    /// The per-locale text fields, and nothing else.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

/// The form value of a question kind (`yes_no`).
pub fn kind_value(kind: QuestionKind) -> String {
    kind.to_value()
}

/// The form value of a dimension (`reliability`).
pub fn dimension_value(dimension: Dimension) -> String {
    dimension.to_value()
}

/// Whether questions of `kind` carry a list of options.
pub fn has_options(kind: QuestionKind) -> bool {
    matches!(kind, QuestionKind::Choice | QuestionKind::LostTime)
}

impl QuestionForm {
    /// The raw text of `field` (`prompt`, `help`, `options`) in `locale`.
    pub fn text(&self, field: &str, locale: Locale) -> &str {
        self.texts
            .get(&format!("{field}_{locale}"))
            .map_or("", String::as_str)
    }

    /// Sets the raw text of `field` in `locale`.
    pub fn set_text(&mut self, field: &str, locale: Locale, value: String) {
        self.texts.insert(format!("{field}_{locale}"), value);
    }
}

/// A prompt or help text (it may span lines): blank is `None`; a control character is
/// recorded at `field` (and the text dropped).
fn text_field(raw: &str, field: &str, errors: &mut FieldErrors) -> Option<String> {
    if let Ok(text) = text::multi_line(raw, usize::MAX) {
        (!text.is_empty()).then_some(text)
    } else {
        errors.add(field, CONTROL_CHARACTERS_KEY);
        None
    }
}

fn lines(raw: &str) -> Vec<String> {
    raw.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

impl TryFrom<(&QuestionForm, Locale)> for QuestionInput {
    type Error = FieldErrors;

    /// Validates `form`; `default_locale` (the organisation's) must have a prompt.
    fn try_from((form, default_locale): (&QuestionForm, Locale)) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = QuestionKind::iter().find(|k| k.to_value() == form.kind.trim());
        if kind.is_none() {
            errors.add("kind", "err-qn-kind");
        }
        let dimension = Dimension::iter().find(|d| d.to_value() == form.dimension.trim());
        if dimension.is_none() {
            errors.add("dimension", "err-qn-dimension");
        }
        let with_options = kind.is_some_and(has_options);
        let mut translations = vec![];
        let mut option_counts = vec![];
        for locale in Locale::ALL {
            let prompt = text_field(
                form.text("prompt", locale),
                &format!("prompt_{locale}"),
                &mut errors,
            );
            let help = text_field(
                form.text("help", locale),
                &format!("help_{locale}"),
                &mut errors,
            );
            let options = lines(form.text("options", locale));
            if options.iter().any(|option| text::has_label_control(option)) {
                errors.add(format!("options_{locale}"), CONTROL_CHARACTERS_KEY);
            }
            let Some(prompt) = prompt else {
                if locale == default_locale {
                    errors.add(format!("prompt_{locale}"), "err-qn-prompt-default");
                } else if help.is_some() || (with_options && !options.is_empty()) {
                    errors.add(format!("prompt_{locale}"), "err-qn-prompt-missing");
                }
                continue;
            };
            if prompt.chars().count() > MAX_PROMPT {
                errors.add(format!("prompt_{locale}"), "err-qn-prompt-length");
            }
            if help.as_ref().is_some_and(|h| h.chars().count() > MAX_HELP) {
                errors.add(format!("help_{locale}"), "err-qn-help-length");
            }
            let options = if with_options {
                if options.len() < 2 {
                    errors.add(format!("options_{locale}"), "err-qn-options-min");
                } else if options.len() > MAX_OPTIONS
                    || options.iter().any(|o| o.chars().count() > MAX_OPTION)
                {
                    errors.add(format!("options_{locale}"), "err-qn-option-length");
                }
                option_counts.push((locale, options.len()));
                Some(options)
            } else {
                None
            };
            translations.push(TranslationInput {
                locale,
                prompt,
                help,
                options,
            });
        }
        let expected = option_counts
            .iter()
            .find(|(locale, _)| *locale == default_locale)
            .or(option_counts.first())
            .map(|(_, count)| *count);
        for (locale, count) in &option_counts {
            if Some(*count) != expected {
                errors.add(format!("options_{locale}"), "err-qn-options-count");
            }
        }
        match (kind, dimension) {
            (Some(kind), Some(dimension)) if errors.is_empty() => Ok(QuestionInput {
                kind,
                dimension,
                required: checked(&form.required),
                core: checked(&form.core),
                option_count: i32::try_from(expected.unwrap_or(0)).unwrap_or(0),
                translations,
            }),
            _ => Err(errors),
        }
    }
}

/// Validates a questionnaire name.
pub fn questionnaire_name(raw: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = text::single_line(raw, MAX_QUESTIONNAIRE_NAME)
        .inspect_err(|error| errors.add("name", text_error(*error, "err-qn-name-length")))
        .unwrap_or_default();
    errors.into_result(|| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(en: &str, fr: &str) -> QuestionForm {
        let mut form = QuestionForm {
            kind: "choice".into(),
            dimension: "overall".into(),
            required: "on".into(),
            ..Default::default()
        };
        form.set_text("prompt", Locale::EN, "Which office?".into());
        form.set_text("options", Locale::EN, en.into());
        let fr_locale = Locale::parse("fr").unwrap();
        form.set_text("prompt", fr_locale, "Quel bureau ?".into());
        form.set_text("options", fr_locale, fr.into());
        form
    }

    #[test]
    fn a_choice_needs_two_options_in_every_locale_and_the_same_count() {
        let ok = QuestionInput::try_from((&choice("A\nB", "A\nB\n"), Locale::EN)).unwrap();
        assert_eq!(ok.option_count, 2);
        assert!(!ok.core, "a question rotates unless marked core");
        assert_eq!(ok.translations.len(), 2);

        let too_few = QuestionInput::try_from((&choice("A", "A"), Locale::EN)).unwrap_err();
        assert_eq!(too_few.get("options_en"), Some("err-qn-options-min"));

        let mismatch =
            QuestionInput::try_from((&choice("A\nB", "A\nB\nC"), Locale::EN)).unwrap_err();
        assert_eq!(mismatch.get("options_fr"), Some("err-qn-options-count"));
    }

    #[test]
    fn a_ticked_core_box_marks_the_question_core() {
        let mut form = choice("A\nB", "A\nB");
        form.core = "on".into();
        assert!(QuestionInput::try_from((&form, Locale::EN)).unwrap().core);
    }

    #[test]
    fn the_default_locale_needs_a_prompt() {
        let mut form = choice("A\nB", "A\nB");
        form.set_text("prompt", Locale::EN, "  ".into());
        let errors = QuestionInput::try_from((&form, Locale::EN)).unwrap_err();
        assert_eq!(errors.get("prompt_en"), Some("err-qn-prompt-default"));
    }
}
