//! Retention: the scheduler deletes audit entries older than `audit.retention_days`, once per
//! pass, by the index on `at`. The only way an entry ever leaves the log. Each audited
//! setting's newest entry stays, whatever its age: startup compares the configuration with it.

use crate::store::audit as store;
use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;

/// Deletes the entries recorded more than `retention_days` before `now` (but each setting's
/// newest); returns how many.
pub async fn run_once(
    db: &impl ConnectionTrait,
    retention_days: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let cutoff = now - Duration::days(i64::from(retention_days));
    store::delete_before(db, cutoff).await
}
