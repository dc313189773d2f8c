//! Creating invitations and their sections, and the rotation bookkeeping (what their emails need is
//! read by `store::invitations::invitation_mail`). Writes go in batches (`insert_many`, chunked to
//! stay under SQLite's bind-parameter limit), so opening a wave for thousands of employees is a
//! handful of statements. Nothing here knows who answered what: invitations carry only the
//! `answered` flag.
//!
//! Beside it: the lookup behind every survey request (`lookup`), what invitation emails need
//! (`invitation_mail`), their delivery (`invitation_delivery`, `delivery_report`) and reissuing
//! them to a new address (`invitation_reissue`).

pub mod delivery_report;
pub mod invitation_delivery;
pub mod invitation_mail;
pub mod invitation_reissue;
pub mod lookup;

use crate::domain::assignment::{Asked, Candidate};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, DeliveryState, InvitationKind};
use entity::{department, employee, invitation_section, relationship, section_history};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Rows per `INSERT` of invitations (17 columns: well below SQLite's 32,766 parameters).
const INVITATION_CHUNK: usize = 1000;
/// Rows per `INSERT` of the three-column link tables.
const LINK_CHUNK: usize = 5000;

/// An invitation to create.
#[derive(Clone, Debug)]
pub struct NewInvitation {
    /// Wave or touchpoint.
    pub kind: InvitationKind,
    /// The wave; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// The invited employee.
    pub employee_id: i32,
    /// Hex SHA-256 of the survey token.
    pub token_hash: String,
    /// Touchpoint context, e.g. "ticket #4711".
    pub context_label: Option<String>,
    /// Touchpoint expiry.
    pub expires_at: Option<DateTime<Utc>>,
    /// `Pending` for the dispatcher; `Sending` when the creator sends it itself.
    pub delivery_state: DeliveryState,
    /// The creator's lease while `Sending`.
    pub claimed_until: Option<DateTime<Utc>>,
    /// Attempts already counted (1 when the creator sends it itself).
    pub attempts: i32,
    /// Creation time, cut to microseconds (it is part of the token).
    pub created_at: DateTime<Utc>,
    /// The employee's address now: where the invitation and its reminders go.
    pub email: String,
    /// The employee's department now: the group the answers count in.
    pub department_id: i32,
}

impl NewInvitation {
    fn into_active(self) -> invitation::ActiveModel {
        invitation::ActiveModel {
            wave_id: Set(self.wave_id),
            kind: Set(self.kind),
            employee_id: Set(self.employee_id),
            token_hash: Set(self.token_hash),
            context_label: Set(self.context_label),
            expires_at: Set(self.expires_at),
            delivery_state: Set(self.delivery_state),
            attempts: Set(self.attempts),
            next_attempt_at: Set(None),
            claimed_until: Set(self.claimed_until),
            last_error: Set(None),
            sent_at: Set(None),
            reminders_sent: Set(0),
            next_reminder_at: Set(None),
            answered: Set(false),
            created_at: Set(self.created_at),
            email: Set(Some(self.email)),
            department_id: Set(Some(self.department_id)),
            ..Default::default()
        }
    }
}

/// Active employees as (id, department id, address).
pub async fn active_employees(
    db: &impl ConnectionTrait,
) -> anyhow::Result<Vec<(i32, i32, String)>> {
    employee::Entity::find()
        .select_only()
        .column(employee::Column::Id)
        .column(employee::Column::DepartmentId)
        .column(employee::Column::Email)
        .filter(employee::Column::Active.eq(true))
        .order_by_asc(employee::Column::Id)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load active employees")
}

/// Every department's parent.
pub async fn department_parents(
    db: &impl ConnectionTrait,
) -> anyhow::Result<HashMap<i32, Option<i32>>> {
    let rows: Vec<(i32, Option<i32>)> = department::Entity::find()
        .select_only()
        .column(department::Column::Id)
        .column(department::Column::ParentId)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load the department tree")?;
    Ok(rows.into_iter().collect())
}

/// Relationships as assignment candidates.
pub fn candidates(relationships: &[relationship::Model]) -> Vec<Candidate> {
    relationships
        .iter()
        .map(|r| Candidate {
            id: r.id,
            provider_department_id: r.provider_department_id,
            customer_department_id: r.customer_department_id,
        })
        .collect()
}

/// Rotation history of these relationships, by (employee id, relationship id).
pub async fn section_history(
    db: &impl ConnectionTrait,
    relationship_ids: &[i32],
) -> anyhow::Result<HashMap<(i32, i32), Asked>> {
    let rows = section_history::Entity::find()
        .filter(section_history::Column::RelationshipId.is_in(relationship_ids.iter().copied()))
        .all(db)
        .await
        .context("Failed to load the section history")?;
    Ok(rows
        .into_iter()
        .map(|row| {
            (
                (row.employee_id, row.relationship_id),
                Asked {
                    last_asked_at: row.last_asked_at,
                    times_asked: row.times_asked,
                    rotating_asked: row.rotating_asked,
                },
            )
        })
        .collect())
}

/// Inserts invitations in batches.
pub async fn insert_all(
    db: &impl ConnectionTrait,
    invitations: Vec<NewInvitation>,
) -> anyhow::Result<()> {
    let mut rows = invitations
        .into_iter()
        .map(NewInvitation::into_active)
        .peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(INVITATION_CHUNK).collect();
        invitation::Entity::insert_many(chunk)
            .exec_without_returning(db)
            .await
            .context("Failed to create invitations")?;
    }
    Ok(())
}

