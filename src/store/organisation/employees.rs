//! Employees: the internal customers. Listing with search, filters and pages; adding and
//! editing with the uniqueness of email and external id checked; (de)activation.

use crate::domain::{EmailAddress, ExternalId, Locale, PersonName, Refusal};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{department, employee};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

/// Rows per page of the employee list.
pub const PAGE_SIZE: u64 = 50;

/// Which employees a list shows by status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum StatusFilter {
    #[default]
    Active,
    Inactive,
    All,
}

impl StatusFilter {
    /// Parses `active`, `inactive` or `all`; anything else is the default (active).
    pub fn parse(raw: &str) -> Self {
        match raw {
            "inactive" => Self::Inactive,
            "all" => Self::All,
            _ => Self::Active,
        }
    }

    /// The value as it appears in a query string.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::All => "all",
        }
    }
}

/// What to list.
#[derive(Clone, Debug, Default)]
pub struct EmployeeFilter {
    /// Part of the name or email, case-insensitive.
    pub search: Option<String>,
    pub department_id: Option<i32>,
    pub status: StatusFilter,
}

/// An employee as shown and returned by the API.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct EmployeeView {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub department_id: i32,
    pub department_name: String,
    pub locale: String,
    pub active: bool,
    pub external_id: Option<String>,
    pub updated_at: DateTime<Utc>,
}

/// One page of a list.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct EmployeePage {
    pub items: Vec<EmployeeView>,
    /// 1-based page number actually shown (clamped to the last page).
    pub page: u64,
    /// Number of pages, at least 1.
    pub pages: u64,
    /// Number of matching employees.
    pub total: u64,
}

/// Validated data of an employee, from the form or the API.
#[derive(Clone, Debug)]
pub struct EmployeeInput {
    pub email: EmailAddress,
    pub name: PersonName,
    pub department_id: i32,
    pub locale: Locale,
    pub external_id: Option<ExternalId>,
}

fn view(model: employee::Model, department: Option<department::Model>) -> EmployeeView {
    EmployeeView {
        id: model.id,
        email: model.email,
        name: model.name,
        department_id: model.department_id,
        department_name: department.map(|d| d.name).unwrap_or_default(),
        locale: model.locale,
        active: model.active,
        external_id: model.external_id,
        updated_at: model.updated_at,
    }
}

/// One page (1-based) of the employees matching `filter`, by name.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &EmployeeFilter,
    page: u64,
) -> anyhow::Result<EmployeePage> {
    let mut query = employee::Entity::find();
    if let Some(matching) = crate::store::search::any_contains(
        filter.search.as_deref(),
        &[employee::Column::Name, employee::Column::Email],
    ) {
        query = query.filter(matching);
    }
    if let Some(department_id) = filter.department_id {
        query = query.filter(employee::Column::DepartmentId.eq(department_id));
    }
    query = match filter.status {
        StatusFilter::Active => query.filter(employee::Column::Active.eq(true)),
        StatusFilter::Inactive => query.filter(employee::Column::Active.eq(false)),
        StatusFilter::All => query,
    };
    let total = query
        .clone()
        .count(db)
        .await
        .context("Failed to count employees")?;
    let pages = Ord::max(total.div_ceil(PAGE_SIZE), 1);
    let page = page.clamp(1, pages);
    let rows = query
        .find_also_related(department::Entity)
        .order_by_asc(employee::Column::Name)
        .order_by_asc(employee::Column::Id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await
        .context("Failed to list employees")?;
    Ok(EmployeePage {
        items: rows.into_iter().map(|(e, d)| view(e, d)).collect(),
        page,
        pages,
        total,
    })
}

/// The employee `id`, if it exists.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<EmployeeView>> {
    Ok(employee::Entity::find_by_id(id)
        .find_also_related(department::Entity)
        .one(db)
        .await
        .context("Failed to load an employee")?
        .map(|(e, d)| view(e, d)))
}

async fn check(
    db: &impl ConnectionTrait,
    input: &EmployeeInput,
    except: Option<i32>,
) -> anyhow::Result<Option<Refusal>> {
    let other = |query: sea_orm::Select<employee::Entity>| match except {
        Some(id) => query.filter(employee::Column::Id.ne(id)),
        None => query,
    };
    if department::Entity::find_by_id(input.department_id)
        .one(db)
        .await
        .context("Failed to look up a department")?
        .is_none()
    {
        return Ok(Some(Refusal::DepartmentNotFound));
    }
    let email_taken = other(employee::Entity::find())
        .filter(employee::Column::Email.eq(input.email.as_str()))
        .count(db)
        .await
        .context("Failed to check an employee email")?
        > 0;
    if email_taken {
        return Ok(Some(Refusal::EmailTaken));
    }
    if let Some(external_id) = &input.external_id {
        let taken = other(employee::Entity::find())
            .filter(employee::Column::ExternalId.eq(external_id.as_str()))
            .count(db)
            .await
            .context("Failed to check an external id")?
            > 0;
        if taken {
            return Ok(Some(Refusal::ExternalIdTaken));
        }
    }
    Ok(None)
}

fn fields(input: &EmployeeInput) -> employee::ActiveModel {
    employee::ActiveModel {
        email: Set(input.email.as_str().to_owned()),
        name: Set(input.name.as_str().to_owned()),
        department_id: Set(input.department_id),
        locale: Set(input.locale.as_str().to_owned()),
        external_id: Set(input.external_id.as_ref().map(|id| id.as_str().to_owned())),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
}

/// Adds an active employee; returns its id.
pub async fn create(
    db: &impl ConnectionTrait,
    input: &EmployeeInput,
) -> anyhow::Result<Result<i32, Refusal>> {
    if let Some(refusal) = check(db, input, None).await? {
        return Ok(Err(refusal));
    }
    let mut model = fields(input);
    model.active = Set(true);
    model.created_at = Set(Utc::now());
    let model = model
        .insert(db)
        .await
        .context("Failed to create an employee")?;
    Ok(Ok(model.id))
}

/// Changes employee `id`'s data.
pub async fn update(
    db: &impl ConnectionTrait,
    id: i32,
    input: &EmployeeInput,
) -> anyhow::Result<Result<(), Refusal>> {
    if employee::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load an employee")?
        .is_none()
    {
        return Ok(Err(Refusal::NotFound));
    }
    if let Some(refusal) = check(db, input, Some(id)).await? {
        return Ok(Err(refusal));
    }
    let mut model = fields(input);
    model.id = Set(id);
    model
        .update(db)
        .await
        .context("Failed to update an employee")?;
    Ok(Ok(()))
}

/// Activates or deactivates employee `id`; `false` when there is no such employee.
pub async fn set_active(db: &impl ConnectionTrait, id: i32, active: bool) -> anyhow::Result<bool> {
    let result = employee::Entity::update_many()
        .col_expr(employee::Column::Active, Expr::value(active))
        .col_expr(employee::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(employee::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to change an employee's status")?;
    Ok(result.rows_affected > 0)
}
