//! Display labels for what comments and actions hang off: a relationship as "service —
//! provider", and a slice's period as its wave ("cycle · opening day") or its month. Never
//! anything finer than the wave or the month.

use crate::store::results::slices::{Period, first_of_month};
use anyhow::Context;
use chrono::NaiveDate;
use entity::{cycle, department, relationship, wave};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A relationship as pages name it.
#[derive(Clone, Debug, Serialize)]
pub struct Service {
    /// The relationship.
    pub relationship_id: i32,
    /// Service name.
    pub service: String,
    /// Providing department's name.
    pub provider: String,
    /// The providing department.
    pub provider_department_id: i32,
    /// The service standard, if it has one (blank counts as none).
    pub standard: Option<String>,
}

/// The named relationships among `ids` (unknown ids are left out).
pub async fn services(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> anyhow::Result<HashMap<i32, Service>> {
    let ids: HashSet<i32> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let relationships = relationship::Entity::find()
        .filter(relationship::Column::Id.is_in(ids))
        .all(db)
        .await
        .context("Failed to load relationships")?;
    let names: HashMap<i32, String> = department::Entity::find()
        .filter(
            department::Column::Id.is_in(relationships.iter().map(|r| r.provider_department_id)),
        )
        .all(db)
        .await
        .context("Failed to load providing departments")?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    Ok(relationships
        .into_iter()
        .map(|r| {
            let service = Service {
                relationship_id: r.id,
                provider: names
                    .get(&r.provider_department_id)
                    .cloned()
                    .unwrap_or_default(),
                provider_department_id: r.provider_department_id,
                service: r.service_name,
                standard: r.service_standard.filter(|s| !s.trim().is_empty()),
            };
            (r.id, service)
        })
        .collect())
}

/// A slice's period as pages name it.
#[derive(Clone, Debug, Serialize)]
pub struct PeriodLabel {
    /// "Monthly pulse · 2026-11-02" for a wave, "2026-11" for a month.
    pub label: String,
    /// The month it belongs to (a wave: the month it opened), as `YYYY-MM`.
    pub month: String,
    /// First day of that month, for sorting.
    #[serde(skip)]
    pub month_start: NaiveDate,
}

/// Labels of `periods` (waves that no longer exist are left out).
pub async fn periods(
    db: &impl ConnectionTrait,
    periods: impl IntoIterator<Item = Period>,
) -> anyhow::Result<HashMap<Period, PeriodLabel>> {
    let periods: HashSet<Period> = periods.into_iter().collect();
    let wave_ids: Vec<i32> = periods
        .iter()
        .filter_map(|p| match p {
            Period::Wave(id) => Some(*id),
            Period::Month(_) => None,
        })
        .collect();
    let mut labels = HashMap::new();
    if !wave_ids.is_empty() {
        let waves = wave::Entity::find()
            .filter(wave::Column::Id.is_in(wave_ids))
            .find_also_related(cycle::Entity)
            .all(db)
            .await
            .context("Failed to load waves")?;
        for (w, c) in waves {
            let opened = w.opens_at.date_naive();
            let cycle = c.map(|c| c.name).unwrap_or_default();
            labels.insert(
                Period::Wave(w.id),
                PeriodLabel {
                    label: format!("{cycle} · {}", opened.format("%Y-%m-%d")),
                    month: opened.format("%Y-%m").to_string(),
                    month_start: first_of_month(opened),
                },
            );
        }
    }
    for period in periods {
        if let Period::Month(start) = period {
            let month = start.format("%Y-%m").to_string();
            labels.insert(
                period,
                PeriodLabel {
                    label: month.clone(),
                    month,
                    month_start: start,
                },
            );
        }
    }
    Ok(labels)
}
