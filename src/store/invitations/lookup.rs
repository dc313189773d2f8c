//! Reads behind every survey request, without question texts: the invitations behind token hashes
//! with their employee, wave and sections (service, provider, standard) in one query (for one link,
//! or for a whole batch of submitted forms), one invitation alone (checked before a posted form is
//! read), and the question keys of a questionnaire. The survey page's reads (with texts) live in
//! `store::survey`.

use crate::domain::survey::{QuestionKey, Section, service_standard};
use crate::store::survey::{InvitationInfo, WaveInfo};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, InvitationKind};
use entity::question::{self, Dimension, QuestionKind};
use entity::wave::{self, WaveState};
use entity::{department, employee, invitation_section, relationship};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait, Select,
};
use std::collections::HashMap;

/// One row of the lookup: the invitation, its employee, its wave and one of its sections.
#[derive(FromQueryResult)]
struct TargetRow {
    token_hash: String,
    id: i32,
    kind: InvitationKind,
    wave_id: Option<i32>,
    employee_id: i32,
    expires_at: Option<DateTime<Utc>>,
    answered: bool,
    context_label: Option<String>,
    employee_locale: String,
    employee_department_id: i32,
    invitation_department_id: Option<i32>,
    wave_questionnaire_id: Option<i32>,
    wave_state: Option<WaveState>,
    wave_closes_at: Option<DateTime<Utc>>,
    section_relationship_id: Option<i32>,
    section_service: Option<String>,
    section_provider: Option<String>,
    section_standard: Option<String>,
    section_rotating_from: Option<i32>,
    section_rotating_count: Option<i32>,
}

/// An invitation as a survey request needs it, with its sections in display order.
pub type Target = (InvitationInfo, Vec<Section>);

/// The invitation whose token hashes to `token_hash`, with its employee, wave and sections in
/// display order; one query (every survey request starts here).
pub async fn find_target(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> anyhow::Result<Option<Target>> {
    let mut found = find_targets(db, &[token_hash]).await?;
    Ok(found.remove(token_hash))
}

/// The invitations whose tokens hash to `token_hashes`, by hash (unknown ones are missing),
/// each as [`find_target`] gives it; one query for all.
pub async fn find_targets(
    db: &impl ConnectionTrait,
    token_hashes: &[&str],
) -> anyhow::Result<HashMap<String, Target>> {
    let rows = with_invitation_columns(invitation::Entity::find())
        .column(invitation::Column::TokenHash)
        .column_as(
            invitation_section::Column::RelationshipId,
            "section_relationship_id",
        )
        .column_as(relationship::Column::ServiceName, "section_service")
        .column_as(department::Column::Name, "section_provider")
        .column_as(relationship::Column::ServiceStandard, "section_standard")
        .column_as(
            invitation_section::Column::RotatingFrom,
            "section_rotating_from",
        )
        .column_as(
            invitation_section::Column::RotatingCount,
            "section_rotating_count",
        )
        .join(
            JoinType::LeftJoin,
            invitation::Relation::InvitationSection.def(),
        )
        .join(
            JoinType::LeftJoin,
            invitation_section::Relation::Relationship.def(),
        )
        .join(
            JoinType::LeftJoin,
            relationship::Relation::ProviderDepartment.def(),
        )
        .filter(invitation::Column::TokenHash.is_in(token_hashes.iter().copied()))
        .order_by_asc(invitation::Column::Id)
        .order_by_asc(invitation_section::Column::Position)
        .order_by_asc(invitation_section::Column::RelationshipId)
        .into_model::<TargetRow>()
        .all(db)
        .await
        .context("Failed to look up invitations by token hash")?;
    let mut found: HashMap<String, Target> = HashMap::with_capacity(token_hashes.len());
    for row in rows {
        let section = row.section_relationship_id.map(|id| Section {
            relationship_id: id,
            service: row.section_service.clone().unwrap_or_default(),
            provider: row.section_provider.clone().unwrap_or_default(),
            standard: service_standard(row.section_standard.clone()),
            rotating_from: row.section_rotating_from,
            rotating_count: row.section_rotating_count.unwrap_or(0),
            rotating: Vec::new(),
        });
        let (_, sections) = found
            .entry(row.token_hash.clone())
            .or_insert_with(|| (invitation_info(row), Vec::new()));
        sections.extend(section);
    }
    Ok(found)
}

/// The invitation of a lookup row.
fn invitation_info(row: TargetRow) -> InvitationInfo {
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
        employee_id: row.employee_id,
        wave,
        expires_at: row.expires_at,
        answered: row.answered,
        context_label: row.context_label,
        employee_locale: row.employee_locale,
        // The department at the wave's opening; rows older than that snapshot use the
        // employee's.
        employee_department_id: row
            .invitation_department_id
            .unwrap_or(row.employee_department_id),
    }
}

