//! `wave_notification` table: remembers that a "results available" email went to a head for a
//! wave, so it is sent once.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One sent results-available notification.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "wave_notification")]
pub struct Model {
    /// The wave.
    #[sea_orm(primary_key, auto_increment = false)]
    pub wave_id: i32,
    /// The notified account.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i32,
    /// When the notification was queued.
    pub created_at: DateTimeUtc,
}

/// Foreign keys of `wave_notification`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The wave (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::wave::Entity",
        from = "Column::WaveId",
        to = "super::wave::Column::Id",
        on_delete = "Cascade"
    )]
    Wave,
    /// The account (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::account::Entity",
        from = "Column::AccountId",
        to = "super::account::Column::Id",
        on_delete = "Cascade"
    )]
    Account,
}

impl Related<super::wave::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Wave.def()
    }
}

impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Account.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
