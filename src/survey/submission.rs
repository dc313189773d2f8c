//! Validation of a submitted survey form, without I/O: the raw `name=value` pairs of the form
//! become a `ValidatedSubmission` (one `SectionAnswers` per section) or a map of errors per
//! field. Field names are `s{relationship_id}_q{question_id}` for answers and
//! `s{relationship_id}_na` for "I haven't used this service recently".

use entity::question::QuestionKind;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Longest accepted comment, in characters (line breaks count as one).
pub const MAX_TEXT_CHARS: usize = 2000;

/// Most text one submission may carry, all its comments and thanks together, in characters:
/// what one sealed record holds in any script (every record has the same size, see
/// `sealing::ballot`).
pub const MAX_SUBMISSION_TEXT_CHARS: usize = 2000;

/// Key of errors that belong to the whole form rather than to one question.
pub const FORM_ERROR_KEY: &str = "form";

/// What the validator needs to know about one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionSpec {
    /// The question's id.
    pub id: i32,
    /// Its kind, which decides the accepted values.
    pub kind: QuestionKind,
    /// Whether an answer is mandatory (unless the section is marked as not used).
    pub required: bool,
    /// Number of options of `choice` and `lost_time` questions.
    pub option_count: i32,
}

/// The questions asked in one section (one relationship).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionSpec {
    /// The relationship the section is about.
    pub relationship_id: i32,
    /// The questions shown for it, in order.
    pub questions: Vec<QuestionSpec>,
}

/// The form field of an answer.
pub fn answer_field(relationship_id: i32, question_id: i32) -> String {
    format!("s{relationship_id}_q{question_id}")
}

/// The form field of the "I haven't used this service recently" checkbox.
pub fn not_applicable_field(relationship_id: i32) -> String {
    format!("s{relationship_id}_na")
}

/// Why an answer was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// A required question has no answer.
    Required,
    /// The value is not one of the accepted values for the question's kind.
    InvalidValue,
    /// The text is longer than `MAX_TEXT_CHARS`.
    TooLong,
    /// A value was sent for a question that this survey does not ask (a stale or forged form).
    UnknownQuestion,
    /// The texts of the form add up to more than `MAX_SUBMISSION_TEXT_CHARS`.
    TooMuchText,
}

/// The errors of a rejected survey form, by answer field (`FORM_ERROR_KEY` for form-wide ones):
/// typed per question, unlike the `domain::FieldErrors` of the staff forms, which carry Fluent ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerErrors(BTreeMap<String, AnswerError>);

impl AnswerErrors {
    /// The error of `field`, if any.
    pub fn get(&self, field: &str) -> Option<AnswerError> {
        self.0.get(field).copied()
    }

    /// Number of rejected fields.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing was rejected.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Errors of the whole form: just `error`.
    pub fn form(error: AnswerError) -> Self {
        let mut errors = Self::default();
        errors.insert(FORM_ERROR_KEY.to_owned(), error);
        errors
    }

    fn insert(&mut self, field: String, error: AnswerError) {
        self.0.entry(field).or_insert(error);
    }
}

/// A validated answer value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    /// Rating, recommend, yes/no (1/0) or option index.
    Number(i32),
    /// Comment or thanks, trimmed, line breaks normalised to `\n`.
    Text(String),
}

/// One answered question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The question.
    pub question_id: i32,
    /// The question's kind (a `text` answer is a comment, which gets a conversation).
    pub kind: QuestionKind,
    /// The value, already checked against the question's kind.
    pub value: AnswerValue,
}

/// The answers about one relationship.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionAnswers {
    relationship_id: i32,
    not_applicable: bool,
    answers: Vec<Answer>,
}

impl SectionAnswers {
    /// The relationship answered about.
    pub fn relationship_id(&self) -> i32 {
        self.relationship_id
    }

    /// "I haven't used this service recently": no answers are kept.
    pub fn not_applicable(&self) -> bool {
        self.not_applicable
    }

    /// The answered questions (unanswered optional ones are left out).
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }
}

/// A complete, valid submission: one `SectionAnswers` per section of the invitation. Only
/// `validate` creates one, so the write path never sees unchecked values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidatedSubmission {
    sections: Vec<SectionAnswers>,
}

impl ValidatedSubmission {
    /// The sections, in the order of the specs they were validated against.
    pub fn sections(&self) -> &[SectionAnswers] {
        &self.sections
    }

    /// Takes the sections out.
    pub fn into_sections(self) -> Vec<SectionAnswers> {
        self.sections
    }
}

enum FieldName {
    Answer(i32, i32),
    NotApplicable(i32),
}

