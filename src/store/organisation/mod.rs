//! The organisation: departments, employees and the service relationships between
//! departments. Writes here are plain inserts; callers run them inside a transaction.
//!
//! Beside it: `departments`, `employees`, applying an import (`employee_import`) and the
//! counts of HR's start page (`organisation_counts`).

pub mod departments;
pub mod employee_import;
pub mod employees;
pub mod organisation_counts;

use crate::domain::{EmailAddress, Locale};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{department, employee, relationship};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// Rows per multi-row statement: far below the bind-variable limits of SQLite (32,766) and
/// PostgreSQL (65,535) for tables of up to a few dozen columns.
pub const ROWS_PER_STATEMENT: usize = 500;

/// What is needed to create an employee.
pub struct NewEmployee {
    /// Email address; unique.
    pub email: EmailAddress,
    /// Full name.
    pub name: String,
    /// The department the employee works in.
    pub department_id: i32,
    /// Preferred language for surveys.
    pub locale: Locale,
    /// Key in the HRIS, if any.
    pub external_id: Option<String>,
}

/// What is needed to create a provider → customer relationship.
pub struct NewRelationship {
    /// The providing department.
    pub provider_department_id: i32,
    /// The department served; `None` for the whole organisation.
    pub customer_department_id: Option<i32>,
    /// Name of the service, e.g. "IT helpdesk".
    pub service_name: String,
    /// The provider's promise, if any.
    pub service_standard: Option<String>,
}

/// True when at least one department exists (the organisation has been set up).
pub async fn has_departments(db: &impl ConnectionTrait) -> anyhow::Result<bool> {
    let any = department::Entity::find()
        .one(db)
        .await
        .context("Failed to check whether departments exist")?;
    Ok(any.is_some())
}

/// Inserts a department; returns its id.
pub async fn insert_department(
    db: &impl ConnectionTrait,
    name: &str,
    parent_id: Option<i32>,
    created_at: DateTime<Utc>,
) -> anyhow::Result<i32> {
    let model = department::ActiveModel {
        name: Set(name.to_owned()),
        parent_id: Set(parent_id),
        created_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .with_context(|| format!("Failed to insert the department `{name}`"))?;
    Ok(model.id)
}

/// Inserts active employees with multi-row statements and returns the stored rows (in no
/// particular order).
pub async fn insert_employees(
    db: &impl ConnectionTrait,
    employees: Vec<NewEmployee>,
    created_at: DateTime<Utc>,
) -> anyhow::Result<Vec<employee::Model>> {
    let emails: Vec<String> = employees
        .iter()
        .map(|new| new.email.as_str().to_owned())
        .collect();
    let mut rows = employees.into_iter().map(|new| employee::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        name: Set(new.name),
        department_id: Set(new.department_id),
        locale: Set(new.locale.as_str().to_owned()),
        active: Set(true),
        external_id: Set(new.external_id),
        created_at: Set(created_at),
        updated_at: Set(created_at),
        ..Default::default()
    });
    loop {
        let chunk: Vec<_> = rows.by_ref().take(ROWS_PER_STATEMENT).collect();
        if chunk.is_empty() {
            break;
        }
        employee::Entity::insert_many(chunk)
            .exec_without_returning(db)
            .await
            .context("Failed to insert employees")?;
    }
    let mut stored = Vec::with_capacity(emails.len());
    for chunk in emails.chunks(ROWS_PER_STATEMENT) {
        let found = employee::Entity::find()
            .filter(employee::Column::Email.is_in(chunk.iter().cloned()))
            .all(db)
            .await
            .context("Failed to read back inserted employees")?;
        stored.extend(found);
    }
    Ok(stored)
}

/// Inserts an active relationship; returns its id.
pub async fn insert_relationship(
    db: &impl ConnectionTrait,
    new: NewRelationship,
    created_at: DateTime<Utc>,
) -> anyhow::Result<i32> {
    let service_name = new.service_name.clone();
    let model = relationship::ActiveModel {
        provider_department_id: Set(new.provider_department_id),
        customer_department_id: Set(new.customer_department_id),
        service_name: Set(new.service_name),
        service_standard: Set(new.service_standard),
        active: Set(true),
        touchpoint_repeat_days: Set(None),
        created_at: Set(created_at),
        ..Default::default()
    }
    .insert(db)
    .await
    .with_context(|| format!("Failed to insert the relationship `{service_name}`"))?;
    Ok(model.id)
}
