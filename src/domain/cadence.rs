//! When a cycle opens its waves: an RFC 5545 RRULE in an IANA timezone, anchored at the first
//! opening. Occurrences keep their wall-clock time across daylight-saving changes (a Monday
//! 09:00 wave opens at 09:00 local in winter and in summer).

use chrono::{DateTime, NaiveDateTime, Utc};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};
use serde::{Deserialize, Serialize};

/// The cadences HR picks from in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CadencePreset {
    Weekly,
    EveryTwoWeeks,
    Monthly,
    Quarterly,
}

impl CadencePreset {
    /// Every preset, in the order the form lists them.
    pub const ALL: [CadencePreset; 4] = [
        CadencePreset::Weekly,
        CadencePreset::EveryTwoWeeks,
        CadencePreset::Monthly,
        CadencePreset::Quarterly,
    ];

    /// The RRULE the preset stands for (the weekday/day comes from the first opening).
    pub fn rrule(self) -> &'static str {
        match self {
            CadencePreset::Weekly => "FREQ=WEEKLY;INTERVAL=1",
            CadencePreset::EveryTwoWeeks => "FREQ=WEEKLY;INTERVAL=2",
            CadencePreset::Monthly => "FREQ=MONTHLY;INTERVAL=1",
            CadencePreset::Quarterly => "FREQ=MONTHLY;INTERVAL=3",
        }
    }

    /// The preset's form value.
    pub fn as_str(self) -> &'static str {
        match self {
            CadencePreset::Weekly => "weekly",
            CadencePreset::EveryTwoWeeks => "every_two_weeks",
            CadencePreset::Monthly => "monthly",
            CadencePreset::Quarterly => "quarterly",
        }
    }

    /// Parses a form value.
    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == raw.trim())
            .ok_or_else(|| {
                format!("`{raw}` is not a cadence (weekly, every_two_weeks, monthly, quarterly)")
            })
    }

    /// The preset an RRULE was made from, if it was.
    pub fn from_rrule(rrule: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.rrule() == rrule.trim())
    }
}

/// A validated IANA timezone name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timezone(chrono_tz::Tz);

impl Timezone {
    /// Accepts IANA names such as `Europe/Amsterdam`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.trim()
            .parse::<chrono_tz::Tz>()
            .map(Self)
            .map_err(|_| format!("`{raw}` is not a known IANA timezone (e.g. Europe/Amsterdam)"))
    }

    /// The IANA name.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The chrono-tz zone, for formatting local times.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.0
    }
}

/// A cycle's schedule: RRULE + timezone + first opening.
#[derive(Clone, Debug)]
pub struct Cadence {
    set: RRuleSet,
    timezone: Timezone,
}

impl Cadence {
    /// Validates the rule (no more often than daily, no DTSTART of its own) and anchors it at
    /// `first_opening`, read as wall-clock time in `timezone`.
    pub fn new(
        rrule: &str,
        timezone: Timezone,
        first_opening: DateTime<Utc>,
    ) -> Result<Self, String> {
        let rule: RRule<Unvalidated> = rrule
            .trim()
            .trim_start_matches("RRULE:")
            .parse()
            .map_err(|e| format!("the recurrence rule is not valid: {e}"))?;
        if matches!(
            rule.get_freq(),
            Frequency::Hourly | Frequency::Minutely | Frequency::Secondly
        ) {
            return Err("waves cannot open more often than once a day".to_owned());
        }
        let tz = Tz::Tz(timezone.0);
        let start = first_opening.with_timezone(&tz);
        let rule = rule
            .validate(start)
            .map_err(|e| format!("the recurrence rule is not valid: {e}"))?;
        Ok(Self {
            set: RRuleSet::new(start).rrule(rule),
            timezone,
        })
    }

    /// The timezone the cadence runs in.
    pub fn timezone(&self) -> Timezone {
        self.timezone
    }

    /// The next `count` openings strictly after `after`.
    pub fn openings_after(&self, after: DateTime<Utc>, count: u16) -> Vec<DateTime<Utc>> {
        let tz = Tz::Tz(self.timezone.0);
        self.set
            .clone()
            .after(after.with_timezone(&tz))
            .all(count.saturating_add(1))
            .dates
            .into_iter()
            .map(|d| d.with_timezone(&Utc))
            .filter(|d| *d > after)
            .take(usize::from(count))
            .collect()
    }

    /// The next opening strictly after `after`, if the rule has one.
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.openings_after(after, 1).into_iter().next()
    }

    /// A UTC instant shown as local wall-clock time in the cadence's timezone.
    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&self.timezone.0).naive_local()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn amsterdam() -> Timezone {
        Timezone::parse("Europe/Amsterdam").unwrap()
    }

    #[test]
    fn weekly_openings_keep_nine_o_clock_local_across_the_dst_change() {
        // Monday 2026-10-19 09:00 CEST (UTC+2); DST ends on Sunday 2026-10-25.
        let first = Utc.with_ymd_and_hms(2026, 10, 19, 7, 0, 0).unwrap();
        let cadence = Cadence::new(CadencePreset::Weekly.rrule(), amsterdam(), first).unwrap();

        let openings = cadence.openings_after(first - chrono::Duration::seconds(1), 3);

        assert_eq!(
            openings,
            vec![
                Utc.with_ymd_and_hms(2026, 10, 19, 7, 0, 0).unwrap(),
                Utc.with_ymd_and_hms(2026, 10, 26, 8, 0, 0).unwrap(),
                Utc.with_ymd_and_hms(2026, 11, 2, 8, 0, 0).unwrap(),
            ]
        );
        for opening in openings {
            assert_eq!(cadence.local(opening).format("%H:%M").to_string(), "09:00");
        }
    }

    #[test]
    fn openings_after_an_instant_exclude_that_instant() {
        let first = Utc.with_ymd_and_hms(2026, 1, 5, 8, 0, 0).unwrap();
        let cadence =
            Cadence::new(CadencePreset::EveryTwoWeeks.rrule(), amsterdam(), first).unwrap();

        assert_eq!(
            cadence.next_after(first),
            Some(Utc.with_ymd_and_hms(2026, 1, 19, 8, 0, 0).unwrap())
        );
    }

    #[test]
    fn quarterly_openings_are_three_months_apart() {
        let first = Utc.with_ymd_and_hms(2026, 1, 15, 8, 0, 0).unwrap();
        let cadence = Cadence::new(CadencePreset::Quarterly.rrule(), amsterdam(), first).unwrap();

        let openings = cadence.openings_after(first, 2);

        assert_eq!(openings[0].date_naive().to_string(), "2026-04-15");
        assert_eq!(openings[1].date_naive().to_string(), "2026-07-15");
    }

    #[test]
    fn unknown_timezones_and_sub_daily_rules_are_refused() {
        assert!(Timezone::parse("Mars/Olympus").is_err());
        let first = Utc.with_ymd_and_hms(2026, 1, 5, 8, 0, 0).unwrap();
        assert!(Cadence::new("FREQ=HOURLY", amsterdam(), first).is_err());
        assert!(Cadence::new("FREQ=SOMETIMES", amsterdam(), first).is_err());
    }

    #[test]
    fn presets_round_trip_through_their_rrule() {
        for preset in CadencePreset::ALL {
            assert_eq!(CadencePreset::from_rrule(preset.rrule()), Some(preset));
            assert_eq!(CadencePreset::parse(preset.as_str()), Ok(preset));
        }
    }
}
