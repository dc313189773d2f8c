//! A survey cycle as HR enters it: questionnaire, relationships, cadence preset in an IANA
//! timezone, first opening as local date and time, days open, reminders, fatigue cap, sample,
//! and how short its pulse is (`pulse_settings`).

use super::pulse_settings::{PulseSettings, QuestionnaireShape};
use super::{FieldErrors, checked, non_blank, optional_number, text_error};
pub use crate::domain::programme::CycleInput;
use crate::domain::text;
use crate::domain::{Cadence, CadencePreset, Timezone};
use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest cycle name (the column is 200 characters).
pub const MAX_CYCLE_NAME: usize = 200;
/// The default fatigue cap: sections per employee per wave.
pub const DEFAULT_FATIGUE_CAP: i32 = 3;
/// Form value of "every active relationship".
pub const ALL_RELATIONSHIPS: &str = "all";
/// Prefix of the checkbox fields that pick single relationships (`relationship_12=on`).
pub const RELATIONSHIP_FIELD_PREFIX: &str = "relationship_";
/// Zones offered in the form's select; any other IANA name can be typed in.
pub const COMMON_TIMEZONES: &[&str] = &[
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Warsaw",
    "Europe/London",
    "Europe/Moscow",
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Australia/Sydney",
];

/// The raw cycle form: every field as typed, so it can be shown again with errors.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct CycleForm {
    pub name: String,
    pub questionnaire_id: String,
    /// `all`, or anything else for "only the relationships ticked".
    pub relationships: String,
    /// A preset's form value (`weekly`, `every_two_weeks`, `monthly`, `quarterly`).
    pub cadence: String,
    /// The zone picked in the select.
    pub timezone: String,
    /// A zone typed in; wins over the select when filled.
    pub timezone_other: String,
    /// Local date of the first opening, `YYYY-MM-DD`.
    pub first_date: String,
    /// Local time of the first opening, `HH:MM`.
    pub first_time: String,
    pub days_open: String,
    pub reminder_after_days: String,
    pub max_reminders: String,
    pub fatigue_cap: String,
    pub sample_percent: String,
    /// Questions per section; `None` when not sent (see `PulseFields`), blank for every
    /// question.
    pub questions_per_section: Option<String>,
    /// Most questions per employee per wave; `None` when not sent, blank for no limit.
    pub max_answers_per_wave: Option<String>,
    /// `rotating_questions` or `sections`; `None` when not sent.
    pub shorten_by: Option<String>,
    /// Checkbox: present when active.
    pub active: String,
    /// The ticked relationship checkboxes (`relationship_<id>`), and nothing else.
    #[serde(flatten)]
    pub extra: BTreeMap<String, String>,
}

impl CycleForm {
    /// The ids of the ticked relationship checkboxes.
    pub fn chosen_relationship_ids(&self) -> Vec<i32> {
        self.extra
            .iter()
            .filter(|(_, value)| checked(value))
            .filter_map(|(key, _)| key.strip_prefix(RELATIONSHIP_FIELD_PREFIX)?.parse().ok())
            .collect()
    }

    /// Ticks the checkbox of `relationship_id`.
    pub fn choose_relationship(&mut self, relationship_id: i32) {
        self.extra.insert(
            format!("{RELATIONSHIP_FIELD_PREFIX}{relationship_id}"),
            "on".to_owned(),
        );
    }

    /// A new cycle's defaults: weekly, Monday-morning style, three days open, one reminder.
    pub fn defaults(timezone: &str) -> Self {
        Self {
            relationships: ALL_RELATIONSHIPS.to_owned(),
            cadence: CadencePreset::Monthly.as_str().to_owned(),
            timezone: timezone.to_owned(),
            first_time: "09:00".to_owned(),
            days_open: "7".to_owned(),
            reminder_after_days: "3".to_owned(),
            max_reminders: "1".to_owned(),
            fatigue_cap: DEFAULT_FATIGUE_CAP.to_string(),
            active: "on".to_owned(),
            ..Default::default()
        }
    }

