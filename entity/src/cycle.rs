//! `cycle` table: HR's recurring survey plan (questionnaire, cadence, reminders, fatigue cap).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What a wave leaves out first when an employee's sections would ask more than the cycle's
/// maximum number of answers.
#[derive(
    Copy,
    Clone,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(24))")]
#[serde(rename_all = "snake_case")]
pub enum ShortenBy {
    /// Fewer rotating questions (the last sections first), then fewer sections.
    #[default]
    #[sea_orm(string_value = "rotating_questions")]
    RotatingQuestions,
    /// Fewer sections (the last ones first), then fewer rotating questions.
    #[sea_orm(string_value = "sections")]
    Sections,
}

/// A recurring survey plan; the scheduler opens one wave per occurrence of its RRULE.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "cycle")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Display name.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub name: String,
    /// The questionnaire for new waves; each wave records the version it used.
    pub questionnaire_id: i32,
    /// When true the cycle covers every active relationship; otherwise those in `cycle_relationship`.
    pub all_relationships: bool,
    /// RFC 5545 recurrence rule.
    #[sea_orm(column_type = "Text")]
    pub rrule: String,
    /// IANA timezone the RRULE is evaluated in.
    #[sea_orm(column_type = "String(StringLen::N(64))")]
    pub timezone: String,
    /// First opening.
    pub starts_at: DateTimeUtc,
    /// How many days a wave stays open; at least 1.
    pub days_open: i32,
    /// Days after sending before the first reminder; `None` disables reminders.
    pub reminder_after_days: Option<i32>,
    /// Maximum reminders per invitation.
    pub max_reminders: i32,
    /// Maximum sections per employee per wave; at least 1.
    pub fatigue_cap: i32,
    /// Questions per section, core questions included; `None` asks every question (the cycles
    /// that existed before rotation, until HR sets it).
    pub questions_per_section: Option<i32>,
    /// Most questions one employee is asked in one wave, all sections together; `None` for no
    /// limit.
    pub max_answers_per_wave: Option<i32>,
    /// What goes first when a wave would ask more than `max_answers_per_wave`.
    pub shorten_by: ShortenBy,
    /// Share of employees invited per wave (1–100); `None` invites everyone.
    pub sample_percent: Option<i32>,
    /// Inactive cycles open no waves.
    pub active: bool,
    /// Scheduler bookkeeping: the next opening still to create.
    pub next_opening_at: Option<DateTimeUtc>,
    /// When the cycle was created.
    pub created_at: DateTimeUtc,
    /// When the cycle was last changed.
    pub updated_at: DateTimeUtc,
}

/// Foreign keys of `cycle` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The questionnaire (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::questionnaire::Entity",
        from = "Column::QuestionnaireId",
        to = "super::questionnaire::Column::Id",
        on_delete = "Restrict"
    )]
    Questionnaire,
    /// Waves opened for this cycle.
    #[sea_orm(has_many = "super::wave::Entity")]
    Wave,
    /// Links to the relationships this cycle includes.
    #[sea_orm(has_many = "super::cycle_relationship::Entity")]
    CycleRelationship,
}

impl Related<super::questionnaire::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Questionnaire.def()
    }
}

impl Related<super::wave::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Wave.def()
    }
}

impl Related<super::cycle_relationship::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CycleRelationship.def()
    }
}

/// Relationships included in this cycle, through `cycle_relationship`.
impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        super::cycle_relationship::Relation::Relationship.def()
    }

    fn via() -> Option<RelationDef> {
        Some(super::cycle_relationship::Relation::Cycle.def().rev())
    }
}

impl ActiveModelBehavior for ActiveModel {}
