//! An action as a department head or HR enters it: title, description, owner department,
//! status, due day and what it is about (the whole service, a dimension or one question).
//! Raw form fields in, a validated `ActionInput` (or field errors) out. The title is one line,
//! the description may span lines; neither may hold other control characters (`domain::text`).

pub use crate::domain::action::{ActionInput, Topic, is_overdue};
use crate::domain::text;
use crate::programme::{FieldErrors, non_blank, text_error};
use chrono::NaiveDate;
use entity::action::ActionStatus;
use entity::question::Dimension;
use sea_orm::{ActiveEnum, Iterable};
use serde::{Deserialize, Serialize};

/// Longest title (the column holds 200 characters).
pub const MAX_TITLE: usize = 200;
/// Longest description.
pub const MAX_DESCRIPTION: usize = 4000;

/// Form value of a topic: the whole service.
pub const TOPIC_SERVICE: &str = "";
/// Prefix of a dimension topic (`dimension:responsiveness`).
pub const TOPIC_DIMENSION: &str = "dimension:";
/// Prefix of a question topic (`question:12`).
pub const TOPIC_QUESTION: &str = "question:";

/// The raw action form: every field as typed, so it can be shown again with errors.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ActionForm {
    /// Short title.
    pub title: String,
    /// What will be done.
    pub description: String,
    /// Id of the responsible department.
    pub owner_department_id: String,
    /// `planned`, `in_progress` or `done`.
    pub status: String,
    /// `YYYY-MM-DD`, or blank.
    pub due_on: String,
    /// Blank (the whole service), `dimension:<name>` or `question:<id>`.
    pub topic: String,
}

impl Topic {
    /// Parses the form value of a topic; `None` when it is not one.
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        if raw == TOPIC_SERVICE {
            return Some(Topic::Service);
        }
        if let Some(name) = raw.strip_prefix(TOPIC_DIMENSION) {
            return parse_dimension(name).map(Topic::Dimension);
        }
        if let Some(id) = raw.strip_prefix(TOPIC_QUESTION) {
            return id.parse::<i32>().ok().map(Topic::Question);
        }
        None
    }

    /// The form value of this topic.
    pub fn form_value(self) -> String {
        match self {
            Topic::Service => TOPIC_SERVICE.to_owned(),
            Topic::Dimension(d) => format!("{TOPIC_DIMENSION}{}", d.to_value()),
            Topic::Question(id) => format!("{TOPIC_QUESTION}{id}"),
        }
    }
}

/// A dimension by its stored name.
pub fn parse_dimension(raw: &str) -> Option<Dimension> {
    Dimension::iter().find(|d| d.to_value() == raw.trim())
}

/// A status by its stored name.
pub fn parse_status(raw: &str) -> Option<ActionStatus> {
    ActionStatus::iter().find(|s| s.to_value() == raw.trim())
}

impl TryFrom<&ActionForm> for ActionInput {
    type Error = FieldErrors;

    fn try_from(form: &ActionForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = text::single_line(&form.title, MAX_TITLE)
            .inspect_err(|error| errors.add("title", text_error(*error, "err-action-title")))
            .unwrap_or_default();
        let description = text::multi_line(&form.description, MAX_DESCRIPTION)
            .inspect_err(|error| {
                errors.add("description", text_error(*error, "err-action-description"));
            })
            .unwrap_or_default();
        let owner = form.owner_department_id.trim().parse::<i32>().ok();
        if owner.is_none() {
            errors.add("owner_department_id", "err-action-owner");
        }
        let status = parse_status(&form.status);
        if status.is_none() {
            errors.add("status", "err-action-status");
        }
        let due_on = match non_blank(&form.due_on) {
            None => Ok(None),
            Some(raw) => NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| ()),
        };
        if due_on.is_err() {
            errors.add("due_on", "err-action-due-on");
        }
        let topic = Topic::parse(&form.topic);
        if topic.is_none() {
            errors.add("topic", "err-action-topic");
        }
        errors.into_result(|| ActionInput {
            title,
            description,
            owner_department_id: owner.unwrap_or_default(),
            status: status.unwrap_or(ActionStatus::Planned),
            due_on: due_on.ok().flatten(),
            topic: topic.unwrap_or(Topic::Service),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ActionForm {
        ActionForm {
            title: "  Second-level support on Tuesdays ".into(),
            description: "An engineer on site.\r\nEvery week.".into(),
            owner_department_id: "3".into(),
            status: "in_progress".into(),
            due_on: "2026-12-31".into(),
            topic: "dimension:responsiveness".into(),
        }
    }

    #[test]
    fn a_complete_form_becomes_a_trimmed_action() {
        let input = ActionInput::try_from(&form()).unwrap();

        assert_eq!(input.title, "Second-level support on Tuesdays");
        assert_eq!(input.description, "An engineer on site.\nEvery week.");
        assert_eq!(input.owner_department_id, 3);
        assert_eq!(input.status, ActionStatus::InProgress);
        assert_eq!(input.due_on, NaiveDate::from_ymd_opt(2026, 12, 31));
        assert_eq!(input.topic, Topic::Dimension(Dimension::Responsiveness));
    }

    #[test]
    fn every_bad_field_is_reported_on_its_own() {
        let bad = ActionForm {
            title: "x".repeat(MAX_TITLE + 1),
            description: "y".repeat(MAX_DESCRIPTION + 1),
            owner_department_id: "it".into(),
            status: "finished".into(),
            due_on: "31/12/2026".into(),
            topic: "dimension:speed".into(),
        };

        let errors = ActionInput::try_from(&bad).unwrap_err();

        for field in [
            "title",
            "description",
            "owner_department_id",
            "status",
            "due_on",
            "topic",
        ] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn a_blank_title_is_refused_and_a_blank_due_day_is_none() {
        let mut blank = form();
        blank.title = "   ".into();
        assert_eq!(
            ActionInput::try_from(&blank).unwrap_err().get("title"),
            Some("err-action-title")
        );
        let mut open_ended = form();
        open_ended.due_on = " ".into();
        assert_eq!(ActionInput::try_from(&open_ended).unwrap().due_on, None);
    }

    #[test]
    fn topics_round_trip_through_their_form_value() {
        for topic in [
            Topic::Service,
            Topic::Dimension(Dimension::Courtesy),
            Topic::Question(42),
        ] {
            assert_eq!(Topic::parse(&topic.form_value()), Some(topic));
        }
        assert!(Topic::parse("question:x").is_none());
    }

    #[test]
    fn only_unfinished_actions_past_their_due_day_are_overdue() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let yesterday = today.pred_opt();

        assert!(is_overdue(ActionStatus::Planned, yesterday, today));
        assert!(is_overdue(ActionStatus::InProgress, yesterday, today));
        assert!(!is_overdue(ActionStatus::Done, yesterday, today));
        assert!(!is_overdue(ActionStatus::Planned, Some(today), today));
        assert!(!is_overdue(ActionStatus::Planned, None, today));
    }

    #[test]
    fn a_title_or_description_with_a_control_character_is_refused() {
        let bad = ActionForm {
            title: "Faster\u{1b}[2J".into(),
            description: "Line one\nLine two\u{0}".into(),
            ..form()
        };

        let errors = ActionInput::try_from(&bad).unwrap_err();

        let control = Some(crate::domain::text::CONTROL_CHARACTERS_KEY);
        assert_eq!(errors.get("title"), control);
        assert_eq!(errors.get("description"), control);
    }
}