    /// The form filled with a stored cycle (first opening shown in the cycle's timezone).
    pub fn from_model(model: &entity::cycle::Model, relationship_ids: &[i32]) -> Self {
        let local = Timezone::parse(&model.timezone).map_or_else(
            |_| model.starts_at.naive_utc(),
            |tz| model.starts_at.with_timezone(&tz.zone()).naive_local(),
        );
        let mut form = Self {
            name: model.name.clone(),
            questionnaire_id: model.questionnaire_id.to_string(),
            relationships: if model.all_relationships {
                ALL_RELATIONSHIPS.to_owned()
            } else {
                "chosen".to_owned()
            },
            cadence: CadencePreset::from_rrule(&model.rrule)
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            timezone: model.timezone.clone(),
            timezone_other: String::new(),
            first_date: local.date().format("%Y-%m-%d").to_string(),
            first_time: local.time().format("%H:%M").to_string(),
            days_open: model.days_open.to_string(),
            reminder_after_days: model
                .reminder_after_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            max_reminders: model.max_reminders.to_string(),
            fatigue_cap: model.fatigue_cap.to_string(),
            sample_percent: model
                .sample_percent
                .map(|p| p.to_string())
                .unwrap_or_default(),
            active: if model.active { "on" } else { "" }.to_owned(),
            extra: BTreeMap::new(),
            ..Default::default()
        };
        form.set_pulse(PulseSettings::of(model));
        if !COMMON_TIMEZONES.contains(&model.timezone.as_str()) {
            form.timezone_other.clone_from(&model.timezone);
        }
        for id in relationship_ids {
            form.choose_relationship(*id);
        }
        form
    }
}

fn whole(raw: &str, range: std::ops::RangeInclusive<i32>) -> Option<i32> {
    raw.trim().parse::<i32>().ok().filter(|n| range.contains(n))
}

/// Reads `date` + `time` as wall-clock time in `timezone`, refusing times that do not exist
/// or happen twice because of a clock change.
pub fn local_to_utc(
    timezone: Timezone,
    local: NaiveDateTime,
) -> Result<DateTime<Utc>, &'static str> {
    match timezone.zone().from_local_datetime(&local) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(_, _) => Err("err-cy-time-ambiguous"),
        LocalResult::None => Err("err-cy-time-nonexistent"),
    }
}

