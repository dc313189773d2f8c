//! What single sign-on reads and writes: accounts by their provider identity, and the
//! sign-in attempts under way (`oidc_login`), each taken once.

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{account, department, oidc_login};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
    sea_query::{Expr, ExprTrait, Func},
};

/// The account that signs in as `subject` at provider `provider`.
pub async fn find_by_identity(
    db: &impl ConnectionTrait,
    provider: &str,
    subject: &str,
) -> anyhow::Result<Option<account::Model>> {
    account::Entity::find()
        .filter(account::Column::OidcProvider.eq(provider))
        .filter(account::Column::OidcSubject.eq(subject))
        .one(db)
        .await
        .context("Failed to look up an account by its provider identity")
}

/// Ties account `id` to `subject` at `provider` (its later sign-ins find it by that).
pub async fn link_identity(
    db: &impl ConnectionTrait,
    id: i32,
    provider: &str,
    subject: &str,
) -> anyhow::Result<()> {
    account::Entity::update_many()
        .col_expr(
            account::Column::OidcProvider,
            Expr::value(Some(provider.to_owned())),
        )
        .col_expr(
            account::Column::OidcSubject,
            Expr::value(Some(subject.to_owned())),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to link an account to its provider identity")?;
    Ok(())
}

/// A sign-in attempt to keep until the provider sends the browser back.
pub struct NewAttempt<'a> {
    pub state_hash: &'a str,
    pub provider: &'a str,
    pub pkce_verifier: &'a str,
    pub nonce: &'a str,
    pub next_path: &'a str,
    pub expires_at: DateTime<Utc>,
}

/// Stores an attempt, and deletes every attempt that has expired.
pub async fn insert_attempt(
    db: &impl ConnectionTrait,
    attempt: NewAttempt<'_>,
) -> anyhow::Result<()> {
    oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::ExpiresAt.lt(Utc::now()))
        .exec(db)
        .await
        .context("Failed to delete expired sign-in attempts")?;
    oidc_login::ActiveModel {
        state_hash: Set(attempt.state_hash.to_owned()),
        provider: Set(attempt.provider.to_owned()),
        pkce_verifier: Set(attempt.pkce_verifier.to_owned()),
        nonce: Set(attempt.nonce.to_owned()),
        next_path: Set(attempt.next_path.to_owned()),
        expires_at: Set(attempt.expires_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to store a sign-in attempt")?;
    Ok(())
}

/// Takes the attempt whose state hashes to `state_hash` out of the table: whoever deletes it
/// gets it, so two requests with the same state cannot both go on. Expired attempts are
/// taken too; the caller refuses them.
pub async fn take_attempt(
    db: &impl ConnectionTrait,
    state_hash: &str,
) -> anyhow::Result<Option<oidc_login::Model>> {
    let Some(attempt) = oidc_login::Entity::find()
        .filter(oidc_login::Column::StateHash.eq(state_hash))
        .one(db)
        .await
        .context("Failed to look up a sign-in attempt")?
    else {
        return Ok(None);
    };
    let deleted = oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::Id.eq(attempt.id))
        .exec(db)
        .await
        .context("Failed to take a sign-in attempt")?;
    Ok((deleted.rows_affected == 1).then_some(attempt))
}

/// The ids of the departments named `name`, or with id `name` when it is a number and no
/// department has that name.
pub async fn departments_named(db: &impl ConnectionTrait, name: &str) -> anyhow::Result<Vec<i32>> {
    let by_name: Vec<i32> = department::Entity::find()
        .filter(
            Expr::expr(Func::lower(Expr::col(department::Column::Name)))
                .eq(name.trim().to_lowercase()),
        )
        .all(db)
        .await
        .context("Failed to look up departments by name")?
        .into_iter()
        .map(|d| d.id)
        .collect();
    if !by_name.is_empty() {
        return Ok(by_name);
    }
    let Ok(id) = name.trim().parse::<i32>() else {
        return Ok(Vec::new());
    };
    Ok(department::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to look up a department by id")?
        .map(|d| vec![d.id])
        .unwrap_or_default())
}
