//! `result_count` table: per period, relationship, customer department and question, how many
//! answers gave each numeric value — the histogram every figure is computed from.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// How many answers in one group gave `value` to one question.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "result_count")]
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
    /// The question.
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    /// The value given (rating, score, yes/no as 1/0, option index).
    #[sea_orm(primary_key, auto_increment = false)]
    pub value: i32,
    /// How many answers gave it.
    pub answers: i32,
}

/// Foreign keys of `result_count` (all ON DELETE CASCADE).
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
