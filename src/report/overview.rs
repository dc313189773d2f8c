//! HR's overview of one final wave: the heatmap of providers × customer departments (the
//! headline score or internal NPS of each cell the gate shows), services ranked by score and
//! by change since the cycle's previous wave, and participation per cycle.

use super::figures::Figure;
use super::period::{PeriodReport, ReportCache};
use super::slice::PeriodRef;
use crate::store::programme::relationships::RelationshipView;
use crate::store::results::{self, Period};
use crate::survey::form::{Languages, question_labels};
use crate::survey::model::{Question, Section};
use entity::question::QuestionKind;
use sea_orm::ConnectionTrait;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use utoipa::ToSchema;

/// The figure a heatmap shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Mean of the headline question (overall satisfaction, 1–5).
    #[default]
    Headline,
    /// Internal NPS.
    Nps,
    /// One chosen question: its mean (rating 1–5, recommend 0–10) or share of "yes".
    Question,
}

/// A question the heatmap can show.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct QuestionChoice {
    /// The question.
    pub id: i32,
    /// Its text, with generic words for the service and provider.
    pub prompt: String,
    /// `mean5`, `mean10` or `percent`: how its figure reads.
    pub scale: &'static str,
}

/// One heatmap cell.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Cell {
    /// `shown`, `withheld` (fewer than k, or it would allow subtraction) or `empty` (no answers).
    pub state: &'static str,
    /// The figure, when shown.
    pub value: Option<f64>,
    /// How many answered the question it shows, when shown.
    pub answers: Option<u32>,
}

/// One provider's row.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct HeatRow {
    /// The providing department.
    pub provider_id: i32,
    /// Its name.
    pub provider: String,
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// The provider's total over all customers.
    pub total: Cell,
}

/// A customer department column.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Column {
    /// The department.
    pub id: i32,
    /// Its name.
    pub name: String,
}

/// A service in the ranking.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Ranked {
    /// The relationship.
    pub relationship_id: i32,
    /// Service name.
    pub service: String,
    /// The providing department.
    pub provider_id: i32,
    /// Its name.
    pub provider: String,
    /// Headline mean in this wave.
    pub headline: f64,
    /// Change since the cycle's previous wave, when both are shown.
    pub change: Option<f64>,
}

/// The overview of one final wave.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Overview {
    /// The wave's period.
    pub period: PeriodRef,
    /// What the cells show.
    pub metric: Metric,
    /// The question shown, for `Metric::Question`.
    pub question_id: Option<i32>,
    /// How the cells' figures read: `mean5`, `mean10`, `nps` or `percent`.
    pub scale: &'static str,
    /// The questions that can be chosen.
    pub questions: Vec<QuestionChoice>,
    /// Customer departments, by name.
    pub columns: Vec<Column>,
    /// Providers, by name.
    pub rows: Vec<HeatRow>,
    /// Shown services, best headline first.
    pub by_score: Vec<Ranked>,
    /// Services with a change, largest rise first.
    pub by_change: Vec<Ranked>,
}

/// What a heatmap cell shows.
#[derive(Clone, Copy)]
pub enum Shown<'a> {
    /// The headline mean.
    Headline,
    /// Internal NPS.
    Nps,
    /// One question's mean or favourable share.
    Question(&'a Question),
}

fn cell(report: &PeriodReport, slice: &[super::gate::GroupKey], shown: Shown<'_>) -> Cell {
    if report.counts.responses(slice) == 0 {
        return Cell {
            state: "empty",
            value: None,
            answers: None,
        };
    }
    let (figure, value): (_, fn(&Figure) -> Option<f64>) = match shown {
        Shown::Headline => (report.headline_figure(slice), |f| f.mean),
        Shown::Nps => (report.nps_figure(slice), |f| {
            f.nps.as_ref().map(|n| f64::from(n.score))
        }),
        Shown::Question(question) => (report.figure(slice, question), |f| f.mean.or(f.favourable)),
    };
    let value = figure.as_ref().and_then(value);
    Cell {
        state: if value.is_some() { "shown" } else { "withheld" },
        value,
        answers: figure.filter(|_| value.is_some()).map(|f| f.answers),
    }
}

/// The questions of `report` a heatmap can show, with their scale.
fn choices(
    report: &PeriodReport,
    languages: Languages<'_>,
    generic: &Section,
) -> Vec<QuestionChoice> {
    report
        .questions
        .iter()
        .filter_map(|question| {
            let scale = match question.kind {
                QuestionKind::Rating => "mean5",
                QuestionKind::Recommend => "mean10",
                QuestionKind::YesNo => "percent",
                _ => return None,
            };
            Some(QuestionChoice {
                id: question.id,
                prompt: question_labels(generic, question, languages).0,
                scale,
            })
        })
        .collect()
}

