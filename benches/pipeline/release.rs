//! Releasing the intake wave: it is closed, and one release (`report::materialize::run_once`,
//! as the scheduler runs it) opens its sealed submissions, writes their responses, answers
//! and conversations in one transaction, aggregates the period and clears the answered flags,
//! then lets the database drop the old row versions. Timed in this process on the benchmark's
//! own connection, with the server's sealing keys.

use super::report::Release;
use anyhow::Context;
use chrono::{TimeDelta, Utc};
use innerpulse::config::Settings;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use std::time::Instant;

/// Closes wave `wave_id` and times its release.
pub async fn run(
    db: &DatabaseConnection,
    settings: &Settings,
    wave_id: i32,
) -> anyhow::Result<Release> {
    let submissions = count(
        db,
        &format!("SELECT count(*) FROM sealed_submission WHERE wave_id = {wave_id}"),
    )
    .await?;
    db.execute_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        match db.get_database_backend() {
            sea_orm::DbBackend::Postgres => {
                "UPDATE wave SET state = 'closed', closes_at = $1 WHERE id = $2"
            }
            _ => "UPDATE wave SET state = 'closed', closes_at = ? WHERE id = ?",
        },
        [(Utc::now() - TimeDelta::minutes(1)).into(), wave_id.into()],
    ))
    .await
    .context("Failed to close the intake wave")?;
    let keys = settings.security.sealing_keys()?;
    let k = settings.anonymity.min_group_size.get();
    let clock = Instant::now();
    let periods = innerpulse::report::materialize::run_once(db, &keys, k, Utc::now()).await?;
    let seconds = clock.elapsed().as_secs_f64();
    anyhow::ensure!(periods >= 1, "the intake wave was not released");
    let responses = count(
        db,
        &format!("SELECT count(*) FROM response WHERE wave_id = {wave_id}"),
    )
    .await?;
    let answers = count(
        db,
        &format!(
            "SELECT count(*) FROM answer a JOIN response r ON r.id = a.response_id WHERE r.wave_id = {wave_id}"
        ),
    )
    .await?;
    let held = count(
        db,
        &format!("SELECT count(*) FROM sealed_submission WHERE wave_id = {wave_id}"),
    )
    .await?;
    Ok(Release {
        submissions,
        responses,
        answers,
        held,
        seconds,
    })
}

async fn count(db: &DatabaseConnection, sql: &str) -> anyhow::Result<u64> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await?
        .context("A count returned no row")?;
    let count: i64 = row.try_get_by_index(0)?;
    Ok(u64::try_from(count).unwrap_or(0))
}
