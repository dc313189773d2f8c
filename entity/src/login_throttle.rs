//! `login_throttle` table: attempt counters for throttling logins and reset requests, one per
//! kind and email, or kind and client address.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Attempts counted under one key within the current window.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "login_throttle")]
pub struct Model {
    /// Hex hash of the counter's kind and its email or client address (neither in clear).
    #[sea_orm(
        primary_key,
        auto_increment = false,
        column_type = "String(StringLen::N(64))"
    )]
    pub key: String,
    /// Attempts counted in the current window.
    pub failures: i32,
    /// Start of the current counting window.
    pub window_started_at: DateTimeUtc,
}

/// `login_throttle` has no foreign keys.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
