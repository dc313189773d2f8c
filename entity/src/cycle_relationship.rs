//! `cycle_relationship` table: the relationships a cycle includes when it does not cover all.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Includes one relationship in one cycle.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "cycle_relationship")]
pub struct Model {
    /// The cycle.
    #[sea_orm(primary_key, auto_increment = false)]
    pub cycle_id: i32,
    /// The relationship.
    #[sea_orm(primary_key, auto_increment = false)]
    pub relationship_id: i32,
}

/// Foreign keys of `cycle_relationship`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The cycle (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::cycle::Entity",
        from = "Column::CycleId",
        to = "super::cycle::Column::Id",
        on_delete = "Cascade"
    )]
    Cycle,
    /// The relationship (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::relationship::Entity",
        from = "Column::RelationshipId",
        to = "super::relationship::Column::Id",
        on_delete = "Cascade"
    )]
    Relationship,
}

impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cycle.def()
    }
}

impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Relationship.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
