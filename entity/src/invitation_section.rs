//! `invitation_section` table: the relationships (sections) an invitation asks about.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One section of an invitation, in display order.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "invitation_section")]
pub struct Model {
    /// The invitation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub invitation_id: i32,
    /// The relationship asked about.
    #[sea_orm(primary_key, auto_increment = false)]
    pub relationship_id: i32,
    /// Display order within the invitation.
    pub position: i32,
    /// Where the section's rotating questions start in the employee's cyclic order of them (see
    /// `waves::rotation`); `None` asks every question.
    pub rotating_from: Option<i32>,
    /// How many rotating questions the section asks (with `rotating_from`).
    pub rotating_count: i32,
}

/// Foreign keys of `invitation_section`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The invitation (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::invitation::Entity",
        from = "Column::InvitationId",
        to = "super::invitation::Column::Id",
        on_delete = "Cascade"
    )]
    Invitation,
    /// The relationship (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::relationship::Entity",
        from = "Column::RelationshipId",
        to = "super::relationship::Column::Id",
        on_delete = "Restrict"
    )]
    Relationship,
}

impl Related<super::invitation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Invitation.def()
    }
}

impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Relationship.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
