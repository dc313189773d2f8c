//! API keys: only hashes are stored; the key itself is shown once at creation.

use crate::domain::SecretToken;
use crate::domain::{ApiKeyCaller, KEY_PREFIX, Scope};
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
        name: model.name,
        scopes,
    }))
}

/// An API key as listed for HR: never the key itself, only its first characters.
#[derive(Clone, Debug, serde::Serialize)]
pub struct KeySummary {
    pub id: i32,
    pub name: String,
    pub prefix: String,
    pub scopes: Vec<Scope>,
    pub created_at: chrono::DateTime<Utc>,
    pub last_used_at: Option<chrono::DateTime<Utc>>,
    pub revoked_at: Option<chrono::DateTime<Utc>>,
}

impl From<api_key::Model> for KeySummary {
    fn from(model: api_key::Model) -> Self {
        Self {
            id: model.id,
            name: model.name,
            prefix: model.prefix,
            scopes: model
                .scopes
                .split_whitespace()
                .filter_map(|s| Scope::parse(s).ok())
                .collect(),
            created_at: model.created_at,
            last_used_at: model.last_used_at,
            revoked_at: model.revoked_at,
        }
    }
}

/// One page of keys, newest first, and the total number of keys.
pub async fn list(
    db: &impl ConnectionTrait,
    page: u64,
    per_page: u64,
) -> anyhow::Result<(Vec<KeySummary>, u64)> {
    use sea_orm::{PaginatorTrait, QueryOrder, QuerySelect};
    let total = api_key::Entity::find()
        .count(db)
        .await
        .context("Failed to count API keys")?;
    let rows = api_key::Entity::find()
        .order_by_desc(api_key::Column::CreatedAt)
        .order_by_desc(api_key::Column::Id)
        .offset(crate::store::paging::offset(page, per_page))
        .limit(per_page)
        .all(db)
        .await
        .context("Failed to list API keys")?;
    Ok((rows.into_iter().map(KeySummary::from).collect(), total))
}

/// The key `id`, revoked or not.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<KeySummary>> {
    Ok(api_key::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load an API key")?
        .map(KeySummary::from))
}

/// Revokes the key; a revoked key is refused from then on. Revoking twice keeps the first
/// time. Returns false when no such key exists.
pub async fn revoke(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<bool> {
    if api_key::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load an API key")?
        .is_none()
    {
        return Ok(false);
    }
    api_key::Entity::update_many()
        .col_expr(
            api_key::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(api_key::Column::Id.eq(id))
        .filter(api_key::Column::RevokedAt.is_null())
        .exec(db)
        .await
        .context("Failed to revoke an API key")?;
    Ok(true)
}
