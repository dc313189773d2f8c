//! API keys: only hashes are stored; the key itself is shown once at creation.

use crate::auth::api_key::{ApiKeyCaller, KEY_PREFIX, Scope};
use crate::domain::SecretToken;
use anyhow::Context;
use chrono::Utc;
use entity::api_key;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// A freshly created key: its row id and the full key, to be shown exactly once.
pub struct CreatedKey {
    pub id: i32,
    pub key: String,
}

/// Creates a key with `scopes`; returns the only copy of the key text.
pub async fn create(
    db: &impl ConnectionTrait,
    name: &str,
    scopes: &[Scope],
    created_by: Option<i32>,
) -> anyhow::Result<CreatedKey> {
    let token = SecretToken::generate();
    let key = format!("{KEY_PREFIX}{}", token.expose());
    let scopes = scopes
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let model = api_key::ActiveModel {
        name: Set(name.to_owned()),
        prefix: Set(key.chars().take(12).collect()),
        key_hash: Set(token.hash()),
        scopes: Set(scopes),
        created_by_account_id: Set(created_by),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to store an API key")?;
    Ok(CreatedKey { id: model.id, key })
}

/// The caller behind a key hash, if the key exists and is not revoked; records its use.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    key_hash: &str,
) -> anyhow::Result<Option<ApiKeyCaller>> {
    let Some(model) = api_key::Entity::find()
        .filter(api_key::Column::KeyHash.eq(key_hash))
        .filter(api_key::Column::RevokedAt.is_null())
        .one(db)
        .await
        .context("Failed to look up an API key")?
    else {
        return Ok(None);
    };
    let scopes = model
        .scopes
        .split_whitespace()
        .filter_map(|s| Scope::parse(s).ok())
        .collect();
    api_key::Entity::update_many()
        .col_expr(
            api_key::Column::LastUsedAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(api_key::Column::Id.eq(model.id))
        .exec(db)
        .await
        .context("Failed to record an API key's use")?;
    Ok(Some(ApiKeyCaller {
        key_id: model.id,
        scopes,
    }))
}
