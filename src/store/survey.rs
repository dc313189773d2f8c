//! Reads behind the survey page: the invitation behind a token hash, its sections, and the
//! questionnaire with its texts. Writes of answers live in `store::answers`.

use crate::survey::model::{Question, Section, Translation};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, InvitationKind};
use entity::wave::{self, WaveState};
use entity::{
    department, employee, invitation_section, question, question_translation, questionnaire,
    relationship,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};
use std::collections::HashMap;

/// Key of the shipped questionnaire that touchpoint surveys use.
pub const TOUCHPOINT_QUESTIONNAIRE_KEY: &str = "internal-service-pulse";

/// The wave an invitation belongs to, as far as the survey page cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaveInfo {
    /// The questionnaire version of the wave.
    pub questionnaire_id: i32,
    /// Scheduled, open or closed.
    pub state: WaveState,
    /// When the links die.
    pub closes_at: DateTime<Utc>,
}

/// An invitation found by its token hash, with what the survey page needs from its employee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationInfo {
    /// The invitation's id (never leaves the server, never stored with answers).
    pub id: i32,
    /// Wave or touchpoint.
    pub kind: InvitationKind,
    /// The wave, for wave invitations.
    pub wave_id: Option<i32>,
    /// The wave's state and schedule, for wave invitations.
    pub wave: Option<WaveInfo>,
    /// Expiry of a touchpoint link.
    pub expires_at: Option<DateTime<Utc>>,
    /// Whether the link has been used.
    pub answered: bool,
    /// Touchpoint context shown on the page, e.g. "ticket #4711".
    pub context_label: Option<String>,
    /// The employee's stored locale (may be anything the import wrote).
    pub employee_locale: String,
    /// The employee's current department: the responses' customer department.
    pub employee_department_id: i32,
}

/// One row of the invitation lookup: the invitation, its employee and its wave (if any).
#[derive(FromQueryResult)]
struct InvitationRow {
    id: i32,
    kind: InvitationKind,
    wave_id: Option<i32>,
    expires_at: Option<DateTime<Utc>>,
    answered: bool,
    context_label: Option<String>,
    employee_locale: String,
    employee_department_id: i32,
    wave_questionnaire_id: Option<i32>,
    wave_state: Option<WaveState>,
    wave_closes_at: Option<DateTime<Utc>>,
}

/// The invitation whose token hashes to `token_hash`, if any, in one query with its employee
/// and wave (every survey request starts here).
pub async fn find_invitation(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> anyhow::Result<Option<InvitationInfo>> {
    let found = invitation::Entity::find()
        .select_only()
        .columns([
            invitation::Column::Id,
            invitation::Column::Kind,
            invitation::Column::WaveId,
            invitation::Column::ExpiresAt,
            invitation::Column::Answered,
            invitation::Column::ContextLabel,
        ])
        .column_as(employee::Column::Locale, "employee_locale")
        .column_as(employee::Column::DepartmentId, "employee_department_id")
        .column_as(wave::Column::QuestionnaireId, "wave_questionnaire_id")
        .column_as(wave::Column::State, "wave_state")
        .column_as(wave::Column::ClosesAt, "wave_closes_at")
        .join(JoinType::InnerJoin, invitation::Relation::Employee.def())
        .join(JoinType::LeftJoin, invitation::Relation::Wave.def())
        .filter(invitation::Column::TokenHash.eq(token_hash))
        .into_model::<InvitationRow>()
        .one(db)
        .await
        .context("Failed to look up an invitation by token hash")?;
    Ok(found.map(|row| {
        let wave = match (
            row.wave_questionnaire_id,
            row.wave_state,
            row.wave_closes_at,
        ) {
            (Some(questionnaire_id), Some(state), Some(closes_at)) => Some(WaveInfo {
                questionnaire_id,
                state,
                closes_at,
            }),
            _ => None,
        };
        InvitationInfo {
            id: row.id,
            kind: row.kind,
            wave_id: row.wave_id,
            wave,
            expires_at: row.expires_at,
            answered: row.answered,
            context_label: row.context_label,
            employee_locale: row.employee_locale,
            employee_department_id: row.employee_department_id,
        }
    }))
}

/// The sections of an invitation in display order, with service, standard and provider name.
pub async fn sections(
    db: &impl ConnectionTrait,
    invitation_id: i32,
) -> anyhow::Result<Vec<Section>> {
    let rows = invitation_section::Entity::find()
        .filter(invitation_section::Column::InvitationId.eq(invitation_id))
        .order_by_asc(invitation_section::Column::Position)
        .order_by_asc(invitation_section::Column::RelationshipId)
        .find_also_related(relationship::Entity)
        .all(db)
        .await
        .context("Failed to load the invitation's sections")?;
    let relationships: Vec<relationship::Model> = rows
        .into_iter()
        .filter_map(|(_, relationship)| relationship)
        .collect();
    let provider_ids: Vec<i32> = relationships
        .iter()
        .map(|r| r.provider_department_id)
        .collect();
    let providers: HashMap<i32, String> = department::Entity::find()
        .filter(department::Column::Id.is_in(provider_ids))
        .all(db)
        .await
        .context("Failed to load the providing departments")?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    Ok(relationships
        .into_iter()
        .map(|r| Section {
            relationship_id: r.id,
            provider: providers
                .get(&r.provider_department_id)
                .cloned()
                .unwrap_or_default(),
            service: r.service_name,
            standard: r.service_standard.filter(|s| !s.trim().is_empty()),
        })
        .collect())
}

/// The questions of a questionnaire in order, each with its stored translations.
pub async fn questions(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
) -> anyhow::Result<Vec<Question>> {
    let rows = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .order_by_asc(question::Column::Position)
        .find_with_related(question_translation::Entity)
        .all(db)
        .await
        .context("Failed to load the questionnaire's questions")?;
    Ok(rows
        .into_iter()
        .map(|(q, translations)| model(q, translations))
        .collect())
}

/// One question with its stored translations (for pages that quote it).
pub async fn question(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<Question>> {
    let found = question::Entity::find_by_id(id)
        .find_with_related(question_translation::Entity)
        .all(db)
        .await
        .context("Failed to load a question")?;
    Ok(found
        .into_iter()
        .next()
        .map(|(q, translations)| model(q, translations)))
}

fn model(q: question::Model, translations: Vec<question_translation::Model>) -> Question {
    Question {
        id: q.id,
        kind: q.kind,
        dimension: q.dimension,
        required: q.required,
        option_count: q.option_count,
        message_key: q.message_key,
        translations: translations
            .into_iter()
            .map(|t| Translation {
                locale: t.locale,
                prompt: t.prompt,
                help: t.help,
                options: t.options,
            })
            .collect(),
    }
}

/// The questionnaire a touchpoint survey uses: the shipped "Internal service pulse"
/// (`builtin_key = internal-service-pulse`) or, without it, the newest questionnaire that is
/// not archived. `None` when there is no questionnaire at all.
pub async fn touchpoint_questionnaire(db: &impl ConnectionTrait) -> anyhow::Result<Option<i32>> {
    let builtin = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq(TOUCHPOINT_QUESTIONNAIRE_KEY))
        .one(db)
        .await
        .context("Failed to look up the built-in questionnaire")?;
    if let Some(found) = builtin {
        return Ok(Some(found.id));
    }
    Ok(questionnaire::Entity::find()
        .filter(questionnaire::Column::Archived.eq(false))
        .order_by_desc(questionnaire::Column::Id)
        .one(db)
        .await
        .context("Failed to look up the newest questionnaire")?
        .map(|q| q.id))
}
