//! Touchpoint lookups: the employee an integration names (by email or HRIS id), the
//! relationship, and whether that employee already got a touchpoint about it recently.

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, InvitationKind};
use entity::{employee, invitation_section, relationship};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

/// How an integration names the employee.
#[derive(Clone, Debug)]
pub enum EmployeeKey {
    /// The (lowercase) email address.
    Email(String),
    /// The HRIS key.
    ExternalId(String),
}

/// The employee named by `key`, locked for the rest of the transaction on PostgreSQL so that
/// two touchpoints for the same person are decided one after the other.
pub async fn lock_employee(
    db: &impl ConnectionTrait,
    key: &EmployeeKey,
) -> anyhow::Result<Option<employee::Model>> {
    let query = match key {
        EmployeeKey::Email(email) => {
            employee::Entity::find().filter(employee::Column::Email.eq(email.to_lowercase()))
        }
        EmployeeKey::ExternalId(id) => {
            employee::Entity::find().filter(employee::Column::ExternalId.eq(id.as_str()))
        }
    };
    query
        .lock_exclusive()
        .one(db)
        .await
        .context("Failed to find the touchpoint's employee")
}

/// One relationship.
pub async fn find_relationship(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<relationship::Model>> {
    relationship::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to find the touchpoint's relationship")
}

/// True when the employee got a touchpoint about the relationship after `since`.
pub async fn asked_since(
    db: &impl ConnectionTrait,
    employee_id: i32,
    relationship_id: i32,
    since: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let about_relationship = Query::select()
        .column(invitation_section::Column::InvitationId)
        .from(invitation_section::Entity)
        .and_where(Expr::col(invitation_section::Column::RelationshipId).eq(relationship_id))
        .to_owned();
    let count = invitation::Entity::find()
        .filter(invitation::Column::Kind.eq(InvitationKind::Touchpoint))
        .filter(invitation::Column::EmployeeId.eq(employee_id))
        .filter(invitation::Column::CreatedAt.gt(since))
        .filter(Expr::col(invitation::Column::Id).in_subquery(about_relationship))
        .count(db)
        .await
        .context("Failed to check the touchpoint repeat interval")?;
    Ok(count > 0)
}
