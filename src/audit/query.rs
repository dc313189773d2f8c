//! Reading the log: the subject kinds it knows and the parsing of the date filters shared by
//! the audit page and `GET /api/v1/audit`.

use crate::store::audit::AuditFilter;
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The kinds of subject entries are about, in display order.
pub const SUBJECT_KINDS: [&str; 8] = [
    "employee",
    "department",
    "relationship",
    "account",
    "api_key",
    "cycle",
    "questionnaire",
    "setting",
];

/// A moment from `YYYY-MM-DD` (the start of that day in UTC, or the start of the next day
/// when `end_of_day`) or an RFC 3339 time; `None` when empty.
pub fn parse_moment(raw: Option<&str>, end_of_day: bool) -> Result<Option<DateTime<Utc>>, String> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    if let Ok(day) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let start = day.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        let shift = if end_of_day {
            Duration::days(1)
        } else {
            Duration::zero()
        };
        return Ok(start.map(|s| s + shift));
    }
    DateTime::parse_from_rfc3339(raw)
        .map(|t| Some(t.with_timezone(&Utc)))
        .map_err(|_| format!("`{raw}` is neither a date (YYYY-MM-DD) nor an RFC 3339 time"))
}

/// The filter for a subject kind (empty or unknown: all kinds), a search text and a range of
/// dates or times (`until` a date: that day included).
pub fn filter(
    kind: Option<&str>,
    search: Option<&str>,
    since: Option<&str>,
    until: Option<&str>,
) -> Result<AuditFilter, String> {
    let kind = kind.map(str::trim).filter(|k| !k.is_empty());
    if let Some(kind) = kind
        && !SUBJECT_KINDS.contains(&kind)
    {
        return Err(format!(
            "`{kind}` is not a subject kind ({})",
            SUBJECT_KINDS.join(", ")
        ));
    }
    Ok(AuditFilter {
        subject_kind: kind.map(str::to_owned),
        search: search.map(str::to_owned),
        since: parse_moment(since, false)?,
        until: parse_moment(until, true)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_until_includes_that_day() {
        let until = parse_moment(Some("2026-12-07"), true).unwrap().unwrap();
        assert_eq!(until.to_rfc3339(), "2026-12-08T00:00:00+00:00");
        assert!(parse_moment(Some("yesterday"), false).is_err());
        assert_eq!(parse_moment(Some(" "), false).unwrap(), None);
        assert!(filter(Some("answer"), None, None, None).is_err());
    }
}
