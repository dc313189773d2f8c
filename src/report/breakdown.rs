//! A provider's results by customer department in one period: a row per department whose
//! cell the gate shows, the remaining departments merged into "other departments" (a union
//! of whole blocks, so at least k), and the provider's total — or the reason it is withheld.

use super::gate::GroupKey;
use super::period::PeriodReport;
use super::slice::PeriodRef;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use utoipa::ToSchema;

/// One row of a breakdown.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct BreakdownRow {
    /// The customer department; absent for "other departments" and for the total.
    pub department_id: Option<i32>,
    /// Its name; absent for "other departments" and the total.
    pub department: Option<String>,
    /// True for the provider's total over every customer.
    pub total: bool,
    /// Responses with answers.
    pub responses: u32,
    /// Headline mean (1–5), when the question's gate passes.
    pub headline: Option<f64>,
    /// How many answered the headline question, when its gate passes.
    pub headline_answers: Option<u32>,
    /// Internal NPS, when the question's gate passes.
    pub nps: Option<i32>,
    /// How many answered the recommend question, when its gate passes.
    pub nps_answers: Option<u32>,
}

/// A provider's results by customer department.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Breakdown {
    /// The period.
    pub period: PeriodRef,
    /// Rows: shown departments, then "other departments", then the total.
    pub rows: Vec<BreakdownRow>,
    /// True when some departments were merged into "other departments" or left out because
    /// showing them apart would let their few answers be worked out.
    pub merged: bool,
}

/// The breakdown of `provider_id` in `report`; department names from `names`.
pub fn breakdown(
    report: &PeriodReport,
    provider_id: i32,
    names: &BTreeMap<i32, String>,
) -> Breakdown {
    let total = report.counts.provider(provider_id);
    let departments: BTreeSet<i32> = total.iter().map(|k| k.department_id).collect();
    let mut rows = vec![];
    let mut shown_keys: Vec<GroupKey> = vec![];
    let mut merged = false;
    for department in departments {
        let cell = report.counts.provider_cell(provider_id, department);
        if report.counts.responses(&cell) == 0 {
            continue;
        }
        // Answers released for the whole organisation belong to no department's row.
        if department == crate::domain::WHOLE_ORGANISATION {
            merged = true;
            continue;
        }
        if report.shows(&cell) {
            rows.push(row(report, &cell, Some(department), names, false));
            shown_keys.extend(cell);
        } else {
            merged = true;
        }
    }
    rows.sort_by(|a, b| a.department.cmp(&b.department));
    if report.shows(&total) {
        let other: Vec<GroupKey> = total
            .iter()
            .filter(|key| !shown_keys.contains(key))
            .copied()
            .collect();
        let split = !shown_keys.is_empty();
        if split && report.counts.responses(&other) > 0 && report.shows(&other) {
            rows.push(row(report, &other, None, names, false));
        }
        rows.push(row(report, &total, None, names, true));
    }
    Breakdown {
        period: PeriodRef::from(&report.period),
        rows,
        merged,
    }
}

fn row(
    report: &PeriodReport,
    slice: &[GroupKey],
    department: Option<i32>,
    names: &BTreeMap<i32, String>,
    total: bool,
) -> BreakdownRow {
    let headline = report.headline_figure(slice);
    let nps = report.nps_figure(slice);
    BreakdownRow {
        department_id: department,
        department: department.and_then(|id| names.get(&id).cloned()),
        total,
        responses: report.counts.responses(slice),
        headline: headline.as_ref().and_then(|f| f.mean),
        headline_answers: headline.as_ref().map(|f| f.answers),
        nps: nps.as_ref().and_then(|f| f.nps.as_ref()).map(|n| n.score),
        nps_answers: nps.as_ref().map(|f| f.answers),
    }
}
