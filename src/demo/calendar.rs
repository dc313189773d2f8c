//! Wall-clock times of the demo cycle in Europe/Amsterdam without a timezone database
//! (chrono-tz is not a dependency): Central European Time is UTC+1, and summer time (UTC+2)
//! runs from the last Sunday of March to the last Sunday of October, switching at 01:00 UTC
//! — the EU rule, exact for every year it has been in force. Good enough for demo data; the
//! scheduler proper evaluates the cycle's RRULE in its IANA timezone.

use anyhow::Context;
use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeDelta, Utc, Weekday};

/// Hour of the weekly opening in local time (`BYHOUR=9` in the demo cycle's RRULE).
pub const OPENING_HOUR: u32 = 9;

/// Amsterdam's offset from UTC at `instant`, in hours (1 in winter, 2 in summer).
fn amsterdam_offset_hours(instant: DateTime<Utc>) -> anyhow::Result<i64> {
    let year = instant.year();
    let summer_starts = last_sunday_at_one_utc(year, 3)?;
    let summer_ends = last_sunday_at_one_utc(year, 10)?;
    Ok(if instant >= summer_starts && instant < summer_ends {
        2
    } else {
        1
    })
}

fn last_sunday_at_one_utc(year: i32, month: u32) -> anyhow::Result<DateTime<Utc>> {
    let last_day = NaiveDate::from_ymd_opt(year, month + 1, 1)
        .and_then(|first_of_next| first_of_next.pred_opt())
        .context("Failed to compute the end of a month")?;
    let back = u64::from(last_day.weekday().num_days_from_sunday());
    let sunday = last_day
        .checked_sub_days(Days::new(back))
        .context("Failed to compute the last Sunday of a month")?;
    let one_am = NaiveTime::from_hms_opt(1, 0, 0).context("Failed to build 01:00")?;
    Ok(sunday.and_time(one_am).and_utc())
}

/// The UTC instant of `date` at `OPENING_HOUR`:00 in Amsterdam.
pub fn amsterdam_opening(date: NaiveDate) -> anyhow::Result<DateTime<Utc>> {
    let local = NaiveTime::from_hms_opt(OPENING_HOUR, 0, 0).context("Failed to build 09:00")?;
    let as_if_utc = date.and_time(local).and_utc();
    // 09:00 local is never near a switch (those happen at night), so the winter guess decides.
    let offset = amsterdam_offset_hours(as_if_utc - TimeDelta::hours(1))?;
    Ok(as_if_utc - TimeDelta::hours(offset))
}

/// The calendar day in Amsterdam at `instant`.
pub fn amsterdam_date(instant: DateTime<Utc>) -> anyhow::Result<NaiveDate> {
    let offset = amsterdam_offset_hours(instant)?;
    Ok((instant + TimeDelta::hours(offset)).date_naive())
}

/// The first Monday 09:00 Amsterdam time strictly after `now`.
pub fn next_monday_opening(now: DateTime<Utc>) -> anyhow::Result<DateTime<Utc>> {
    let today = amsterdam_date(now)?;
    let since_monday = u64::from(today.weekday().num_days_from_monday());
    let this_monday = today
        .checked_sub_days(Days::new(since_monday))
        .context("Failed to compute this week's Monday")?;
    let opening = amsterdam_opening(this_monday)?;
    if opening > now {
        return Ok(opening);
    }
    let next_monday = this_monday
        .checked_add_days(Days::new(7))
        .context("Failed to compute next week's Monday")?;
    amsterdam_opening(next_monday)
}

/// The Monday opening `weeks` weeks before `opening` (same local wall-clock time).
pub fn weeks_before(opening: DateTime<Utc>, weeks: u64) -> anyhow::Result<DateTime<Utc>> {
    let date = amsterdam_date(opening)?
        .checked_sub_days(Days::new(weeks * 7))
        .context("Failed to go back in weeks")?;
    debug_assert_eq!(date.weekday(), Weekday::Mon);
    amsterdam_opening(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn nine_in_amsterdam_is_eight_utc_in_winter_and_seven_in_summer() {
        let winter = amsterdam_opening(NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()).unwrap();
        let summer = amsterdam_opening(NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()).unwrap();
        assert_eq!(winter, utc("2026-01-12T08:00:00Z"));
        assert_eq!(summer, utc("2026-06-15T07:00:00Z"));
    }

    #[test]
    fn summer_time_starts_on_the_last_sunday_of_march() {
        // 2026-03-29 is the last Sunday of March; the Monday after is on summer time.
        let before = amsterdam_opening(NaiveDate::from_ymd_opt(2026, 3, 23).unwrap()).unwrap();
        let after = amsterdam_opening(NaiveDate::from_ymd_opt(2026, 3, 30).unwrap()).unwrap();
        assert_eq!(before, utc("2026-03-23T08:00:00Z"));
        assert_eq!(after, utc("2026-03-30T07:00:00Z"));
    }

    #[test]
    fn the_next_opening_is_strictly_in_the_future() {
        let monday_nine = utc("2026-01-12T08:00:00Z");
        assert_eq!(
            next_monday_opening(monday_nine).unwrap(),
            utc("2026-01-19T08:00:00Z")
        );
        let sunday = utc("2026-01-11T20:00:00Z");
        assert_eq!(next_monday_opening(sunday).unwrap(), monday_nine);
        let week_back = weeks_before(utc("2026-04-06T07:00:00Z"), 2).unwrap();
        assert_eq!(week_back, utc("2026-03-23T08:00:00Z"));
    }
}
