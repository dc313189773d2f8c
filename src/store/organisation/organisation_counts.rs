//! Counts for HR's start page.

use anyhow::Context;
use entity::{account, cycle, department, employee, relationship};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde::Serialize;

/// How big the programme is.
#[derive(Debug, Serialize)]
pub struct OrganisationCounts {
    pub departments: u64,
    pub active_employees: u64,
    pub relationships: u64,
    pub active_cycles: u64,
    pub accounts: u64,
}

/// Counts departments, active employees, relationships, active cycles and accounts.
pub async fn count(db: &impl ConnectionTrait) -> anyhow::Result<OrganisationCounts> {
    Ok(OrganisationCounts {
        departments: department::Entity::find()
            .count(db)
            .await
            .context("Failed to count departments")?,
        active_employees: employee::Entity::find()
            .filter(employee::Column::Active.eq(true))
            .count(db)
            .await
            .context("Failed to count employees")?,
        relationships: relationship::Entity::find()
            .count(db)
            .await
            .context("Failed to count relationships")?,
        active_cycles: cycle::Entity::find()
            .filter(cycle::Column::Active.eq(true))
            .count(db)
            .await
            .context("Failed to count cycles")?,
        accounts: account::Entity::find()
            .count(db)
            .await
            .context("Failed to count accounts")?,
    })
}
