//! Login throttling: at most `MAX_FAILURES` failed logins per account-and-address in
//! `WINDOW_MINUTES`; then 429 until the window ends. Counted in the database so every
//! instance behind a load balancer agrees.

use crate::domain::hash_hex;
use anyhow::Context;
use chrono::{Duration, Utc};
use entity::login_throttle;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

/// Failures allowed inside one window.
pub const MAX_FAILURES: i32 = 5;
/// Length of the window in minutes.
pub const WINDOW_MINUTES: i64 = 15;

/// The throttle key for an email and client address; hashed so the table holds neither.
pub fn key(email: &str, address: &str) -> String {
    hash_hex(format!("{}|{address}", email.trim().to_lowercase()).as_bytes())
}

/// `Err(minutes)` to wait when the key has used up its failures in the current window.
pub async fn check(db: &impl ConnectionTrait, key: &str) -> anyhow::Result<Result<(), i64>> {
    let Some(row) = login_throttle::Entity::find_by_id(key.to_owned())
        .one(db)
        .await
        .context("Failed to read the login throttle")?
    else {
        return Ok(Ok(()));
    };
    let window_end = row.window_started_at + Duration::minutes(WINDOW_MINUTES);
    let now = Utc::now();
    if row.failures >= MAX_FAILURES && now < window_end {
        let minutes = (window_end - now).num_minutes().max(1);
        return Ok(Err(minutes));
    }
    Ok(Ok(()))
}

/// Counts one failed login, starting a new window when the old one ended.
pub async fn record_failure(db: &impl ConnectionTrait, key: &str) -> anyhow::Result<()> {
    let now = Utc::now();
    let existing = login_throttle::Entity::find_by_id(key.to_owned())
        .one(db)
        .await
        .context("Failed to read the login throttle")?;
    match existing {
        Some(row) if now < row.window_started_at + Duration::minutes(WINDOW_MINUTES) => {
            let failures = row.failures + 1;
            let mut active: login_throttle::ActiveModel = row.into();
            active.failures = Set(failures);
            active
                .update(db)
                .await
                .context("Failed to count a login failure")?;
        }
        _ => {
            login_throttle::Entity::insert(login_throttle::ActiveModel {
                key: Set(key.to_owned()),
                failures: Set(1),
                window_started_at: Set(now),
            })
            .on_conflict(
                OnConflict::column(login_throttle::Column::Key)
                    .update_columns([
                        login_throttle::Column::Failures,
                        login_throttle::Column::WindowStartedAt,
                    ])
                    .to_owned(),
            )
            .exec(db)
            .await
            .context("Failed to start a login throttle window")?;
        }
    }
    Ok(())
}

/// Forgets the failures after a successful login.
pub async fn clear(db: &impl ConnectionTrait, key: &str) -> anyhow::Result<()> {
    login_throttle::Entity::delete_by_id(key.to_owned())
        .exec(db)
        .await
        .context("Failed to clear the login throttle")?;
    Ok(())
}
