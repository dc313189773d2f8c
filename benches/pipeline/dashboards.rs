//! Loading the provider dashboards: an HR admin is created through the store (as
//! `innerpulse create-admin` does), logs in through the login form, then loads
//! `GET /results/providers/{department_id}` of every providing department `repeats` times.

use super::report::Latency;
use anyhow::{Context, bail};
use entity::account::Role;
use innerpulse::auth::password::hash_password;
use innerpulse::domain::{EmailAddress, Locale};
use innerpulse::store::accounts::{self, NewAccount};
use sea_orm::DatabaseConnection;
use secrecy::SecretString;
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Instant;

/// What the dashboard phase measured.
#[derive(Clone, Debug, Serialize)]
pub struct Dashboards {
    /// Providing departments.
    pub providers: usize,
    /// Loads per dashboard.
    pub repeats: u32,
    /// Latency of every load.
    pub latency: Latency,
    /// Responses by status code.
    pub statuses: BTreeMap<u16, usize>,
}

/// Logs in as a new HR admin and loads every provider's dashboard `repeats` times.
pub async fn load(
    db: &DatabaseConnection,
    port: u16,
    providers: &[i32],
    repeats: u32,
) -> anyhow::Result<Dashboards> {
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()?;
    log_in_as_new_admin(db, &client, &base).await?;
    let mut durations = Vec::new();
    let mut statuses = BTreeMap::new();
    for (index, provider) in providers.iter().enumerate() {
        let url = format!("{base}/results/providers/{provider}");
        for _ in 0..repeats {
            let started = Instant::now();
            let response = client.get(&url).send().await?;
            let status = response.status().as_u16();
            let _ = response.bytes().await?;
            durations.push(started.elapsed());
            *statuses.entry(status).or_insert(0) += 1;
        }
        eprintln!(
            "  dashboards: {}/{} providers loaded",
            index + 1,
            providers.len()
        );
    }
    Ok(Dashboards {
        providers: providers.len(),
        repeats,
        latency: Latency::of(durations),
        statuses,
    })
}

async fn log_in_as_new_admin(
    db: &DatabaseConnection,
    client: &reqwest::Client,
    base: &str,
) -> anyhow::Result<()> {
    let email = "bench-admin@bench.example";
    let password = format!("bench {}", uuid::Uuid::new_v4());
    let hash = hash_password(SecretString::from(password.clone())).await?;
    accounts::insert(
        db,
        NewAccount {
            email: EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?,
            display_name: "Bench admin".to_owned(),
            password_hash: Some(hash),
            role: Role::HrAdmin,
            locale: Locale::EN,
            departments: Vec::new(),
        },
    )
    .await?;
    let page = client
        .get(format!("{base}/login"))
        .send()
        .await?
        .text()
        .await?;
    let marker = "name=\"csrf_token\" value=\"";
    let start = page
        .find(marker)
        .context("No CSRF token on the login page")?
        + marker.len();
    let token = page[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned();
    let response = client
        .post(format!("{base}/login"))
        .form(&[
            ("email", email),
            ("password", &password),
            ("csrf_token", &token),
        ])
        .send()
        .await?;
    if response.status() != 303 {
        bail!(
            "logging in as the benchmark's HR admin failed: {}",
            response.status()
        );
    }
    Ok(())
}
