//! `questionnaire` table: a versioned, ordered set of questions; locked once a wave uses it.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A questionnaire version; editing a locked one creates a new version linked to it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "questionnaire")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Display name.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub name: String,
    /// Key of a shipped questionnaire, e.g. `internal-service-pulse`; unique when set.
    #[sea_orm(column_type = "String(StringLen::N(64))", nullable, unique)]
    pub builtin_key: Option<String>,
    /// Version number, starting at 1.
    pub version: i32,
    /// The version this one replaces.
    pub previous_version_id: Option<i32>,
    /// Set once a wave uses this version; locked versions are never edited.
    pub locked: bool,
    /// Archived versions are hidden from pickers.
    pub archived: bool,
    /// When the version was created.
    pub created_at: DateTimeUtc,
}

/// Foreign keys of `questionnaire` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The previous version (ON DELETE SET NULL).
    #[sea_orm(
        belongs_to = "Entity",
        from = "Column::PreviousVersionId",
        to = "Column::Id",
        on_delete = "SetNull"
    )]
    PreviousVersion,
    /// The questions of this version.
    #[sea_orm(has_many = "super::question::Entity")]
    Question,
}

impl Related<super::question::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Question.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
