//! Unit tests of survey form validation: one test per rule.

use super::*;

const REL: i32 = 7;
const OTHER_REL: i32 = 9;

fn question(id: i32, kind: QuestionKind, required: bool, option_count: i32) -> QuestionSpec {
    QuestionSpec {
        id,
        kind,
        required,
        option_count,
    }
}

/// One section with one question of every kind; only the rating is required.
fn specs() -> Vec<SectionSpec> {
    let questions = vec![
        question(1, QuestionKind::Rating, true, 0),
        question(2, QuestionKind::Recommend, false, 0),
        question(3, QuestionKind::YesNo, false, 0),
        question(4, QuestionKind::Choice, false, 3),
        question(5, QuestionKind::LostTime, false, 5),
        question(6, QuestionKind::Text, false, 0),
        question(7, QuestionKind::Thanks, false, 0),
    ];
    vec![
        SectionSpec {
            relationship_id: REL,
            questions: questions.clone(),
        },
        SectionSpec {
            relationship_id: OTHER_REL,
            questions,
        },
    ]
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Both sections answered with their required rating (unless `extra` gives it), plus `extra`.
fn with_required(extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = pairs(&[("s7_q1", "4"), ("s9_q1", "2")])
        .into_iter()
        .filter(|(name, _)| !extra.iter().any(|(given, _)| given == name))
        .collect();
    fields.extend(pairs(extra));
    fields
}

fn error_of(fields: &[(String, String)], field: &str) -> Option<AnswerError> {
    validate(&specs(), fields).unwrap_err().get(field)
}

fn accepts(field: &str, value: &str) -> bool {
    validate(&specs(), &with_required(&[(field, value)])).is_ok()
}

#[test]
fn a_complete_form_yields_one_section_per_spec_with_its_values() {
    let fields = with_required(&[
        ("s7_q2", "10"),
        ("s7_q3", "0"),
        ("s7_q4", "2"),
        ("s7_q5", "4"),
        ("s7_q6", "  Faster replies\r\nplease  "),
    ]);

    let submission = validate(&specs(), &fields).unwrap();

    let sections = submission.sections();
    assert_eq!(sections.len(), 2);
    assert_eq!(sections[0].relationship_id(), REL);
    assert!(!sections[0].not_applicable());
    let values: Vec<(i32, AnswerValue)> = sections[0]
        .answers()
        .iter()
        .map(|a| (a.question_id, a.value.clone()))
        .collect();
    assert_eq!(
        values,
        vec![
            (1, AnswerValue::Number(4)),
            (2, AnswerValue::Number(10)),
            (3, AnswerValue::Number(0)),
            (4, AnswerValue::Number(2)),
            (5, AnswerValue::Number(4)),
            (6, AnswerValue::Text("Faster replies\nplease".to_owned())),
        ]
    );
    assert_eq!(
        sections[1].answers(),
        &[Answer {
            question_id: 1,
            kind: QuestionKind::Rating,
            value: AnswerValue::Number(2)
        }]
    );
}

#[test]
fn ratings_accept_one_to_five_only() {
    for ok in ["1", "3", "5"] {
        assert!(accepts("s7_q1", ok), "{ok}");
    }
    for bad in ["0", "6", "-1", "4.5", "x", "99999999999"] {
        assert!(!accepts("s7_q1", bad), "{bad}");
    }
}

#[test]
fn recommend_scores_accept_zero_to_ten_only() {
    for ok in ["0", "7", "10"] {
        assert!(accepts("s7_q2", ok), "{ok}");
    }
    for bad in ["-1", "11", "ten"] {
        assert_eq!(
            error_of(&with_required(&[("s7_q2", bad)]), "s7_q2"),
            Some(AnswerError::InvalidValue),
            "{bad}"
        );
    }
}

#[test]
fn yes_no_accepts_one_and_zero_only() {
    assert!(accepts("s7_q3", "1"));
    assert!(accepts("s7_q3", "0"));
    assert!(!accepts("s7_q3", "2"));
    assert!(!accepts("s7_q3", "yes"));
}

#[test]
fn choices_accept_an_index_below_the_option_count() {
    assert!(accepts("s7_q4", "0"));
    assert!(accepts("s7_q4", "2"));
    assert!(!accepts("s7_q4", "3"));
    assert!(!accepts("s7_q4", "-1"));
    assert!(accepts("s7_q5", "4"));
    assert!(!accepts("s7_q5", "5"));
}

#[test]
fn a_missing_required_answer_is_reported_on_its_field() {
    let fields = pairs(&[("s7_q1", "3"), ("s9_q1", "")]);

    let errors = validate(&specs(), &fields).unwrap_err();

    assert_eq!(errors.get("s9_q1"), Some(AnswerError::Required));
    assert_eq!(errors.get("s7_q1"), None);
    assert_eq!(errors.len(), 1);
}

#[test]
fn empty_optional_answers_are_left_out() {
    let fields = with_required(&[("s7_q2", ""), ("s7_q6", "   ")]);

    let submission = validate(&specs(), &fields).unwrap();

    assert_eq!(submission.sections()[0].answers().len(), 1);
}

#[test]
fn texts_up_to_two_thousand_characters_are_accepted_and_longer_ones_rejected() {
    let longest = "é".repeat(MAX_TEXT_CHARS);
    let too_long = "a".repeat(MAX_TEXT_CHARS + 1);
    // A browser counts a line break as one character but sends it as CRLF.
    let with_breaks = "a\r\n".repeat(MAX_TEXT_CHARS / 2);

    assert!(accepts("s7_q6", &longest));
    assert!(accepts("s7_q7", &with_breaks));
    assert_eq!(
        error_of(&with_required(&[("s7_q7", &too_long)]), "s7_q7"),
        Some(AnswerError::TooLong)
    );
}

#[test]
fn a_not_used_section_stores_no_answers_and_skips_validation() {
    let fields = pairs(&[
        ("s7_q1", "3"),
        ("s9_na", "1"),
        ("s9_q1", "not a number"),
        ("s9_q6", "ignored"),
    ]);

    let submission = validate(&specs(), &fields).unwrap();

    let skipped = &submission.sections()[1];
    assert!(skipped.not_applicable());
    assert!(skipped.answers().is_empty());
}

#[test]
fn fields_that_are_not_survey_fields_are_ignored() {
    let fields = with_required(&[
        ("csrf_token", "x"),
        ("lang", "fr"),
        ("s7_qx", "1"),
        ("s_q1", "1"),
    ]);

    assert!(validate(&specs(), &fields).is_ok());
}

#[test]
fn a_value_for_a_question_the_survey_does_not_ask_rejects_the_form() {
    for field in ["s7_q99", "s8_q1", "s8_na"] {
        let errors = validate(&specs(), &with_required(&[(field, "1")])).unwrap_err();

        assert_eq!(
            errors.get(FORM_ERROR_KEY),
            Some(AnswerError::UnknownQuestion),
            "{field}"
        );
    }
}

#[test]
fn two_different_values_for_one_question_are_rejected() {
    let fields = with_required(&[("s7_q2", "3"), ("s7_q2", "4")]);

    assert_eq!(error_of(&fields, "s7_q2"), Some(AnswerError::InvalidValue));
}

#[test]
fn field_names_round_trip_through_the_parser() {
    assert!(matches!(
        parse_field_name(&answer_field(12, 345)),
        Some(FieldName::Answer(12, 345))
    ));
    assert!(matches!(
        parse_field_name(&not_applicable_field(12)),
        Some(FieldName::NotApplicable(12))
    ));
    assert!(parse_field_name("s+1_q2").is_none());
}
