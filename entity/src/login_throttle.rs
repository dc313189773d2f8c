//! `login_throttle` table: failed-login counters per (email, client) for throttling.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Failed logins for one key within the current window.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "login_throttle")]
pub struct Model {
    /// Hex hash of email + IP, so neither is stored in clear.
    #[sea_orm(
        primary_key,
        auto_increment = false,
        column_type = "String(StringLen::N(64))"
    )]
    pub key: String,
    /// Failed attempts in the current window.
    pub failures: i32,
    /// Start of the current counting window.
    pub window_started_at: DateTimeUtc,
}

/// `login_throttle` has no foreign keys.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