/// The wave's invitation ids by employee.
pub async fn ids_by_employee(
    db: &impl ConnectionTrait,
    wave_id: i32,
) -> anyhow::Result<HashMap<i32, i32>> {
    let rows: Vec<(i32, i32)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::EmployeeId)
        .column(invitation::Column::Id)
        .filter(invitation::Column::WaveId.eq(wave_id))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to read back the wave's invitations")?;
    Ok(rows.into_iter().collect())
}

/// The invitation with this token hash.
pub async fn find_by_token_hash(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> anyhow::Result<Option<invitation::Model>> {
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(token_hash))
        .one(db)
        .await
        .context("Failed to find an invitation")
}

/// One section of a new invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewSection {
    /// The invitation.
    pub invitation_id: i32,
    /// The relationship asked about.
    pub relationship_id: i32,
    /// Display order.
    pub position: i32,
    /// Where its rotating questions start (`waves::rotation`).
    pub rotating_from: i32,
    /// How many rotating questions it asks.
    pub rotating_count: i32,
}

/// Inserts sections, in batches.
pub async fn insert_sections(
    db: &impl ConnectionTrait,
    sections: &[NewSection],
) -> anyhow::Result<()> {
    for chunk in sections.chunks(LINK_CHUNK) {
        let rows = chunk.iter().map(|section| invitation_section::ActiveModel {
            invitation_id: Set(section.invitation_id),
            relationship_id: Set(section.relationship_id),
            position: Set(section.position),
            rotating_from: Set(Some(section.rotating_from)),
            rotating_count: Set(section.rotating_count),
        });
        invitation_section::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await
            .context("Failed to store invitation sections")?;
    }
    Ok(())
}

/// One service an employee was asked about, for rotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AskedNow {
    /// The employee.
    pub employee_id: i32,
    /// The relationship.
    pub relationship_id: i32,
    /// The employee's rotation counter for it after this wave (`None`: no rotating question
    /// of it asked yet).
    pub rotating_asked: Option<i32>,
}

/// Records that each employee was asked about each relationship at `at`, with their rotation
/// counter after it.
pub async fn record_asked(
    db: &impl ConnectionTrait,
    asked: &[AskedNow],
    at: DateTime<Utc>,
) -> anyhow::Result<()> {
    for chunk in asked.chunks(LINK_CHUNK) {
        let rows = chunk.iter().map(|one| section_history::ActiveModel {
            employee_id: Set(one.employee_id),
            relationship_id: Set(one.relationship_id),
            last_asked_at: Set(at),
            times_asked: Set(1),
            rotating_asked: Set(one.rotating_asked),
        });
        let upsert = OnConflict::columns([
            section_history::Column::EmployeeId,
            section_history::Column::RelationshipId,
        ])
        .update_columns([
            section_history::Column::LastAskedAt,
            section_history::Column::RotatingAsked,
        ])
        .value(
            section_history::Column::TimesAsked,
            Expr::col((section_history::Entity, section_history::Column::TimesAsked)).add(1),
        )
        .to_owned();
        section_history::Entity::insert_many(rows)
            .on_conflict(upsert)
            .exec_without_returning(db)
            .await
            .context("Failed to update the section history")?;
    }
    Ok(())
}

/// The rotation counter of one employee for one service (`None` when never asked a rotating
/// question of it).
pub async fn rotation_counter(
    db: &impl ConnectionTrait,
    employee_id: i32,
    relationship_id: i32,
) -> anyhow::Result<Option<i32>> {
    let row = section_history::Entity::find_by_id((employee_id, relationship_id))
        .one(db)
        .await
        .context("Failed to load a rotation counter")?;
    Ok(row.and_then(|row| row.rotating_asked))
}

/// Moves an employee's rotation counter for a service on, where they have a rotation history
/// (a touchpoint does not count as being asked in a wave).
pub async fn set_rotation_counter(
    db: &impl ConnectionTrait,
    employee_id: i32,
    relationship_id: i32,
    counter: i32,
) -> anyhow::Result<()> {
    section_history::Entity::update_many()
        .col_expr(section_history::Column::RotatingAsked, Expr::value(counter))
        .filter(section_history::Column::EmployeeId.eq(employee_id))
        .filter(section_history::Column::RelationshipId.eq(relationship_id))
        .exec(db)
        .await
        .context("Failed to move a rotation counter on")?;
    Ok(())
}
