//! `audit_entry` table: one staff (or configuration) change to the roster, accounts, API keys
//! or audited settings — who, when, what, old → new. Never about survey answering.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One recorded change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "audit_entry")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// When the change was made.
    pub at: DateTimeUtc,
    /// The staff account that made it, if any.
    pub actor_account_id: Option<i32>,
    /// The API key that made it, if any.
    pub actor_api_key_id: Option<i32>,
    /// The account's email, the key's name, `configuration` or `system`, as it was then.
    #[sea_orm(column_type = "String(StringLen::N(254))")]
    pub actor_label: String,
    /// What happened, e.g. `employee.updated`.
    #[sea_orm(column_type = "String(StringLen::N(64))")]
    pub action: String,
    /// What kind of thing changed, e.g. `employee`.
    #[sea_orm(column_type = "String(StringLen::N(32))")]
    pub subject_kind: String,
    /// The changed thing's id, if it has one.
    pub subject_id: Option<i32>,
    /// The changed thing's name at the time.
    #[sea_orm(column_type = "String(StringLen::N(300))")]
    pub subject_label: String,
    /// For employees: their department after the change.
    pub department_id: Option<i32>,
    /// JSON array of `{"field", "old", "new"}` with plain strings (or null).
    #[sea_orm(column_type = "Text")]
    pub changes: String,
}

/// `audit_entry` has no foreign keys: an entry outlives what it names.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
