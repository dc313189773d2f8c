//! `oidc_login` table: staff sign-ins through an identity provider that are under way. A row
//! lives from the redirect to the provider until the browser comes back (taken once) or it
//! expires; it names no account.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One sign-in attempt.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "oidc_login")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Hex SHA-256 of the `state` sent to the provider (the value itself is only in the
    /// browser's cookie and the provider's redirect).
    #[sea_orm(column_type = "String(StringLen::N(64))", unique)]
    pub state_hash: String,
    /// The provider's name in `auth.oidc.providers`.
    #[sea_orm(column_type = "String(StringLen::N(32))")]
    pub provider: String,
    /// The PKCE code verifier of this attempt.
    #[sea_orm(column_type = "String(StringLen::N(128))")]
    pub pkce_verifier: String,
    /// The nonce the ID token must carry.
    #[sea_orm(column_type = "String(StringLen::N(128))")]
    pub nonce: String,
    /// The local path to open after sign-in (empty: the start page).
    #[sea_orm(column_type = "String(StringLen::N(2000))")]
    pub next_path: String,
    /// After this the attempt is refused and deleted.
    pub expires_at: DateTimeUtc,
}

/// `oidc_login` has no foreign keys.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
