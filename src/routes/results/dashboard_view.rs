//! What the dashboard template needs beyond the gated figures: dates as text and the geometry
//! of the trend charts (the headline, the internal NPS and each question's own).

use super::charts::{LineChart, Sample, line_chart};
use crate::report::dashboard::{Dashboard, ServiceResults};
use crate::report::figures::FigureState;
use crate::report::slice::{PeriodRef, QuestionResult};
use crate::report::trend::TrendPoint;
use entity::question::QuestionKind;
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
    /// The latest wave's questions, each with its chart over the last waves.
    pub questions: Vec<QuestionView<'a>>,
    /// Touchpoint months with their labels.
    pub touchpoints: Vec<MonthView<'a>>,
}

/// One question of the latest wave with its own trend.
#[derive(Serialize)]
pub struct QuestionView<'a> {
    /// The gated result.
    pub result: &'a QuestionResult,
    /// Its value over the last waves (rating, recommend and yes/no questions, when there is
    /// more than one wave).
    pub chart: Option<LineChart>,
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
            let headline: Vec<Sample> = service
                .trend
                .iter()
                .map(|p| Sample {
                    label: label(p),
                    value: p.headline,
                    answers: p.headline_answers,
                    state: p.headline_state,
                })
                .collect();
            let nps: Vec<Sample> = service
                .trend
                .iter()
                .map(|p| Sample {
                    label: label(p),
                    value: p.nps.map(f64::from),
                    answers: p.nps_answers,
                    state: p.nps_state,
                })
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
                questions: service
                    .latest
                    .iter()
                    .flat_map(|latest| &latest.questions)
                    .map(|result| QuestionView {
                        result,
                        chart: question_chart(&service.trend, result),
                    })
                    .collect(),
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

/// The chart of one question over `trend`: a point per wave, a gap where it was withheld or
/// not asked.
fn question_chart(trend: &[TrendPoint], question: &QuestionResult) -> Option<LineChart> {
    let (min, max, step, digits) = match question.kind {
        QuestionKind::Rating => (1.0, 5.0, 1.0, 1),
        QuestionKind::Recommend => (-100.0, 100.0, 50.0, 0),
        QuestionKind::YesNo => (0.0, 100.0, 25.0, 0),
        _ => return None,
    };
    if trend.len() < 2 {
        return None;
    }
    let samples: Vec<Sample> = trend
        .iter()
        .map(|p| {
            let found = p
                .questions
                .iter()
                .find(|q| q.question_id == question.question_id);
            Sample {
                label: label(p),
                value: found.and_then(|q| q.value),
                answers: found.and_then(|q| q.answers),
                state: found.map_or(FigureState::NoAnswers, |q| q.state),
            }
        })
        .collect();
    Some(line_chart(&samples, min, max, step, digits))
}
