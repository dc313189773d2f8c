//! `question_translation` table: a question's prompt, help and option labels in one locale.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The texts of one question in one locale.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "question_translation")]
pub struct Model {
    /// The question.
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    /// Locale of these texts, e.g. `fr`.
    #[sea_orm(
        primary_key,
        auto_increment = false,
        column_type = "String(StringLen::N(8))"
    )]
    pub locale: String,
    /// The question text; may contain `{provider}`, `{service}`, `{standard}` placeholders.
    #[sea_orm(column_type = "Text")]
    pub prompt: String,
    /// Optional help text under the prompt.
    #[sea_orm(column_type = "Text", nullable)]
    pub help: Option<String>,
    /// JSON array of option labels for `choice` and `lost_time` questions.
    #[sea_orm(column_type = "Text", nullable)]
    pub options: Option<String>,
}

/// Foreign keys of `question_translation`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The question (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::question::Entity",
        from = "Column::QuestionId",
        to = "super::question::Column::Id",
        on_delete = "Cascade"
    )]
    Question,
}

impl Related<super::question::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Question.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
