//! What the dashboard template needs beyond the gated figures: dates as text and the geometry
//! of the trend charts.

use super::charts::{LineChart, line_chart};
use crate::report::dashboard::{Dashboard, ServiceResults, TrendPoint};
use crate::report::slice::PeriodRef;
use serde::Serialize;

/// One service with its charts.
#[derive(Serialize)]
pub struct ServiceView<'a> {
    /// The gated results.
    pub results: &'a ServiceResults,
    /// First and last day of the latest final wave.
    pub period: Option<PeriodText>,
    /// Closing day of the open wave.
    pub live_closes: Option<String>,
    /// Headline mean over the last waves.
    pub trend_chart: LineChart,
    /// Internal NPS over the last waves.
    pub nps_chart: LineChart,
    /// Touchpoint months with their labels.
    pub touchpoints: Vec<MonthView<'a>>,
}

/// A period's dates as text.
#[derive(Serialize)]
pub struct PeriodText {
    /// First day.
    pub starts: String,
    /// Last day.
    pub ends: String,
}

/// One touchpoint month.
#[derive(Serialize)]
pub struct MonthView<'a> {
    /// `YYYY-MM`.
    pub month: String,
    /// Its gated figures.
    pub point: &'a TrendPoint,
}

/// The dates of `period`.
pub fn period_text(period: &PeriodRef) -> PeriodText {
    PeriodText {
        starts: period.starts_at.format("%Y-%m-%d").to_string(),
        ends: period.ends_at.format("%Y-%m-%d").to_string(),
    }
}

fn label(point: &TrendPoint) -> String {
    point.period.starts_at.format("%d.%m").to_string()
}

/// The services of `dashboard` with their charts.
pub fn services(dashboard: &Dashboard) -> Vec<ServiceView<'_>> {
    dashboard
        .services
        .iter()
        .map(|service| {
            let headline: Vec<(String, Option<f64>)> = service
                .trend
                .iter()
                .map(|p| (label(p), p.headline))
                .collect();
            let nps: Vec<(String, Option<f64>)> = service
                .trend
                .iter()
                .map(|p| (label(p), p.nps.map(f64::from)))
                .collect();
            ServiceView {
                results: service,
                period: service.latest.as_ref().map(|l| period_text(&l.period)),
                live_closes: service
                    .live
                    .as_ref()
                    .map(|l| l.closes_at.format("%Y-%m-%d %H:%M UTC").to_string()),
                trend_chart: line_chart(&headline, 1.0, 5.0, 1.0, 1),
                nps_chart: line_chart(&nps, -100.0, 100.0, 50.0, 0),
                touchpoints: service
                    .touchpoints
                    .iter()
                    .map(|point| MonthView {
                        month: point
                            .period
                            .month
                            .map(|m| m.format("%Y-%m").to_string())
                            .unwrap_or_default(),
                        point,
                    })
                    .collect(),
            }
        })
        .collect()
}