/// What the overview shows: the metric, and the question for `Metric::Question`.
#[derive(Clone, Copy, Debug)]
pub struct Selection {
    /// The metric.
    pub metric: Metric,
    /// The chosen question (used with `Metric::Question`).
    pub question_id: Option<i32>,
}

/// The overview of `period` (a wave period) with `selection`; question texts in `languages`
/// with the words of `generic` for the service and provider.
#[expect(
    clippy::too_many_arguments,
    reason = "the overview's inputs, each needed"
)]
pub async fn overview(
    db: &impl ConnectionTrait,
    cache: &ReportCache,
    period: &Period,
    selection: Selection,
    relationships: &[RelationshipView],
    names: &BTreeMap<i32, String>,
    languages: Languages<'_>,
    generic: &Section,
) -> anyhow::Result<Option<Overview>> {
    let Some(report) = cache.get(db, period.id).await? else {
        return Ok(None);
    };
    let questions = choices(&report, languages, generic);
    let chosen = selection
        .question_id
        .and_then(|id| report.questions.iter().find(|q| q.id == id));
    let (metric, shown, scale) = match (selection.metric, chosen) {
        (Metric::Question, Some(question)) => {
            let scale = questions
                .iter()
                .find(|c| c.id == question.id)
                .map_or("mean5", |c| c.scale);
            (Metric::Question, Shown::Question(question), scale)
        }
        (Metric::Nps, _) => (Metric::Nps, Shown::Nps, "nps"),
        _ => (Metric::Headline, Shown::Headline, "mean5"),
    };
    let name = |id: i32| names.get(&id).cloned().unwrap_or_default();
    let providers: BTreeSet<i32> = report.counts.providers.values().copied().collect();
    let departments: BTreeSet<i32> = report
        .counts
        .groups
        .keys()
        .map(|k| k.department_id)
        // Answers released for the whole organisation have no department column; they count
        // in the providers' totals.
        .filter(|id| *id != crate::domain::WHOLE_ORGANISATION)
        .collect();
    let mut columns: Vec<Column> = departments
        .into_iter()
        .map(|id| Column { id, name: name(id) })
        .collect();
    columns.sort_by_key(|c| c.name.to_lowercase());
    let mut rows: Vec<HeatRow> = providers
        .into_iter()
        .map(|provider_id| HeatRow {
            provider_id,
            provider: name(provider_id),
            cells: columns
                .iter()
                .map(|c| {
                    cell(
                        &report,
                        &report.counts.provider_cell(provider_id, c.id),
                        shown,
                    )
                })
                .collect(),
            total: cell(&report, &report.counts.provider(provider_id), shown),
        })
        .collect();
    rows.sort_by_key(|r| r.provider.to_lowercase());

    let previous = previous_wave(db, cache, period).await?;
    let mut by_score = vec![];
    for relationship in relationships {
        let slice = report.counts.relationship(relationship.id);
        let Some(headline) = report.headline(&slice) else {
            continue;
        };
        let change = previous.as_ref().and_then(|before| {
            before
                .headline(&before.counts.relationship(relationship.id))
                .map(|old| headline - old)
        });
        by_score.push(Ranked {
            relationship_id: relationship.id,
            service: relationship.service_name.clone(),
            provider_id: relationship.provider_department_id,
            provider: relationship.provider_name.clone(),
            headline,
            change,
        });
    }
    by_score.sort_by(|a, b| b.headline.total_cmp(&a.headline));
    let mut by_change: Vec<Ranked> = by_score
        .iter()
        .filter(|r| r.change.is_some())
        .cloned()
        .collect();
    by_change.sort_by(|a, b| b.change.unwrap_or(0.0).total_cmp(&a.change.unwrap_or(0.0)));
    Ok(Some(Overview {
        period: PeriodRef::from(period),
        metric,
        question_id: chosen.map(|q| q.id),
        scale,
        questions,
        columns,
        rows,
        by_score,
        by_change,
    }))
}

/// The final wave of the same cycle just before `period`.
async fn previous_wave(
    db: &impl ConnectionTrait,
    cache: &ReportCache,
    period: &Period,
) -> anyhow::Result<Option<std::sync::Arc<PeriodReport>>> {
    let Some(cycle_id) = period.cycle_id else {
        return Ok(None);
    };
    let earlier = results::previous_wave_period(db, cycle_id, period.starts_at).await?;
    match earlier {
        Some(before) => cache.get(db, before.id).await,
        None => Ok(None),
    }
}
