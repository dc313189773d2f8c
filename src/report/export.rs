//! The gated figures as flat rows — one per shown slice × numeric question — for the CSV export
//! and `GET /api/v1/results/slices`. Exactly the slices the pages show: a slice the gate
//! withholds has no row at all, and a question it withholds within a shown slice has a row
//! with empty figures.

use super::figures::Figure;
use super::gate::GroupKey;
use super::period::{PeriodReport, ReportCache};
use crate::store::programme::relationships::RelationshipView;
use crate::store::results;
use crate::survey::form::{Languages, question_labels};
use crate::survey::model::Question;
use entity::question::{Dimension, QuestionKind};
use sea_orm::ConnectionTrait;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use utoipa::ToSchema;

/// One exported figure.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ExportRow {
    /// `wave` or `touchpoint_month`.
    pub period_kind: &'static str,
    /// First day of the period.
    pub period_start: String,
    /// Last day of the period (exclusive end for months: the next month's first day).
    pub period_end: String,
    /// The providing department.
    pub provider_id: i32,
    /// Its name.
    pub provider: String,
    /// `service`, `provider`, `provider_customer_department` or `provider_other_departments`.
    pub slice: &'static str,
    /// The relationship, for a `service` slice.
    pub relationship_id: Option<i32>,
    /// Its service name.
    pub service: Option<String>,
    /// The customer department, for a `provider_customer_department` slice.
    pub customer_department_id: Option<i32>,
    /// Its name.
    pub customer_department: Option<String>,
    /// Responses with answers in the slice.
    pub responses: u32,
    /// The question.
    pub question_id: i32,
    /// Its kind.
    #[schema(value_type = String)]
    pub question_kind: QuestionKind,
    /// Its dimension.
    #[schema(value_type = String)]
    pub dimension: Dimension,
    /// Its text.
    pub question: String,
    /// Answers to it (empty when withheld).
    pub answers: Option<u32>,
    /// Mean (rating, recommend).
    pub mean: Option<f64>,
    /// Favourable share, 0–100 (rating 4–5, yes).
    pub favourable_percent: Option<f64>,
    /// Internal NPS (recommend).
    pub nps: Option<i32>,
    /// `value:answers` pairs separated by `;`.
    pub distribution: String,
}

struct Slice<'a> {
    kind: &'static str,
    provider_id: i32,
    relationship: Option<&'a RelationshipView>,
    department: Option<i32>,
    keys: Vec<GroupKey>,
}

/// The rows of every final period (newest first) for the providers in `providers` (`None`:
/// all), with question texts in `languages`.
pub async fn rows(
    db: &impl ConnectionTrait,
    cache: &ReportCache,
    providers: Option<&[i32]>,
    relationships: &[RelationshipView],
    names: &BTreeMap<i32, String>,
    languages: Languages<'_>,
) -> anyhow::Result<Vec<ExportRow>> {
    let mine: Vec<&RelationshipView> = relationships
        .iter()
        .filter(|r| providers.is_none_or(|ids| ids.contains(&r.provider_department_id)))
        .collect();
    let ids: Vec<i32> = mine.iter().map(|r| r.id).collect();
    let mut period_ids: Vec<i32> = vec![];
    for months in [false, true] {
        for (period, _) in results::periods_of_relationships(db, &ids, months).await? {
            if !period_ids.contains(&period) {
                period_ids.push(period);
            }
        }
    }
    let mut out = vec![];
    for report in cache.get_many(db, &period_ids).await? {
        for slice in slices(&report, &mine) {
            if report.shows(&slice.keys) {
                out.extend(slice_rows(&report, &slice, names, languages));
            }
        }
    }
    Ok(out)
}

