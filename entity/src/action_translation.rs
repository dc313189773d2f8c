//! `action_translation` table: an action's title and description in another locale.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The texts of one action in one locale.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "action_translation")]
pub struct Model {
    /// The action.
    #[sea_orm(primary_key, auto_increment = false)]
    pub action_id: i32,
    /// Locale of these texts.
    #[sea_orm(
        primary_key,
        auto_increment = false,
        column_type = "String(StringLen::N(8))"
    )]
    pub locale: String,
    /// Translated title.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub title: String,
    /// Translated description.
    #[sea_orm(column_type = "Text")]
    pub description: String,
}

/// Foreign keys of `action_translation`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The action (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::action::Entity",
        from = "Column::ActionId",
        to = "super::action::Column::Id",
        on_delete = "Cascade"
    )]
    Action,
}

impl Related<super::action::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Action.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
