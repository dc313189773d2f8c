//! Audited settings: at startup, each audited key's value is compared with the newest value the
//! log recorded for it, and a `setting.changed` entry by the configuration is written when they
//! differ (the first start records the initial values). Instances starting together take turns
//! (an advisory lock on PostgreSQL, the write lock on SQLite), so a change is recorded once.

use super::{Actor, Change, Entry};
use crate::config::Settings;
use crate::store::{audit as store, claim};
use anyhow::Context;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};

/// Key of the PostgreSQL advisory lock held while the settings are compared and recorded.
const SETTINGS_LOCK: i64 = 2_026_120_716;

/// The audited settings with their current values as text (`None`: an empty list).
pub fn audited(settings: &Settings) -> Vec<(&'static str, Option<String>)> {
    let domains = &settings.organisation.email_domains;
    vec![
        (
            "organisation.email_domains",
            (!domains.is_empty()).then(|| domains.join(", ")),
        ),
        (
            "anonymity.min_group_size",
            Some(settings.anonymity.min_group_size.get().to_string()),
        ),
        (
            "anonymity.min_comment_group_size",
            Some(settings.anonymity.min_comment_group_size.get().to_string()),
        ),
        (
            "audit.retention_days",
            Some(settings.audit.retention_days.to_string()),
        ),
    ]
}

/// Records every audited setting whose value differs from the newest recorded one; returns how
/// many were recorded.
#[tracing::instrument(skip_all)]
pub async fn record_changes(db: &DatabaseConnection, settings: &Settings) -> anyhow::Result<usize> {
    let txn = claim::begin(db)
        .await
        .context("Failed to start recording the settings")?;
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({SETTINGS_LOCK})"))
            .await
            .context("Failed to take the settings lock")?;
    }
    let recorded = store::setting_values(&txn).await?;
    let entries: Vec<Entry> = audited(settings)
        .into_iter()
        .filter_map(|(key, value)| {
            let old = match recorded.get(key) {
                Some(old) if *old == value => return None,
                Some(old) => old.clone(),
                None => None,
            };
            Some(Entry {
                actor: Actor::Configuration,
                action: store::SETTING_CHANGED,
                subject_kind: "setting",
                subject_id: None,
                subject_label: key.to_owned(),
                department_id: None,
                changes: vec![Change::new(key, old, value)],
            })
        })
        .collect();
    let count = entries.len();
    super::record_all(&txn, entries).await?;
    txn.commit()
        .await
        .context("Failed to commit the recorded settings")?;
    if count > 0 {
        tracing::info!(audit.settings_recorded = count, "changed settings recorded");
    }
    Ok(count)
}
