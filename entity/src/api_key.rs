//! `api_key` table: hashed bearer keys for integrations (HRIS sync, touchpoints, exports).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// An API key; only its hash is stored, the prefix identifies it in lists.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "api_key")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Human label, e.g. "HRIS nightly sync".
    #[sea_orm(column_type = "String(StringLen::N(120))")]
    pub name: String,
    /// First characters of the key, shown in lists.
    #[sea_orm(column_type = "String(StringLen::N(12))")]
    pub prefix: String,
    /// Hex SHA-256 of the key; unique.
    #[sea_orm(column_type = "String(StringLen::N(64))", unique)]
    pub key_hash: String,
    /// Space-separated scopes out of `import`, `touchpoint`, `results:read`.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub scopes: String,
    /// Who created the key; `None` once that account is deleted.
    pub created_by_account_id: Option<i32>,
    /// When the key was created.
    pub created_at: DateTimeUtc,
    /// Last successful use.
    pub last_used_at: Option<DateTimeUtc>,
    /// When the key was revoked; a revoked key is refused.
    pub revoked_at: Option<DateTimeUtc>,
}

/// Foreign keys of `api_key`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The creating account (ON DELETE SET NULL).
    #[sea_orm(
        belongs_to = "super::account::Entity",
        from = "Column::CreatedByAccountId",
        to = "super::account::Column::Id",
        on_delete = "SetNull"
    )]
    CreatedBy,
}

impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CreatedBy.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