/// One row of the invitation-only lookup: the invitation, its employee and its wave.
#[derive(FromQueryResult)]
struct InvitationRow {
    id: i32,
    kind: InvitationKind,
    wave_id: Option<i32>,
    employee_id: i32,
    expires_at: Option<DateTime<Utc>>,
    answered: bool,
    context_label: Option<String>,
    employee_locale: String,
    employee_department_id: i32,
    invitation_department_id: Option<i32>,
    wave_questionnaire_id: Option<i32>,
    wave_state: Option<WaveState>,
    wave_closes_at: Option<DateTime<Utc>>,
}

/// Selects what both lookups read of an invitation, its employee and its wave (joined).
fn with_invitation_columns(query: Select<invitation::Entity>) -> Select<invitation::Entity> {
    query
        .select_only()
        .columns([
            invitation::Column::Id,
            invitation::Column::Kind,
            invitation::Column::WaveId,
            invitation::Column::EmployeeId,
            invitation::Column::ExpiresAt,
            invitation::Column::Answered,
            invitation::Column::ContextLabel,
        ])
        .column_as(employee::Column::Locale, "employee_locale")
        .column_as(employee::Column::DepartmentId, "employee_department_id")
        .column_as(invitation::Column::DepartmentId, "invitation_department_id")
        .column_as(wave::Column::QuestionnaireId, "wave_questionnaire_id")
        .column_as(wave::Column::State, "wave_state")
        .column_as(wave::Column::ClosesAt, "wave_closes_at")
        .join(JoinType::InnerJoin, invitation::Relation::Employee.def())
        .join(JoinType::LeftJoin, invitation::Relation::Wave.def())
}

/// The invitation whose token hashes to `token_hash`, with its employee and wave but without
/// sections: one single-row query, for deciding whether a posted form may be read at all.
pub async fn find_invitation(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> anyhow::Result<Option<InvitationInfo>> {
    let row = with_invitation_columns(invitation::Entity::find())
        .filter(invitation::Column::TokenHash.eq(token_hash))
        .into_model::<InvitationRow>()
        .one(db)
        .await
        .context("Failed to look up an invitation by token hash")?;
    Ok(row.map(|row| {
        invitation_info(TargetRow {
            token_hash: String::new(),
            id: row.id,
            kind: row.kind,
            wave_id: row.wave_id,
            employee_id: row.employee_id,
            expires_at: row.expires_at,
            answered: row.answered,
            context_label: row.context_label,
            employee_locale: row.employee_locale,
            employee_department_id: row.employee_department_id,
            invitation_department_id: row.invitation_department_id,
            wave_questionnaire_id: row.wave_questionnaire_id,
            wave_state: row.wave_state,
            wave_closes_at: row.wave_closes_at,
            section_relationship_id: None,
            section_service: None,
            section_provider: None,
            section_standard: None,
            section_rotating_from: None,
            section_rotating_count: None,
        })
    }))
}

/// The questions of a questionnaire in order, without their texts: what validating a
/// submission needs.
pub async fn question_keys(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
) -> anyhow::Result<Vec<QuestionKey>> {
    let rows: Vec<(i32, QuestionKind, Dimension, bool, bool, i32)> = question::Entity::find()
        .select_only()
        .columns([
            question::Column::Id,
            question::Column::Kind,
            question::Column::Dimension,
            question::Column::Required,
            question::Column::Core,
            question::Column::OptionCount,
        ])
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .order_by_asc(question::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load the questionnaire's questions")?;
    Ok(rows
        .into_iter()
        .map(
            |(id, kind, dimension, required, core, option_count)| QuestionKey {
                id,
                kind,
                dimension,
                required,
                core,
                option_count,
            },
        )
        .collect())
}
