//! `answer` table: the value given to one question in one response (`WITHOUT ROWID` on SQLite).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One answer: a number (rating, score, option index, yes/no) or a text.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "answer")]
pub struct Model {
    /// The response.
    #[sea_orm(primary_key, auto_increment = false)]
    pub response_id: Uuid,
    /// The question.
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    /// Numeric value for rating, recommend, yes/no, choice and lost-time questions.
    pub value_number: Option<i32>,
    /// Text for comment and thanks questions.
    #[sea_orm(column_type = "Text", nullable)]
    pub value_text: Option<String>,
}

/// Foreign keys of `answer`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The response (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::response::Entity",
        from = "Column::ResponseId",
        to = "super::response::Column::Id",
        on_delete = "Cascade"
    )]
    Response,
    /// The question (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::question::Entity",
        from = "Column::QuestionId",
        to = "super::question::Column::Id",
        on_delete = "Restrict"
    )]
    Question,
}

impl Related<super::response::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Response.def()
    }
}

impl Related<super::question::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Question.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
