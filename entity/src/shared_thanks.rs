//! `shared_thanks` table: thanks answers HR chose to share with the whole organisation (the
//! recognition page).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Marks one thanks answer as shared.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "shared_thanks")]
pub struct Model {
    /// The response of the shared answer.
    #[sea_orm(primary_key, auto_increment = false)]
    pub response_id: Uuid,
    /// The question of the shared answer.
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    /// Who shared it; `None` once that account is deleted.
    pub shared_by_account_id: Option<i32>,
    /// Calendar day it was shared.
    pub shared_on: Date,
}

/// Foreign keys of `shared_thanks`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The shared answer, by its composite key (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::answer::Entity",
        from = "(Column::ResponseId, Column::QuestionId)",
        to = "(super::answer::Column::ResponseId, super::answer::Column::QuestionId)",
        on_delete = "Cascade"
    )]
    Answer,
    /// The sharing account (ON DELETE SET NULL).
    #[sea_orm(
        belongs_to = "super::account::Entity",
        from = "Column::SharedByAccountId",
        to = "super::account::Column::Id",
        on_delete = "SetNull"
    )]
    SharedBy,
}

impl Related<super::answer::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Answer.def()
    }
}

impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::SharedBy.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