fn slices<'a>(report: &PeriodReport, relationships: &[&'a RelationshipView]) -> Vec<Slice<'a>> {
    let mut out = vec![];
    let providers: BTreeSet<i32> = relationships
        .iter()
        .map(|r| r.provider_department_id)
        .filter(|p| report.counts.providers.values().any(|v| v == p))
        .collect();
    for relationship in relationships {
        out.push(Slice {
            kind: "service",
            provider_id: relationship.provider_department_id,
            relationship: Some(relationship),
            department: None,
            keys: report.counts.relationship(relationship.id),
        });
    }
    for provider_id in providers {
        let total = report.counts.provider(provider_id);
        let departments: BTreeSet<i32> = total
            .iter()
            .map(|k| k.department_id)
            .filter(|id| *id != crate::domain::WHOLE_ORGANISATION)
            .collect();
        let mut shown: Vec<GroupKey> = vec![];
        for department in departments {
            let keys = report.counts.provider_cell(provider_id, department);
            if report.shows(&keys) {
                shown.extend(keys.iter().copied());
            }
            out.push(Slice {
                kind: "provider_customer_department",
                provider_id,
                relationship: None,
                department: Some(department),
                keys,
            });
        }
        if report.shows(&total) && !shown.is_empty() {
            let other: Vec<GroupKey> = total
                .iter()
                .filter(|k| !shown.contains(k))
                .copied()
                .collect();
            out.push(Slice {
                kind: "provider_other_departments",
                provider_id,
                relationship: None,
                department: None,
                keys: other,
            });
        }
        out.push(Slice {
            kind: "provider",
            provider_id,
            relationship: None,
            department: None,
            keys: total,
        });
    }
    out
}

fn slice_rows(
    report: &PeriodReport,
    slice: &Slice<'_>,
    names: &BTreeMap<i32, String>,
    languages: Languages<'_>,
) -> Vec<ExportRow> {
    let period = &report.period;
    let day = |at: chrono::DateTime<chrono::Utc>| at.format("%Y-%m-%d").to_string();
    let provider = names.get(&slice.provider_id).cloned().unwrap_or_default();
    let section = match slice.relationship {
        Some(relationship) => super::dashboard::section_of(relationship),
        None => crate::survey::model::Section {
            relationship_id: 0,
            service: String::new(),
            provider: provider.clone(),
            standard: None,
            ..crate::survey::model::Section::default()
        },
    };
    let questions: Vec<&Question> = report
        .questions
        .iter()
        .filter(|q| slice.relationship.is_none() || section.asks(q))
        .collect();
    questions
        .into_iter()
        .map(|question| {
            let figure: Option<Figure> = report.figure(&slice.keys, question);
            let (prompt, _) = question_labels(&section, question, languages);
            ExportRow {
                period_kind: if period.month.is_some() {
                    "touchpoint_month"
                } else {
                    "wave"
                },
                period_start: day(period.starts_at),
                period_end: day(period.ends_at),
                provider_id: slice.provider_id,
                provider: provider.clone(),
                slice: slice.kind,
                relationship_id: slice.relationship.map(|r| r.id),
                service: slice.relationship.map(|r| r.service_name.clone()),
                customer_department_id: slice.department,
                customer_department: slice.department.and_then(|d| names.get(&d).cloned()),
                responses: report.counts.responses(&slice.keys),
                question_id: question.id,
                question_kind: question.kind,
                dimension: question.dimension,
                question: prompt,
                answers: figure.as_ref().map(|f| f.answers),
                mean: figure.as_ref().and_then(|f| f.mean),
                favourable_percent: figure.as_ref().and_then(|f| f.favourable),
                nps: figure
                    .as_ref()
                    .and_then(|f| f.nps.as_ref())
                    .map(|n| n.score),
                distribution: figure
                    .as_ref()
                    .map(|f| {
                        f.distribution
                            .iter()
                            .map(|b| format!("{}:{}", b.value, b.answers))
                            .collect::<Vec<_>>()
                            .join(";")
                    })
                    .unwrap_or_default(),
            }
        })
        .collect()
}