impl CycleInput {
    /// Validates `form`; `shape` is its questionnaire's (`None`: there is no such
    /// questionnaire).
    pub fn parse(
        form: &CycleForm,
        shape: Option<&QuestionnaireShape>,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = text::single_line(&form.name, MAX_CYCLE_NAME)
            .inspect_err(|error| errors.add("name", text_error(*error, "err-cy-name-length")))
            .unwrap_or_default();
        let questionnaire_id = form.questionnaire_id.trim().parse::<i32>().ok();
        if questionnaire_id.is_none() || shape.is_none() {
            errors.add("questionnaire_id", "err-cy-questionnaire");
        }
        let all_relationships = form.relationships.trim() == ALL_RELATIONSHIPS;
        let relationship_ids = if all_relationships {
            vec![]
        } else {
            form.chosen_relationship_ids()
        };
        if !all_relationships && relationship_ids.is_empty() {
            errors.add("relationships", "err-cy-relationships-none");
        }
        let preset = CadencePreset::parse(&form.cadence).ok();
        if preset.is_none() {
            errors.add("cadence", "err-cy-cadence");
        }
        let zone_text = non_blank(&form.timezone_other).unwrap_or_else(|| form.timezone.clone());
        let timezone = Timezone::parse(&zone_text).ok();
        if timezone.is_none() {
            errors.add("timezone", "err-cy-timezone");
        }
        let date = NaiveDate::parse_from_str(form.first_date.trim(), "%Y-%m-%d").ok();
        if date.is_none() {
            errors.add("first_date", "err-cy-date");
        }
        let time = NaiveTime::parse_from_str(form.first_time.trim(), "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(form.first_time.trim(), "%H:%M:%S"))
            .ok();
        if time.is_none() {
            errors.add("first_time", "err-cy-time");
        }
        let starts_at = match (timezone, date, time) {
            (Some(tz), Some(date), Some(time)) => local_to_utc(tz, date.and_time(time))
                .inspect_err(|message| errors.add("first_time", message))
                .ok(),
            _ => None,
        };
        let days_open = whole(&form.days_open, 1..=90);
        if days_open.is_none() {
            errors.add("days_open", "err-cy-days-open");
        }
        let reminder_after_days = optional_number(&form.reminder_after_days, 1..=89)
            .ok()
            .filter(|after| match (after, days_open) {
                (Some(after), Some(open)) => *after < open,
                _ => true,
            });
        if reminder_after_days.is_none() {
            errors.add("reminder_after_days", "err-cy-reminder-after");
        }
        let max_reminders = match non_blank(&form.max_reminders) {
            None => Some(0),
            Some(raw) => whole(&raw, 0..=5),
        };
        if max_reminders.is_none() {
            errors.add("max_reminders", "err-cy-max-reminders");
        }
        let fatigue_cap = match non_blank(&form.fatigue_cap) {
            None => Some(DEFAULT_FATIGUE_CAP),
            Some(raw) => whole(&raw, 1..=20),
        };
        if fatigue_cap.is_none() {
            errors.add("fatigue_cap", "err-cy-fatigue-cap");
        }
        let sample_percent = optional_number(&form.sample_percent, 1..=100);
        if sample_percent.is_err() {
            errors.add("sample_percent", "err-cy-sample");
        }
        let pulse = match PulseSettings::parse(form.pulse_fields(), shape) {
            Ok(pulse) => Some(pulse),
            Err(pulse_errors) => {
                errors.merge(pulse_errors);
                None
            }
        };
        let cadence = match (preset, timezone, starts_at) {
            (Some(preset), Some(tz), Some(start)) => Cadence::new(preset.rrule(), tz, start)
                .inspect_err(|_| errors.add("cadence", "err-cy-cadence"))
                .ok(),
            _ => None,
        };
        match (
            errors.is_empty(),
            questionnaire_id,
            preset,
            timezone,
            starts_at,
            cadence,
            days_open,
            reminder_after_days,
            max_reminders,
            fatigue_cap,
            pulse,
        ) {
            (
                true,
                Some(questionnaire_id),
                Some(preset),
                Some(timezone),
                Some(starts_at),
                Some(cadence),
                Some(days_open),
                Some(reminder_after_days),
                Some(max_reminders),
                Some(fatigue_cap),
                Some(pulse),
            ) => Ok(CycleInput {
                name,
                questionnaire_id,
                all_relationships,
                relationship_ids,
                cadence,
                rrule: preset.rrule().to_owned(),
                timezone,
                starts_at,
                days_open,
                reminder_after_days,
                max_reminders: if reminder_after_days.is_some() {
                    max_reminders
                } else {
                    0
                },
                fatigue_cap,
                sample_percent: sample_percent.ok().flatten(),
                pulse,
                active: checked(&form.active),
            }),
            _ => Err(errors),
        }
    }
}

/// Validates `form` completely: field rules (against its questionnaire's `shape`, `None` when there
/// is no such questionnaire) first, then the database checks (`store::programme::cycles::check`).
pub async fn validate(
    db: &impl sea_orm::ConnectionTrait,
    form: &CycleForm,
    shape: Option<&QuestionnaireShape>,
) -> anyhow::Result<Result<CycleInput, FieldErrors>> {
    let input = match CycleInput::parse(form, shape) {
        Ok(input) => input,
        Err(errors) => return Ok(Err(errors)),
    };
    let errors = crate::store::programme::cycles::check(db, &input).await?;
    Ok(errors.into_result(|| input))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape() -> QuestionnaireShape {
        use entity::question::QuestionKind;
        QuestionnaireShape {
            core: vec![QuestionKind::Rating; 3],
            rotating: vec![QuestionKind::Rating; 6],
        }
    }

    fn parse(form: &CycleForm) -> Result<CycleInput, FieldErrors> {
        CycleInput::parse(form, Some(&shape()))
    }

    fn valid() -> CycleForm {
        let mut form = CycleForm::defaults("Europe/Amsterdam");
        form.name = "Monthly pulse".into();
        form.questionnaire_id = "1".into();
        form.first_date = "2030-10-14".into();
        form
    }

    #[test]
    fn a_valid_form_converts_local_time_to_utc() {
        let input = parse(&valid()).unwrap();
        assert_eq!(input.starts_at.to_rfc3339(), "2030-10-14T07:00:00+00:00");
        assert_eq!(input.fatigue_cap, 3);
    }

    #[test]
    fn unknown_zones_short_waves_and_zero_caps_are_refused() {
        let mut form = valid();
        form.timezone_other = "Mars/Olympus".into();
        form.days_open = "0".into();
        form.fatigue_cap = "0".into();
        let errors = parse(&form).unwrap_err();
        assert_eq!(errors.get("timezone"), Some("err-cy-timezone"));
        assert_eq!(errors.get("days_open"), Some("err-cy-days-open"));
        assert_eq!(errors.get("fatigue_cap"), Some("err-cy-fatigue-cap"));
    }

    #[test]
    fn local_times_skipped_or_repeated_by_a_clock_change_are_refused() {
        let mut spring = valid();
        spring.first_date = "2030-03-31".into();
        spring.first_time = "02:30".into();
        let mut autumn = valid();
        autumn.first_date = "2030-10-27".into();
        autumn.first_time = "02:30".into();
        assert_eq!(
            parse(&spring).unwrap_err().get("first_time"),
            Some("err-cy-time-nonexistent")
        );
        assert_eq!(
            parse(&autumn).unwrap_err().get("first_time"),
            Some("err-cy-time-ambiguous")
        );
    }

    #[test]
    fn a_chosen_subset_needs_at_least_one_relationship() {
        let mut form = valid();
        form.relationships = "chosen".into();
        assert_eq!(
            parse(&form).unwrap_err().get("relationships"),
            Some("err-cy-relationships-none")
        );
        form.choose_relationship(7);
        assert_eq!(parse(&form).unwrap().relationship_ids, vec![7]);
    }
}