fn parse_field_name(name: &str) -> Option<FieldName> {
    let rest = name.strip_prefix('s')?;
    let (section, rest) = rest.split_once('_')?;
    let relationship_id = parse_id(section)?;
    if rest == "na" {
        return Some(FieldName::NotApplicable(relationship_id));
    }
    let question_id = parse_id(rest.strip_prefix('q')?)?;
    Some(FieldName::Answer(relationship_id, question_id))
}

fn parse_id(digits: &str) -> Option<i32> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Checks the raw form `fields` against the `sections` of the survey. Fields that are not
/// survey fields are ignored; a value for a question the survey does not ask rejects the form.
pub fn validate(
    sections: &[SectionSpec],
    fields: &[(String, String)],
) -> Result<ValidatedSubmission, AnswerErrors> {
    let mut errors = AnswerErrors::default();
    let mut values: HashMap<(i32, i32), Vec<&str>> = HashMap::new();
    let mut not_applicable: HashSet<i32> = HashSet::new();
    for (name, value) in fields {
        match parse_field_name(name) {
            Some(FieldName::Answer(section, question)) => {
                let asked = sections
                    .iter()
                    .find(|s| s.relationship_id == section)
                    .is_some_and(|s| s.questions.iter().any(|q| q.id == question));
                if asked {
                    values.entry((section, question)).or_default().push(value);
                } else {
                    errors.insert(FORM_ERROR_KEY.to_owned(), AnswerError::UnknownQuestion);
                }
            }
            Some(FieldName::NotApplicable(section)) => {
                if sections.iter().any(|s| s.relationship_id == section) {
                    not_applicable.insert(section);
                } else {
                    errors.insert(FORM_ERROR_KEY.to_owned(), AnswerError::UnknownQuestion);
                }
            }
            None => {}
        }
    }
    let mut validated = Vec::with_capacity(sections.len());
    for section in sections {
        let skipped = not_applicable.contains(&section.relationship_id);
        let mut answers = vec![];
        if !skipped {
            for question in &section.questions {
                let field = answer_field(section.relationship_id, question.id);
                let given = values
                    .get(&(section.relationship_id, question.id))
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                match check_answer(question, given) {
                    Ok(Some(value)) => answers.push(Answer {
                        question_id: question.id,
                        kind: question.kind,
                        value,
                    }),
                    Ok(None) => {}
                    Err(error) => errors.insert(field, error),
                }
            }
        }
        validated.push(SectionAnswers {
            relationship_id: section.relationship_id,
            not_applicable: skipped,
            answers,
        });
    }
    let text: usize = validated
        .iter()
        .flat_map(|section| &section.answers)
        .filter_map(|answer| match &answer.value {
            AnswerValue::Text(text) => Some(text.chars().count()),
            AnswerValue::Number(_) => None,
        })
        .sum();
    if text > MAX_SUBMISSION_TEXT_CHARS {
        errors.insert(FORM_ERROR_KEY.to_owned(), AnswerError::TooMuchText);
    }
    if errors.is_empty() {
        Ok(ValidatedSubmission {
            sections: validated,
        })
    } else {
        Err(errors)
    }
}

/// The value of one question: `Ok(None)` when an optional question was left empty.
fn check_answer(
    question: &QuestionSpec,
    given: &[&str],
) -> Result<Option<AnswerValue>, AnswerError> {
    let non_empty: Vec<&str> = given
        .iter()
        .copied()
        .filter(|v| !v.trim().is_empty())
        .collect();
    let raw = match non_empty.as_slice() {
        [] if question.required => return Err(AnswerError::Required),
        [] => return Ok(None),
        [one] => *one,
        _ => return Err(AnswerError::InvalidValue),
    };
    let range = match question.kind {
        QuestionKind::Text | QuestionKind::Thanks => {
            let text = raw.replace("\r\n", "\n").trim().to_owned();
            if text.chars().count() > MAX_TEXT_CHARS {
                return Err(AnswerError::TooLong);
            }
            return Ok(Some(AnswerValue::Text(text)));
        }
        QuestionKind::Rating => 1..=5,
        QuestionKind::Recommend => 0..=10,
        QuestionKind::YesNo => 0..=1,
        QuestionKind::Choice | QuestionKind::LostTime => 0..=(question.option_count - 1),
    };
    let number = parse_number(raw).ok_or(AnswerError::InvalidValue)?;
    if range.contains(&number) {
        Ok(Some(AnswerValue::Number(number)))
    } else {
        Err(AnswerError::InvalidValue)
    }
}

fn parse_number(raw: &str) -> Option<i32> {
    let raw = raw.trim();
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

#[cfg(test)]
mod tests;
