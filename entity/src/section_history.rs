//! `section_history` table: rotation bookkeeping, so each employee is next asked about the
//! relationship they were asked about least recently.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// When an employee was last asked about a relationship, and how often.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "section_history")]
pub struct Model {
    /// The employee.
    #[sea_orm(primary_key, auto_increment = false)]
    pub employee_id: i32,
    /// The relationship.
    #[sea_orm(primary_key, auto_increment = false)]
    pub relationship_id: i32,
    /// When the relationship was last assigned to the employee (asked, not answered).
    pub last_asked_at: DateTimeUtc,
    /// How many times it was assigned.
    pub times_asked: i32,
    /// Rotating questions of this service asked so far, as a counter in the employee's cyclic
    /// order of them (`waves::rotation`); `None` until the first one is asked.
    pub rotating_asked: Option<i32>,
}

/// Foreign keys of `section_history`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The employee (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::employee::Entity",
        from = "Column::EmployeeId",
        to = "super::employee::Column::Id",
        on_delete = "Cascade"
    )]
    Employee,
    /// The relationship (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::relationship::Entity",
        from = "Column::RelationshipId",
        to = "super::relationship::Column::Id",
        on_delete = "Cascade"
    )]
    Relationship,
}

impl Related<super::employee::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Employee.def()
    }
}

impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Relationship.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
