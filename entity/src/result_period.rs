//! `result_period` table: a period whose answers are final and aggregated — one closed wave, or
//! one ended calendar month of touchpoint answers.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A final period (exactly one of `wave_id` and `month` is set).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "result_period")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The closed wave; unique.
    #[sea_orm(unique)]
    pub wave_id: Option<i32>,
    /// First day of the touchpoint month; unique.
    #[sea_orm(unique)]
    pub month: Option<Date>,
    /// When the period began (the wave's opening, or the month's first midnight UTC).
    pub starts_at: DateTimeUtc,
    /// When it ended (the wave's closing, or the next month's first midnight UTC).
    pub ends_at: DateTimeUtc,
}

/// Foreign keys of `result_period`.
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
}

impl Related<super::wave::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Wave.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
