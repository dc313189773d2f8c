//! "Last time": the headline score a service got in its latest final wave, for the survey page,
//! when it passed the gate.

use super::period::ReportCache;
use crate::store::results;
use sea_orm::ConnectionTrait;
use std::collections::BTreeMap;

/// A service's score in its latest final wave.
#[derive(Clone, Debug, serde::Serialize)]
pub struct LastScore {
    /// Headline mean, 1–5.
    pub score: f64,
    /// The wave's first day (`YYYY-MM-DD`).
    pub wave: String,
}

/// The gated headline mean (1–5) of each relationship's latest final wave, for those that have
/// one that may be shown.
pub async fn last_scores(
    db: &impl ConnectionTrait,
    cache: &ReportCache,
    relationships: &[i32],
) -> anyhow::Result<BTreeMap<i32, LastScore>> {
    let mut latest: BTreeMap<i32, i32> = BTreeMap::new();
    for (period, relationship) in
        results::periods_of_relationships(db, relationships, false).await?
    {
        latest.entry(relationship).or_insert(period);
    }
    let mut scores = BTreeMap::new();
    for (relationship, period) in latest {
        if let Some(report) = cache.get(db, period).await?
            && let Some(score) = report.headline(&report.counts.relationship(relationship))
        {
            scores.insert(
                relationship,
                LastScore {
                    score,
                    wave: report.period.starts_at.format("%Y-%m-%d").to_string(),
                },
            );
        }
    }
    Ok(scores)
}
