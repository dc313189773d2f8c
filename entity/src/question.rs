//! `question` table: one question of a questionnaire, with its kind and dimension tag.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The kind of a question, which decides its input and the values its answers may hold.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// 1–5 agreement scale.
    #[sea_orm(string_value = "rating")]
    Rating,
    /// 0–10 likelihood to recommend (internal NPS).
    #[sea_orm(string_value = "recommend")]
    Recommend,
    /// Yes or no.
    #[sea_orm(string_value = "yes_no")]
    YesNo,
    /// Single choice out of `option_count` options.
    #[sea_orm(string_value = "choice")]
    Choice,
    /// Single choice of a time band: work time lost through problems with the service.
    #[sea_orm(string_value = "lost_time")]
    LostTime,
    /// Free-text comment.
    #[sea_orm(string_value = "text")]
    Text,
    /// Optional free text praising the provider.
    #[sea_orm(string_value = "thanks")]
    Thanks,
}

/// The service-quality dimension a question (or an action) is about.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Doing what was promised, dependably.
    #[sea_orm(string_value = "reliability")]
    Reliability,
    /// Speed and willingness to help.
    #[sea_orm(string_value = "responsiveness")]
    Responsiveness,
    /// Keeping customers informed in language they understand.
    #[sea_orm(string_value = "communication")]
    Communication,
    /// Skill and knowledge.
    #[sea_orm(string_value = "competence")]
    Competence,
    /// Politeness and respect.
    #[sea_orm(string_value = "courtesy")]
    Courtesy,
    /// Meeting the relationship's service standard.
    #[sea_orm(string_value = "standard")]
    Standard,
    /// Overall judgement.
    #[sea_orm(string_value = "overall")]
    Overall,
}

/// A question; its texts live in `question_translation`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "question")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The questionnaire version this question belongs to.
    pub questionnaire_id: i32,
    /// Order within the questionnaire; unique per questionnaire.
    pub position: i32,
    /// What kind of answer the question takes.
    pub kind: QuestionKind,
    /// The dimension the question measures.
    pub dimension: Dimension,
    /// Whether an answer is mandatory.
    pub required: bool,
    /// Asked in every section; the other questions rotate (see `cycle.questions_per_section`).
    pub core: bool,
    /// Number of options for `choice` and `lost_time`; 0 otherwise.
    pub option_count: i32,
    /// Fluent message id of a built-in question's texts.
    #[sea_orm(column_type = "String(StringLen::N(64))", nullable)]
    pub message_key: Option<String>,
    /// When the question was created.
    pub created_at: DateTimeUtc,
}

/// Foreign keys of `question` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The questionnaire (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::questionnaire::Entity",
        from = "Column::QuestionnaireId",
        to = "super::questionnaire::Column::Id",
        on_delete = "Cascade"
    )]
    Questionnaire,
    /// The per-locale texts of this question.
    #[sea_orm(has_many = "super::question_translation::Entity")]
    QuestionTranslation,
    /// Answers to this question.
    #[sea_orm(has_many = "super::answer::Entity")]
    Answer,
}

impl Related<super::questionnaire::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Questionnaire.def()
    }
}

impl Related<super::question_translation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::QuestionTranslation.def()
    }
}

impl Related<super::answer::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Answer.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
