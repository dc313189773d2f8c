//! Turning final periods into aggregates: a closed wave (a few seconds after its closing, so a
//! submission that was already under way is counted) and an ended month of touchpoints. Run by
//! every scheduler pass and after the demo is seeded; idempotent and safe on several instances
//! (a period is unique, and the loser of a race rolls back).

use crate::store::result_aggregates;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};

/// How long after its closing a wave is aggregated: answers whose transaction began before the
/// close are committed by then.
pub const CLOSE_GRACE: TimeDelta = TimeDelta::seconds(5);

/// Aggregates every period that became final by `now`; returns how many this call wrote.
#[tracing::instrument(name = "aggregate_results", skip_all)]
pub async fn run_once(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let mut sources = result_aggregates::waves_to_aggregate(db, now - CLOSE_GRACE).await?;
    sources.extend(result_aggregates::months_to_aggregate(db, now - CLOSE_GRACE).await?);
    let mut written = 0;
    for source in sources {
        let txn = db
            .begin()
            .await
            .context("Failed to begin the aggregation transaction")?;
        if result_aggregates::aggregate(&txn, source).await? {
            txn.commit()
                .await
                .context("Failed to commit the aggregates")?;
            written += 1;
        } else {
            txn.rollback()
                .await
                .context("Failed to roll back a duplicate aggregation")?;
        }
    }
    if written > 0 {
        tracing::info!(periods.aggregated = written, "aggregated final results");
    }
    Ok(written)
}
