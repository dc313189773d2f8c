//! A provider's dashboard: for each service it provides, the latest final wave's results, live
//! participation of an open wave, the trend over the last waves and the touchpoint months; and
//! its results by customer department. Everything passes the gate (`report::gate`).

use super::breakdown::{Breakdown, breakdown};
use super::period::{PeriodReport, ReportCache};
use super::slice::{SliceResults, Thresholds, slice_results};
use super::trend::{TrendPoint, point};
use crate::store::programme::relationships::RelationshipView;
use crate::store::results::{self, OpenWave};
use crate::survey::form::Languages;
use crate::survey::model::Section;
use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use utoipa::ToSchema;

/// Waves shown in a trend.
pub const TREND_WAVES: usize = 12;
/// Touchpoint months shown.
pub const TOUCHPOINT_MONTHS: usize = 6;

/// Participation in a wave that is still open. Scores appear only once the wave has closed:
/// figures that change with every answer would let a watcher tell what the latest person said.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct LiveWave {
    /// The wave.
    pub wave_id: i32,
    /// When it closes.
    pub closes_at: DateTime<Utc>,
    /// Invitations asking about the service (only when at least k).
    pub invited: Option<u32>,
    /// Answered so far (only when at least k).
    pub answered: Option<u32>,
    /// Share answered so far, 0–100.
    pub response_rate: Option<f64>,
}

/// The results of one service.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ServiceResults {
    /// The relationship.
    pub relationship_id: i32,
    /// Service name.
    pub service: String,
    /// The customer department; absent for the whole organisation.
    pub customer: Option<String>,
    /// The service standard.
    pub standard: Option<String>,
    /// Whether the relationship is still surveyed.
    pub active: bool,
    /// An open wave asking about it.
    pub live: Option<LiveWave>,
    /// The latest final wave's results.
    pub latest: Option<SliceResults>,
    /// Change of the headline mean since the previous wave, when both are shown.
    pub headline_change: Option<f64>,
    /// Oldest first, up to 12 waves.
    pub trend: Vec<TrendPoint>,
    /// Touchpoint months, newest first, up to 6.
    pub touchpoints: Vec<TrendPoint>,
}

/// A provider's dashboard.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Dashboard {
    /// The providing department.
    pub provider_id: i32,
    /// Its name.
    pub provider: String,
    /// The threshold k the figures were gated with.
    pub min_group_size: u32,
    /// One entry per service it provides.
    pub services: Vec<ServiceResults>,
    /// Results by customer department in its latest final wave.
    pub breakdown: Option<Breakdown>,
}

/// What the dashboard is built from.
pub struct Inputs<'a> {
    /// The reports cache.
    pub cache: &'a ReportCache,
    /// Languages for question texts.
    pub languages: Languages<'a>,
    /// Thresholds.
    pub thresholds: Thresholds,
    /// Department names by id.
    pub departments: &'a BTreeMap<i32, String>,
}

/// Builds the dashboard of `provider_id` from its `relationships` (all of them its own).
pub async fn dashboard(
    db: &impl ConnectionTrait,
    inputs: Inputs<'_>,
    provider_id: i32,
    relationships: &[RelationshipView],
) -> anyhow::Result<Dashboard> {
    let ids: Vec<i32> = relationships.iter().map(|r| r.id).collect();
    let waves = per_relationship(results::periods_of_relationships(db, &ids, false).await?);
    let months = per_relationship(results::periods_of_relationships(db, &ids, true).await?);
    let open = inputs.cache.open_waves(db).await?;
    let k = inputs.thresholds.min_group_size;
    let mut services = vec![];
    let mut latest_periods: Vec<Arc<PeriodReport>> = vec![];
    for relationship in relationships {
        let section = section_of(relationship);
        let wave_ids: Vec<i32> = waves
            .get(&relationship.id)
            .map(|ids| ids.iter().take(TREND_WAVES).copied().collect())
            .unwrap_or_default();
        let reports = inputs.cache.get_many(db, &wave_ids).await?;
        let latest = match reports.first() {
            Some(report) => {
                latest_periods.push(report.clone());
                let comments = inputs
                    .cache
                    .comments(db, &report.period, relationship.id)
                    .await?;
                Some(slice_results(
                    report,
                    &section,
                    inputs.languages,
                    inputs.thresholds,
                    &comments,
                ))
            }
            None => None,
        };
        let trend: Vec<TrendPoint> = reports.iter().rev().map(|r| point(r, &section)).collect();
        let headline_change = match (
            trend.last(),
            trend.len().checked_sub(2).and_then(|i| trend.get(i)),
        ) {
            (Some(now), Some(before)) => now.headline.zip(before.headline).map(|(a, b)| a - b),
            _ => None,
        };
        let month_ids: Vec<i32> = months
            .get(&relationship.id)
            .map(|ids| ids.iter().take(TOUCHPOINT_MONTHS).copied().collect())
            .unwrap_or_default();
        let touchpoints = inputs
            .cache
            .get_many(db, &month_ids)
            .await?
            .iter()
            .map(|r| point(r, &section))
            .collect();
        services.push(ServiceResults {
            relationship_id: relationship.id,
            service: relationship.service_name.clone(),
            customer: relationship.customer_name.clone(),
            standard: section.standard.clone(),
            active: relationship.active,
            live: live(&open, relationship.id, k),
            latest,
            headline_change,
            trend,
            touchpoints,
        });
    }
    let newest = latest_periods
        .into_iter()
        .max_by_key(|r| (r.period.starts_at, r.period.id));
    Ok(Dashboard {
        provider_id,
        provider: inputs
            .departments
            .get(&provider_id)
            .cloned()
            .unwrap_or_default(),
        min_group_size: k,
        services,
        breakdown: newest.map(|report| breakdown(&report, provider_id, inputs.departments)),
    })
}

/// The survey section a relationship makes (for question texts).
pub fn section_of(relationship: &RelationshipView) -> Section {
    Section {
        relationship_id: relationship.id,
        service: relationship.service_name.clone(),
        provider: relationship.provider_name.clone(),
        standard: relationship
            .service_standard
            .clone()
            .filter(|s| !s.trim().is_empty()),
        ..Section::default()
    }
}

fn per_relationship(rows: Vec<(i32, i32)>) -> BTreeMap<i32, Vec<i32>> {
    let mut map: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
    for (period, relationship) in rows {
        map.entry(relationship).or_default().push(period);
    }
    map
}

fn live(open: &[OpenWave], relationship_id: i32, k: u32) -> Option<LiveWave> {
    open.iter().find_map(|wave| {
        let (invited, answered) = *wave.participation.get(&relationship_id)?;
        let shown = invited >= k && answered >= k;
        Some(LiveWave {
            wave_id: wave.wave_id,
            closes_at: wave.closes_at,
            invited: (invited >= k).then_some(invited),
            answered: shown.then_some(answered),
            response_rate: shown.then(|| f64::from(answered) * 100.0 / f64::from(invited)),
        })
    })
}
