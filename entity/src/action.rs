//! `action` table: a provider's commitment in response to feedback ("you said, we did").

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use super::question::Dimension;

/// Progress of an action.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Committed to, not started.
    #[sea_orm(string_value = "planned")]
    Planned,
    /// Being worked on.
    #[sea_orm(string_value = "in_progress")]
    InProgress,
    /// Finished.
    #[sea_orm(string_value = "done")]
    Done,
}

/// An action linked to a relationship and optionally to a question or dimension.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "action")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The relationship the action is about.
    pub relationship_id: i32,
    /// The question that prompted it, if any.
    pub question_id: Option<i32>,
    /// The dimension it addresses, if any.
    pub dimension: Option<Dimension>,
    /// Short title in the author's language.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub title: String,
    /// What will be done, in the author's language.
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// The department responsible for the action.
    pub owner_department_id: i32,
    /// Current progress.
    pub status: ActionStatus,
    /// Target day, if any.
    pub due_on: Option<Date>,
    /// Who recorded it; `None` once that account is deleted.
    pub created_by_account_id: Option<i32>,
    /// When it was recorded.
    pub created_at: DateTimeUtc,
    /// When it was last changed.
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of `action` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The relationship (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::relationship::Entity",
        from = "Column::RelationshipId",
        to = "super::relationship::Column::Id",
        on_delete = "Cascade"
    )]
    Relationship,
    /// The question (ON DELETE SET NULL).
    #[sea_orm(
        belongs_to = "super::question::Entity",
        from = "Column::QuestionId",
        to = "super::question::Column::Id",
        on_delete = "SetNull"
    )]
    Question,
    /// The owning department (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::department::Entity",
        from = "Column::OwnerDepartmentId",
        to = "super::department::Column::Id",
        on_delete = "Restrict"
    )]
    OwnerDepartment,
    /// The recording account (ON DELETE SET NULL).
    #[sea_orm(
        belongs_to = "super::account::Entity",
        from = "Column::CreatedByAccountId",
        to = "super::account::Column::Id",
        on_delete = "SetNull"
    )]
    CreatedBy,
    /// Translations of title and description.
    #[sea_orm(has_many = "super::action_translation::Entity")]
    ActionTranslation,
}

impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Relationship.def()
    }
}

impl Related<super::question::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Question.def()
    }
}

impl Related<super::department::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::OwnerDepartment.def()
    }
}

impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CreatedBy.def()
    }
}

impl Related<super::action_translation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::ActionTranslation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
