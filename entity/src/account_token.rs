//! `account_token` table: single-use, expiring invite and password-reset links.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What an account token is for.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum TokenPurpose {
    /// Accept an invitation and set a first password.
    #[sea_orm(string_value = "invite")]
    Invite,
    /// Reset a forgotten password.
    #[sea_orm(string_value = "reset")]
    Reset,
}

/// An emailed token; only its hash is stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "account_token")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The account the token acts on.
    pub account_id: i32,
    /// Invite or reset.
    pub purpose: TokenPurpose,
    /// Hex SHA-256 of the token; unique.
    #[sea_orm(column_type = "String(StringLen::N(64))", unique)]
    pub token_hash: String,
    /// After this instant the token is dead.
    pub expires_at: DateTimeUtc,
    /// When the token was used; a used token is dead.
    pub used_at: Option<DateTimeUtc>,
    /// When the token was issued.
    pub created_at: DateTimeUtc,
}

/// Foreign keys of `account_token`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The account (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::account::Entity",
        from = "Column::AccountId",
        to = "super::account::Column::Id",
        on_delete = "Cascade"
    )]
    Account,
}

impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Account.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
