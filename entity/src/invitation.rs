//! `invitation` table: one survey link for one employee (per wave, or a touchpoint) and its
//! delivery state. Holds only an `answered` flag: no answer time, no `updated_at` (anonymity).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Whether an invitation belongs to a wave or was triggered by a touchpoint.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum InvitationKind {
    /// Part of a wave; `wave_id` is set.
    #[sea_orm(string_value = "wave")]
    Wave,
    /// Sent after an interaction through the API; `wave_id` is null.
    #[sea_orm(string_value = "touchpoint")]
    Touchpoint,
}

/// Delivery state of an outgoing email (invitations and `mail_outbox`).
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum DeliveryState {
    /// Waiting to be claimed by a dispatcher (possibly after `next_attempt_at`).
    #[sea_orm(string_value = "pending")]
    Pending,
    /// Claimed by a dispatcher until `claimed_until`.
    #[sea_orm(string_value = "sending")]
    Sending,
    /// Handed to the mail server.
    #[sea_orm(string_value = "sent")]
    Sent,
    /// Gave up after the last retry; `last_error` says why.
    #[sea_orm(string_value = "failed")]
    Failed,
}

/// An invitation; the survey token itself is never stored, only its hash.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The wave; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// Wave or touchpoint.
    pub kind: InvitationKind,
    /// The invited employee.
    pub employee_id: i32,
    /// Hex SHA-256 of the survey token; unique.
    #[sea_orm(column_type = "String(StringLen::N(64))", unique)]
    pub token_hash: String,
    /// Touchpoint context shown to the employee, e.g. "ticket #4711".
    #[sea_orm(column_type = "String(StringLen::N(120))", nullable)]
    pub context_label: Option<String>,
    /// Touchpoint link expiry; wave links use `wave.closes_at`.
    pub expires_at: Option<DateTimeUtc>,
    /// Delivery state of the invitation email.
    pub delivery_state: DeliveryState,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// Earliest next delivery attempt (backoff).
    pub next_attempt_at: Option<DateTimeUtc>,
    /// End of the claiming dispatcher's lease while `sending`.
    pub claimed_until: Option<DateTimeUtc>,
    /// Reason of the last failed attempt, shown to HR.
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// When the email was handed to the mail server.
    pub sent_at: Option<DateTimeUtc>,
    /// Reminders sent so far.
    pub reminders_sent: i32,
    /// When the next reminder is due.
    pub next_reminder_at: Option<DateTimeUtc>,
    /// Whether the link has been used; deliberately without a timestamp.
    pub answered: bool,
    /// When the invitation was created.
    pub created_at: DateTimeUtc,
    /// The address the invitation and its reminders go to: the employee's address when it
    /// was created (or reissued). A later change of the employee's address does not move it.
    #[sea_orm(column_type = "String(StringLen::N(254))", nullable)]
    pub email: Option<String>,
    /// The employee's department when the invitation was created: the group its answers
    /// count in, whatever the employee's department is later.
    pub department_id: Option<i32>,
}

/// Foreign keys of `invitation` and the tables that hang off it.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The wave (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::wave::Entity",
        from = "Column::WaveId",
        to = "super::wave::Column::Id",
        on_delete = "Cascade"
    )]
    Wave,
    /// The employee (ON DELETE RESTRICT).
    #[sea_orm(
        belongs_to = "super::employee::Entity",
        from = "Column::EmployeeId",
        to = "super::employee::Column::Id",
        on_delete = "Restrict"
    )]
    Employee,
    /// The sections (relationships) assigned to this invitation.
    #[sea_orm(has_many = "super::invitation_section::Entity")]
    InvitationSection,
}

impl Related<super::wave::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Wave.def()
    }
}

impl Related<super::employee::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Employee.def()
    }
}

impl Related<super::invitation_section::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::InvitationSection.def()
    }
}

/// Relationships asked about in this invitation, through `invitation_section`.
impl Related<super::relationship::Entity> for Entity {
    fn to() -> RelationDef {
        super::invitation_section::Relation::Relationship.def()
    }

    fn via() -> Option<RelationDef> {
        Some(super::invitation_section::Relation::Invitation.def().rev())
    }
}

impl ActiveModelBehavior for ActiveModel {}
