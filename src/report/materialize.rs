//! Turning final periods into results: a closed wave (a few seconds after its closing, so a
//! submission that was already under way is counted) and an ended month of touchpoints. For
//! each, in one transaction: the period is claimed, its sealed answers are released in groups
//! of at least k (`crate::release`), aggregated, and the traces of who answered are replaced by
//! counts (`store::results::participation`). Run by every scheduler pass and after the demo is seeded;
//! idempotent and safe on several instances (a period is unique, and the loser of a race rolls
//! back). A period whose answers cannot be opened (a sealing key is missing) is left as it is
//! and reported; the others go ahead.

use crate::release;
use crate::sealing::SealingKeys;
use crate::store::results::participation;
use crate::store::results::result_aggregates::{self, PeriodSource};
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};

/// How long after its closing a wave is aggregated: answers whose transaction began before the
/// close are committed by then.
pub const CLOSE_GRACE: TimeDelta = TimeDelta::seconds(5);

/// Releases and aggregates every period that became final by `now`; returns how many this call
/// wrote. `k` is `anonymity.min_group_size`. Fails (after doing the others) when a period
/// could not be released.
#[tracing::instrument(name = "aggregate_results", skip_all)]
pub async fn run_once(
    db: &DatabaseConnection,
    keys: &SealingKeys,
    k: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<u64> {
    let mut sources = result_aggregates::waves_to_aggregate(db, now - CLOSE_GRACE).await?;
    sources.extend(result_aggregates::months_to_aggregate(db, now - CLOSE_GRACE).await?);
    let mut written = 0;
    let mut failure = None;
    for source in sources {
        match finish(db, keys, k, source, now).await {
            Ok(true) => written += 1,
            Ok(false) => {}
            Err(error) => {
                tracing::error!(error.cause_chain = ?error, "a period could not be released");
                failure = Some(error);
            }
        }
    }
    if written > 0 {
        tracing::info!(
            periods.aggregated = written,
            "released and aggregated final results"
        );
        participation::compact(db).await?;
    }
    match failure {
        Some(error) => Err(error),
        None => Ok(written),
    }
}

/// Releases, aggregates and scrubs one period in one transaction; `false` when another
/// instance did it first.
async fn finish(
    db: &DatabaseConnection,
    keys: &SealingKeys,
    k: u32,
    source: PeriodSource,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let txn = db
        .begin()
        .await
        .context("Failed to begin the release transaction")?;
    let Some(period_id) = result_aggregates::create_period(&txn, source).await? else {
        txn.rollback()
            .await
            .context("Failed to roll back a duplicate aggregation")?;
        return Ok(false);
    };
    let released = release::release(&txn, keys, k, source).await?;
    // Counts of the whole period only: nothing here dates or describes one submission.
    tracing::info!(
        release.opened = released.opened,
        release.responses = released.responses,
        release.held = released.held,
        "released a period's sealed answers"
    );
    result_aggregates::aggregate(&txn, period_id, source, &released.carried).await?;
    match source {
        PeriodSource::Wave { wave_id, .. } => participation::scrub_wave(&txn, wave_id).await?,
        PeriodSource::Month(_) => participation::scrub_touchpoints(&txn, now).await?,
    }
    txn.commit()
        .await
        .context("Failed to commit the released results")?;
    Ok(true)
}
