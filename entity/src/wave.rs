//! `wave` table: one occurrence of a cycle, open from `opens_at` to `closes_at`.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Lifecycle of a wave: scheduled → open → closed.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum WaveState {
    /// Created, not yet open.
    #[sea_orm(string_value = "scheduled")]
    Scheduled,
    /// Accepting answers.
    #[sea_orm(string_value = "open")]
    Open,
    /// Links dead, results final.
    #[sea_orm(string_value = "closed")]
    Closed,
}

/// A wave; unique per (cycle, `opens_at`) so that a second opener is a no-op.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "wave")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The cycle this wave belongs to.
    pub cycle_id: i32,
    /// The questionnaire version used by this wave.
    pub questionnaire_id: i32,
    /// When the wave opens.
    pub opens_at: DateTimeUtc,
    /// When the wave closes; survey links die then.
    pub closes_at: DateTimeUtc,
    /// Current state.
    pub state: WaveState,
    /// When the wave was created.
    pub created_at: DateTimeUtc,
    /// Invitations answered, kept once the wave's answers were released and the
    /// per-invitation `answered` flags cleared; `None` until then.
    pub answered_count: Option<i32>,
}

/// Foreign keys of `wave` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The cycle (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::cycle::Entity",
        from = "Column::CycleId",
        to = "super::cycle::Column::Id",
        on_delete = "Restrict"
    )]
    Cycle,
    /// The questionnaire version (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::questionnaire::Entity",
        from = "Column::QuestionnaireId",
        to = "super::questionnaire::Column::Id",
        on_delete = "Restrict"
    )]
    Questionnaire,
    /// Invitations of this wave.
    #[sea_orm(has_many = "super::invitation::Entity")]
    Invitation,
    /// Responses submitted in this wave.
    #[sea_orm(has_many = "super::response::Entity")]
    Response,
}

impl Related<super::cycle::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cycle.def()
    }
}

impl Related<super::questionnaire::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Questionnaire.def()
    }
}

impl Related<super::invitation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Invitation.def()
    }
}

impl Related<super::response::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Response.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
