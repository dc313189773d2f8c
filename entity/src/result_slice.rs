//! `result_slice` table: per period and relationship, how many were asked and how many answered
//! (including "not applicable"), and the provider at the time the period ended.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Participation in one relationship's section during one period.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "result_slice")]
pub struct Model {
    /// The period.
    #[sea_orm(primary_key, auto_increment = false)]
    pub period_id: i32,
    /// The relationship.
    #[sea_orm(primary_key, auto_increment = false)]
    pub relationship_id: i32,
    /// The providing department when the period ended.
    pub provider_department_id: i32,
    /// Invitations that asked about the relationship.
    pub invited: i32,
    /// Invitations of the period that were answered (the released flags' count).
    pub answered: i32,
    /// Responses released with this period that were answered in an earlier one (held back
    /// until their service had k of them).
    pub carried_over: i32,
    /// The opening day of the earliest round (or month) those carried-over responses come from.
    pub carried_from: Option<Date>,
}

/// Foreign keys of `result_slice` (all ON DELETE CASCADE).
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The period.
    #[sea_orm(
        belongs_to = "super::result_period::Entity",
        from = "Column::PeriodId",
        to = "super::result_period::Column::Id",
        on_delete = "Cascade"
    )]
    ResultPeriod,
    /// The relationship.
    #[sea_orm(
        belongs_to = "super::relationship::Entity",
        from = "Column::RelationshipId",
        to = "super::relationship::Column::Id",
        on_delete = "Cascade"
    )]
    Relationship,
}

impl Related<super::result_period::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ResultPeriod.def()
    }
}

impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Relationship.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
