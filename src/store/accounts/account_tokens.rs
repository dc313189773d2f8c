//! `account_token`: single-use, expiring invite and password-reset links. Only the SHA-256 of
//! a token is stored; a token is live while it is unused and unexpired.

use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::account_token::{self, Column, TokenPurpose};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// How long an emailed invite or reset link stays valid.
pub const LIFETIME: TimeDelta = TimeDelta::hours(24);

/// A live token: unused and not expired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveToken {
    /// Row id, for consuming it.
    pub id: i32,
    /// The account it acts on.
    pub account_id: i32,
}

/// Stores the hash of a new token for `account_id`, valid for [`LIFETIME`] from `now`.
pub async fn insert(
    db: &impl ConnectionTrait,
    account_id: i32,
    purpose: TokenPurpose,
    token_hash: String,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    account_token::ActiveModel {
        account_id: Set(account_id),
        purpose: Set(purpose),
        token_hash: Set(token_hash),
        expires_at: Set(now + LIFETIME),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to store an account token")?;
    Ok(())
}

/// The live token with this hash and purpose, if any.
pub async fn find_live(
    db: &impl ConnectionTrait,
    token_hash: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<LiveToken>> {
    let row = account_token::Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .filter(Column::Purpose.eq(purpose))
        .filter(Column::UsedAt.is_null())
        .filter(Column::ExpiresAt.gt(now))
        .one(db)
        .await
        .context("Failed to look up an account token")?;
    Ok(row.map(|row| LiveToken {
        id: row.id,
        account_id: row.account_id,
    }))
}

/// Marks the token used if it is still live; false when another request used it first or it
/// expired meanwhile, so a link can never be used twice.
pub async fn consume(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let result = account_token::Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(Some(now)))
        .filter(Column::Id.eq(id))
        .filter(Column::UsedAt.is_null())
        .filter(Column::ExpiresAt.gt(now))
        .exec(db)
        .await
        .context("Failed to use an account token")?;
    Ok(result.rows_affected == 1)
}

/// Kills every live token of the account (of `purpose`, or all when `None`): after a password
/// is set, older invite and reset links must stop working.
pub async fn retire(
    db: &impl ConnectionTrait,
    account_id: i32,
    purpose: Option<TokenPurpose>,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let mut update = account_token::Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(Some(now)))
        .filter(Column::AccountId.eq(account_id))
        .filter(Column::UsedAt.is_null());
    if let Some(purpose) = purpose {
        update = update.filter(Column::Purpose.eq(purpose));
    }
    update
        .exec(db)
        .await
        .context("Failed to retire account tokens")?;
    Ok(())
}

/// True when the account has a live token of `purpose` issued after `since`.
pub async fn has_live_since(
    db: &impl ConnectionTrait,
    account_id: i32,
    purpose: TokenPurpose,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let row = account_token::Entity::find()
        .filter(Column::AccountId.eq(account_id))
        .filter(Column::Purpose.eq(purpose))
        .filter(Column::UsedAt.is_null())
        .filter(Column::ExpiresAt.gt(now))
        .filter(Column::CreatedAt.gt(since))
        .one(db)
        .await
        .context("Failed to look up recent account tokens")?;
    Ok(row.is_some())
}
