//! The survey form as the template sees it: per section its heading, standard and questions,
//! each question with its prompt in the page language (placeholders filled), its inputs, the
//! value the person gave (kept when the form comes back with errors) and its error message.

use crate::domain::Locale;
pub use crate::i18n::Languages;
use crate::store::followup::you_said_we_did::NoteView;
use crate::survey::load::OpenSurvey;
use crate::survey::model::{Question, Section, Translation};
use crate::survey::submission::{
    AnswerError, AnswerErrors, FORM_ERROR_KEY, MAX_SUBMISSION_TEXT_CHARS, MAX_TEXT_CHARS,
    answer_field, not_applicable_field,
};
use entity::question::QuestionKind;
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::HashMap;

/// What the person sent, to put back into a re-rendered form.
#[derive(Clone, Debug, Default)]
pub struct Input(HashMap<String, String>);

impl Input {
    /// The raw form fields (the last value of a repeated field wins).
    pub fn from_fields(fields: &[(String, String)]) -> Self {
        Self(fields.iter().cloned().collect())
    }

    fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }
}

/// One radio button.
#[derive(Serialize)]
pub struct OptionView {
    id: String,
    value: String,
    label: String,
    checked: bool,
}

/// One question, ready for the template.
#[derive(Serialize)]
pub struct QuestionView {
    field: String,
    kind: &'static str,
    prompt: String,
    help: Option<String>,
    required: bool,
    options: Vec<OptionView>,
    low_label: Option<String>,
    high_label: Option<String>,
    text: String,
    max_chars: usize,
    error: Option<String>,
}

/// One section, ready for the template.
#[derive(Serialize)]
pub struct SectionView {
    id: String,
    service: String,
    provider: String,
    standard: Option<String>,
    not_applicable_field: String,
    not_applicable: bool,
    questions: Vec<QuestionView>,
    you_said_we_did: Vec<NoteView>,
}

/// The sections of `survey` for the template, with `input` kept and `errors` shown.
pub fn sections(
    survey: &OpenSurvey,
    languages: Languages<'_>,
    input: &Input,
    errors: &AnswerErrors,
) -> Vec<SectionView> {
    survey
        .sections
        .iter()
        .map(|section| {
            let na_field = not_applicable_field(section.relationship_id);
            SectionView {
                id: format!("s{}", section.relationship_id),
                service: section.service.clone(),
                provider: section.provider.clone(),
                standard: section.standard.clone(),
                not_applicable: input.get(&na_field).is_some(),
                not_applicable_field: na_field,
                questions: survey
                    .questions
                    .iter()
                    .filter(|q| section.asks(q))
                    .map(|q| question_view(section, q, languages, input, errors))
                    .collect(),
                you_said_we_did: survey
                    .you_said_we_did
                    .get(&section.relationship_id)
                    .into_iter()
                    .flatten()
                    .map(|note| note.in_locale(languages.locale.as_str()))
                    .collect(),
            }
        })
        .collect()
}

/// The message of a form-wide error (a stale or forged form), if there is one.
pub fn form_error(languages: Languages<'_>, errors: &AnswerErrors) -> Option<String> {
    errors
        .get(FORM_ERROR_KEY)
        .map(|error| error_message(languages, error))
}

fn error_message(languages: Languages<'_>, error: AnswerError) -> String {
    let Languages { i18n, locale, .. } = languages;
    match error {
        AnswerError::Required => i18n.text(locale, "survey-required-missing", None),
        AnswerError::InvalidValue => i18n.text(locale, "survey-invalid-value", None),
        AnswerError::TooLong => {
            let mut args = FluentArgs::new();
            args.set("max", MAX_TEXT_CHARS);
            i18n.text(locale, "survey-text-too-long", Some(&args))
        }
        AnswerError::UnknownQuestion => i18n.text(locale, "survey-form-mismatch", None),
        AnswerError::TooMuchText => {
            let mut args = FluentArgs::new();
            args.set("max", MAX_SUBMISSION_TEXT_CHARS);
            i18n.text(locale, "survey-text-too-much", Some(&args))
        }
    }
}

fn question_view(
    section: &Section,
    question: &Question,
    languages: Languages<'_>,
    input: &Input,
    errors: &AnswerErrors,
) -> QuestionView {
    let field = answer_field(section.relationship_id, question.id);
    let given = input.get(&field).unwrap_or_default();
    let texts = texts(section, question, languages);
    let Languages { i18n, locale, .. } = languages;
    let radio = |value: i32, label: String| OptionView {
        id: format!("{field}_{value}"),
        value: value.to_string(),
        label,
        checked: given.trim() == value.to_string(),
    };
    let options: Vec<OptionView> = match question.kind {
        QuestionKind::Rating => (1..=5)
            .map(|v| radio(v, i18n.text(locale, &format!("scale-agree-{v}"), None)))
            .collect(),
        QuestionKind::Recommend => (0..=10).map(|v| radio(v, v.to_string())).collect(),
        QuestionKind::YesNo => vec![
            radio(1, i18n.text(locale, "answer-yes", None)),
            radio(0, i18n.text(locale, "answer-no", None)),
        ],
        QuestionKind::Choice | QuestionKind::LostTime => (0..question.option_count)
            .map(|v| {
                radio(
                    v,
                    option_label(question, texts.options.as_deref(), v, languages),
                )
            })
            .collect(),
        QuestionKind::Text | QuestionKind::Thanks => vec![],
    };
    let (low_label, high_label) = if question.kind == QuestionKind::Recommend {
        (
            Some(i18n.text(locale, "scale-recommend-low", None)),
            Some(i18n.text(locale, "scale-recommend-high", None)),
        )
    } else {
        (None, None)
    };
    let is_text = matches!(question.kind, QuestionKind::Text | QuestionKind::Thanks);
    QuestionView {
        kind: kind_name(question.kind),
        prompt: texts.prompt,
        help: texts.help,
        required: question.required,
        options,
        low_label,
        high_label,
        text: if is_text {
            given.to_owned()
        } else {
            String::new()
        },
        max_chars: MAX_TEXT_CHARS,
        error: errors.get(&field).map(|e| error_message(languages, e)),
        field,
    }
}

