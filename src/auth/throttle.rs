//! Throttling of logins and password-reset requests, counted in the database so every
//! instance behind a load balancer agrees. Each attempt is counted *before* the password is
//! checked, with one atomic statement, so parallel guesses all count; a counter over its
//! limit answers 429 until its window ends. Counters are kept per account (the email typed)
//! and per client address, under hashed keys so the table holds neither.

use crate::domain::hash_hex;
use anyhow::Context;
use chrono::{Duration, Utc};
use entity::login_throttle::{self, Column, Entity};
use sea_orm::sea_query::{self, Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// How many attempts one counter allows within its window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// What the counter is about; part of its key so counters of different kinds never mix.
    kind: &'static str,
    /// Attempts allowed inside one window.
    pub max: i32,
    /// Length of the window in minutes, from the first attempt.
    pub window_minutes: i64,
}

/// Failed logins per account (email).
pub const LOGIN_PER_ACCOUNT: Limit = Limit {
    kind: "login-account",
    max: 5,
    window_minutes: 15,
};
/// Failed logins per client address.
pub const LOGIN_PER_ADDRESS: Limit = Limit {
    kind: "login-address",
    max: 20,
    window_minutes: 15,
};
/// Reset-link requests per account (email, whether or not an account has it).
pub const RESET_PER_ACCOUNT: Limit = Limit {
    kind: "reset-account",
    max: 3,
    window_minutes: 15,
};
/// Reset-link requests per client address.
pub const RESET_PER_ADDRESS: Limit = Limit {
    kind: "reset-address",
    max: 10,
    window_minutes: 15,
};

/// One counter: a limit applied to one email or one address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counter {
    limit: Limit,
    key: String,
}

impl Counter {
    /// The counter of `limit` for an email address as typed (trimmed, lowercased).
    pub fn for_email(limit: Limit, email: &str) -> Self {
        Self::new(limit, &email.trim().to_lowercase())
    }

    /// The counter of `limit` for a client address.
    pub fn for_address(limit: Limit, address: &str) -> Self {
        Self::new(limit, address)
    }

    fn new(limit: Limit, subject: &str) -> Self {
        Self {
            limit,
            key: hash_hex(format!("{}|{subject}", limit.kind).as_bytes()),
        }
    }

    /// Counts one attempt, atomically (a new window starts when the old one has ended), and
    /// returns `Err(minutes)` to wait when this attempt is over the limit.
    pub async fn count(&self, db: &impl ConnectionTrait) -> anyhow::Result<Result<(), i64>> {
        let now = Utc::now();
        let window = Duration::minutes(self.limit.window_minutes);
        let open =
            sea_query::ExprTrait::gt(Expr::col((Entity, Column::WindowStartedAt)), now - window);
        Entity::insert(login_throttle::ActiveModel {
            key: Set(self.key.clone()),
            failures: Set(1),
            window_started_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(Column::Key)
                .value(
                    Column::Failures,
                    Expr::case(
                        open.clone(),
                        sea_query::ExprTrait::add(Expr::col((Entity, Column::Failures)), 1),
                    )
                    .finally(1),
                )
                .value(
                    Column::WindowStartedAt,
                    Expr::case(open, Expr::col((Entity, Column::WindowStartedAt))).finally(now),
                )
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .context("Failed to count an attempt")?;
        let row = Entity::find_by_id(self.key.clone())
            .one(db)
            .await
            .context("Failed to read an attempt counter")?;
        let Some(row) = row else {
            return Ok(Ok(()));
        };
        if row.failures <= self.limit.max {
            return Ok(Ok(()));
        }
        let minutes = (row.window_started_at + window - now).num_minutes().max(1);
        Ok(Err(minutes))
    }

    /// Takes back the attempt `count` added, after it succeeded: only failures stay counted.
    pub async fn forgive(&self, db: &impl ConnectionTrait) -> anyhow::Result<()> {
        Entity::update_many()
            .col_expr(
                Column::Failures,
                sea_query::ExprTrait::sub(Expr::col(Column::Failures), 1),
            )
            .filter(Column::Key.eq(self.key.clone()))
            .filter(Column::Failures.gt(0))
            .exec(db)
            .await
            .context("Failed to take back an attempt")?;
        Ok(())
    }

    /// Forgets every attempt (after a successful login to the account).
    pub async fn clear(&self, db: &impl ConnectionTrait) -> anyhow::Result<()> {
        Entity::delete_by_id(self.key.clone())
            .exec(db)
            .await
            .context("Failed to clear an attempt counter")?;
        Ok(())
    }
}

/// Counts one attempt on each counter (all of them, so none is skipped by an earlier refusal)
/// and returns the longest wait when any is over its limit.
pub async fn count_all(
    db: &impl ConnectionTrait,
    counters: &[&Counter],
) -> anyhow::Result<Result<(), i64>> {
    let mut wait = None;
    for counter in counters {
        if let Err(minutes) = counter.count(db).await? {
            wait = Some(wait.map_or(minutes, |longest: i64| longest.max(minutes)));
        }
    }
    Ok(wait.map_or(Ok(()), Err))
}
