//! A cycle's upcoming openings: the next opening the scheduler should create and the preview
//! HR sees, shown as wall-clock time in the cycle's timezone (DST-correct).

use crate::domain::{Cadence, Timezone};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

/// How many openings the cycle page and the API preview.
pub const PREVIEW_COUNT: u16 = 5;

/// One upcoming opening, in UTC and as local wall-clock time.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Opening {
    /// The instant, in UTC.
    pub utc: DateTime<Utc>,
    /// Local wall-clock time in the cycle's timezone, `YYYY-MM-DD HH:MM`.
    pub local: String,
    /// Local weekday, in English (`Monday`).
    pub weekday: String,
    /// Offset from UTC at that moment, e.g. `+01:00`.
    pub utc_offset: String,
}

/// The cadence of a stored cycle, if its rule and zone are (still) valid.
pub fn cadence_of(model: &entity::cycle::Model) -> Option<Cadence> {
    let timezone = Timezone::parse(&model.timezone).ok()?;
    Cadence::new(&model.rrule, timezone, model.starts_at).ok()
}

/// The first opening at or after `now`.
pub fn next_opening_at(cadence: &Cadence, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    cadence.next_after(now - Duration::seconds(1))
}

/// The next `count` openings at or after `now`.
pub fn upcoming(cadence: &Cadence, now: DateTime<Utc>, count: u16) -> Vec<Opening> {
    let zone = cadence.timezone().zone();
    cadence
        .openings_after(now - Duration::seconds(1), count)
        .into_iter()
        .map(|utc| {
            let local = utc.with_timezone(&zone);
            Opening {
                utc,
                local: local.format("%Y-%m-%d %H:%M").to_string(),
                weekday: local.format("%A").to_string(),
                utc_offset: local.format("%:z").to_string(),
            }
        })
        .collect()
}