/// A question's prompt (placeholders filled for `section`) and its option labels, in the
/// page language — what results pages show next to a question's figures.
pub fn question_labels(
    section: &Section,
    question: &Question,
    languages: Languages<'_>,
) -> (String, Vec<String>) {
    let texts = texts(section, question, languages);
    let labels = (0..question.option_count)
        .map(|index| option_label(question, texts.options.as_deref(), index, languages))
        .collect();
    (texts.prompt, labels)
}

fn kind_name(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Rating => "rating",
        QuestionKind::Recommend => "recommend",
        QuestionKind::YesNo => "yes_no",
        QuestionKind::Choice => "choice",
        QuestionKind::LostTime => "lost_time",
        QuestionKind::Text => "text",
        QuestionKind::Thanks => "thanks",
    }
}

/// The prompt of `question` in the page language, its placeholders filled for `section`
/// (for pages that quote a question, like a comment's conversation).
pub fn prompt(section: &Section, question: &Question, languages: Languages<'_>) -> String {
    texts(section, question, languages).prompt
}

struct Texts {
    prompt: String,
    help: Option<String>,
    options: Option<Vec<String>>,
}

/// The stored texts in the page language, else the default language, else any; without
/// stored texts, a built-in question's Fluent message.
fn texts(section: &Section, question: &Question, languages: Languages<'_>) -> Texts {
    let pick = |locale: Locale| {
        question
            .translations
            .iter()
            .find(|t| t.locale == locale.as_str())
    };
    let stored: Option<&Translation> = pick(languages.locale)
        .or_else(|| pick(languages.default))
        .or_else(|| {
            question
                .translations
                .iter()
                .min_by(|a, b| a.locale.cmp(&b.locale))
        });
    if let Some(found) = stored {
        return Texts {
            prompt: fill(&found.prompt, section),
            help: found.help.as_deref().map(|h| fill(h, section)),
            options: found
                .options
                .as_deref()
                .and_then(|json| serde_json::from_str::<Vec<String>>(json).ok()),
        };
    }
    let Languages { i18n, locale, .. } = languages;
    let Some(key) = question.message_key.as_deref() else {
        return Texts {
            prompt: String::new(),
            help: None,
            options: None,
        };
    };
    let mut args = FluentArgs::new();
    args.set("provider", section.provider.clone());
    args.set("service", section.service.clone());
    args.set("standard", section.standard.clone().unwrap_or_default());
    let help_key = format!("{key}.help");
    let has_help = i18n.has(locale, &help_key) || i18n.has(Locale::EN, &help_key);
    Texts {
        prompt: i18n.text(locale, key, Some(&args)),
        help: has_help.then(|| i18n.text(locale, &help_key, Some(&args))),
        options: None,
    }
}

fn option_label(
    question: &Question,
    stored: Option<&[String]>,
    index: i32,
    languages: Languages<'_>,
) -> String {
    let position = usize::try_from(index).unwrap_or_default();
    if let Some(label) = stored.and_then(|labels| labels.get(position)) {
        return label.clone();
    }
    if question.kind == QuestionKind::LostTime {
        languages
            .i18n
            .text(languages.locale, &format!("lost-time-{index}"), None)
    } else {
        (index + 1).to_string()
    }
}

/// Replaces `{provider}`, `{service}` and `{standard}` in one pass (a value that itself
/// contains a placeholder is not expanded again). Escaping is left to the template.
fn fill(template: &str, section: &Section) -> String {
    let standard = section.standard.as_deref().unwrap_or_default();
    let values = [
        ("{provider}", section.provider.as_str()),
        ("{service}", section.service.as_str()),
        ("{standard}", standard),
    ];
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        if let Some((name, value)) = values.iter().find(|(name, _)| tail.starts_with(name)) {
            out.push_str(value);
            rest = &tail[name.len()..];
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(provider: &str, standard: Option<&str>) -> Section {
        Section {
            relationship_id: 1,
            service: "IT helpdesk".to_owned(),
            provider: provider.to_owned(),
            standard: standard.map(str::to_owned),
            ..Section::default()
        }
    }

    #[test]
    fn placeholders_are_filled_once_and_unknown_braces_kept() {
        let filled = fill(
            "{provider} promises “{standard}” for {service} {other}",
            &section("IT {service}", Some("4 hours")),
        );

        assert_eq!(
            filled,
            "IT {service} promises “4 hours” for IT helpdesk {other}"
        );
    }

    #[test]
    fn markup_in_names_is_left_for_the_template_to_escape() {
        let filled = fill("{provider}", &section("<b>R&D</b>", None));

        assert_eq!(filled, "<b>R&D</b>");
    }
}
