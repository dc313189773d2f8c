//! `result_group` table: per period, relationship and customer department, how many responses
//! were given and how many said "not applicable".

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Response counts of one (period, relationship, customer department) group.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "result_group")]
pub struct Model {
    /// The period.
    #[sea_orm(primary_key, auto_increment = false)]
    pub period_id: i32,
    /// The relationship.
    #[sea_orm(primary_key, auto_increment = false)]
    pub relationship_id: i32,
    /// The respondents' department.
    #[sea_orm(primary_key, auto_increment = false)]
    pub customer_department_id: i32,
    /// Responses with answers (not "not applicable").
    pub responses: i32,
    /// Responses that said "I haven't used this service recently".
    pub not_applicable: i32,
}

/// Foreign keys of `result_group` (all ON DELETE CASCADE).
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
}

impl Related<super::result_period::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ResultPeriod.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
