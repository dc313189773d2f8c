//! "New results" emails: once a wave is final, each head of a providing department gets one
//! email per wave with the headline figures of their services that passed the anonymity gate
//! and a link to the dashboard. Waves that ended more than `LOOKBACK` ago are not announced
//! (an upgrade does not mail old news), and `wave_notification` keeps it to once per head.

use super::{ResultLine, StaffEmail};
use crate::i18n::numbers::decimal;
use crate::report::period::PeriodReport;
use crate::state::AppState;
use crate::store::programme::relationships;
use crate::store::results::result_notifications;
use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::TransactionTrait;

/// How far back a wave's end may lie for its results to be announced.
pub const LOOKBACK: TimeDelta = TimeDelta::days(7);

/// Queues the emails for every recently final wave; returns how many were queued.
#[tracing::instrument(name = "announce_results", skip_all)]
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let mut queued = 0;
    let periods = result_notifications::waves_ended_since(&state.db, now - LOOKBACK).await?;
    if periods.is_empty() {
        return Ok(0);
    }
    let relationships = relationships::list(&state.db).await?;
    for period in periods {
        let Some(wave_id) = period.wave_id else {
            continue;
        };
        let heads = result_notifications::heads_to_tell(&state.db, &period).await?;
        if heads.is_empty() {
            continue;
        }
        let Some(report) = state.reports.get(&state.db, period.id).await? else {
            continue;
        };
        for head in heads {
            let services: Vec<ResultLine> = relationships
                .iter()
                .filter(|r| head.department_ids.contains(&r.provider_department_id))
                .filter(|r| report.participation.contains_key(&r.id))
                .map(|r| line(&report, r.id, &r.service_name, head.locale))
                .collect();
            if services.is_empty() {
                continue;
            }
            let link_path = match head.department_ids.as_slice() {
                [only] => format!("/results/providers/{only}"),
                _ => "/results".to_owned(),
            };
            let link = super::link(state, &link_path);
            let starts = period.starts_at.format("%Y-%m-%d").to_string();
            let ends = period.ends_at.format("%Y-%m-%d").to_string();
            let txn = state
                .db
                .begin()
                .await
                .context("Failed to begin the results email transaction")?;
            if !result_notifications::claim(&txn, wave_id, head.id, now).await? {
                txn.rollback().await.context("Failed to roll back")?;
                continue;
            }
            super::queue(
                &txn,
                state,
                &head.email,
                &head.display_name,
                head.locale,
                StaffEmail::ResultsAvailable {
                    starts: &starts,
                    ends: &ends,
                    services: &services,
                    link: &link,
                },
            )
            .await?;
            txn.commit()
                .await
                .context("Failed to commit the results email")?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// The gated headline figures of one service.
fn line(
    report: &PeriodReport,
    relationship_id: i32,
    service: &str,
    locale: crate::domain::Locale,
) -> ResultLine {
    let slice = report.counts.relationship(relationship_id);
    let shown = report.shows(&slice);
    ResultLine {
        service: service.to_owned(),
        responses: shown.then(|| report.counts.responses(&slice)),
        headline: report
            .headline(&slice)
            .map_or_else(|| "—".to_owned(), |v| decimal(v, 1, locale, false)),
        nps: report.nps(&slice).map_or_else(
            || "—".to_owned(),
            |v| decimal(f64::from(v), 0, locale, true),
        ),
    }
}
