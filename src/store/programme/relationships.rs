//! Service relationships (provider department → customer department or the whole
//! organisation): listing with department names, the checks that need the database, and
//! writes. Deletion is refused once a wave or a response refers to the relationship.

use crate::domain::FieldErrors;
use crate::domain::programme::RelationshipInput;
use anyhow::Context;
use chrono::Utc;
use entity::{action, department, invitation_section, relationship, response, section_history};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::Serialize;
use std::collections::HashMap;

/// A department as offered in pickers.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DepartmentOption {
    pub id: i32,
    pub name: String,
}

/// A relationship with its department names, for lists, the matrix and the API.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RelationshipView {
    pub id: i32,
    pub provider_department_id: i32,
    pub provider_name: String,
    /// `null`: the whole organisation.
    pub customer_department_id: Option<i32>,
    /// `null`: the whole organisation.
    pub customer_name: Option<String>,
    pub service_name: String,
    pub service_standard: Option<String>,
    pub active: bool,
    /// Days between touchpoint surveys per employee; `null` means the default of 30.
    pub touchpoint_repeat_days: Option<i32>,
}

/// Every department, by name.
pub async fn departments(db: &impl ConnectionTrait) -> anyhow::Result<Vec<DepartmentOption>> {
    Ok(department::Entity::find()
        .order_by_asc(department::Column::Name)
        .all(db)
        .await
        .context("Failed to list departments")?
        .into_iter()
        .map(|d| DepartmentOption {
            id: d.id,
            name: d.name,
        })
        .collect())
}

fn view(model: relationship::Model, names: &HashMap<i32, String>) -> RelationshipView {
    RelationshipView {
        id: model.id,
        provider_department_id: model.provider_department_id,
        provider_name: names
            .get(&model.provider_department_id)
            .cloned()
            .unwrap_or_default(),
        customer_department_id: model.customer_department_id,
        customer_name: model
            .customer_department_id
            .map(|id| names.get(&id).cloned().unwrap_or_default()),
        service_name: model.service_name,
        service_standard: model.service_standard,
        active: model.active,
        touchpoint_repeat_days: model.touchpoint_repeat_days,
    }
}

async fn department_names(db: &impl ConnectionTrait) -> anyhow::Result<HashMap<i32, String>> {
    Ok(departments(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect())
}

/// Every relationship, sorted by provider, customer ("whole organisation" first) and service.
pub async fn list(db: &impl ConnectionTrait) -> anyhow::Result<Vec<RelationshipView>> {
    let names = department_names(db).await?;
    let mut views: Vec<RelationshipView> = relationship::Entity::find()
        .all(db)
        .await
        .context("Failed to list relationships")?
        .into_iter()
        .map(|m| view(m, &names))
        .collect();
    views.sort_by(|a, b| {
        (
            a.provider_name.to_lowercase(),
            a.customer_name.as_ref().map(|n| n.to_lowercase()),
            a.service_name.to_lowercase(),
        )
            .cmp(&(
                b.provider_name.to_lowercase(),
                b.customer_name.as_ref().map(|n| n.to_lowercase()),
                b.service_name.to_lowercase(),
            ))
    });
    Ok(views)
}

/// The relationship `id`, if it exists.
pub async fn find(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<relationship::Model>> {
    relationship::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load a relationship")
}

/// The relationship `id` with its department names.
pub async fn find_view(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<RelationshipView>> {
    let Some(model) = find(db, id).await? else {
        return Ok(None);
    };
    Ok(Some(view(model, &department_names(db).await?)))
}

/// The checks that need the database: both departments exist, and no other relationship
/// (than `except`) has the same provider, customer and service name.
pub async fn check(
    db: &impl ConnectionTrait,
    input: &RelationshipInput,
    except: Option<i32>,
) -> anyhow::Result<FieldErrors> {
    let mut errors = FieldErrors::new();
    let exists = |id: i32| async move {
        department::Entity::find_by_id(id)
            .one(db)
            .await
            .context("Failed to look up a department")
            .map(|d| d.is_some())
    };
    if !exists(input.provider_department_id).await? {
        errors.add("provider_department_id", "err-rel-provider-unknown");
    }
    if let Some(customer) = input.customer_department_id
        && !exists(customer).await?
    {
        errors.add("customer_department_id", "err-rel-customer-unknown");
    }
    let mut same = relationship::Entity::find()
        .filter(relationship::Column::ProviderDepartmentId.eq(input.provider_department_id))
        .filter(relationship::Column::ServiceName.eq(input.service_name.as_str()));
    same = match input.customer_department_id {
        Some(customer) => same.filter(relationship::Column::CustomerDepartmentId.eq(customer)),
        None => same.filter(relationship::Column::CustomerDepartmentId.is_null()),
    };
    if let Some(except) = except {
        same = same.filter(relationship::Column::Id.ne(except));
    }
    if same
        .count(db)
        .await
        .context("Failed to check for a duplicate relationship")?
        > 0
    {
        errors.add("service_name", "err-rel-duplicate");
    }
    Ok(errors)
}

/// Stores a new relationship.
pub async fn insert(
    db: &impl ConnectionTrait,
    input: RelationshipInput,
) -> anyhow::Result<relationship::Model> {
    relationship::ActiveModel {
        provider_department_id: Set(input.provider_department_id),
        customer_department_id: Set(input.customer_department_id),
        service_name: Set(input.service_name),
        service_standard: Set(input.service_standard),
        active: Set(input.active),
        touchpoint_repeat_days: Set(input.touchpoint_repeat_days),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to insert a relationship")
}

/// Replaces the fields of relationship `model`.
pub async fn update(
    db: &impl ConnectionTrait,
    model: relationship::Model,
    input: RelationshipInput,
) -> anyhow::Result<relationship::Model> {
    let mut active = model.into_active_model();
    active.provider_department_id = Set(input.provider_department_id);
    active.customer_department_id = Set(input.customer_department_id);
    active.service_name = Set(input.service_name);
    active.service_standard = Set(input.service_standard);
    active.active = Set(input.active);
    active.touchpoint_repeat_days = Set(input.touchpoint_repeat_days);
    active
        .update(db)
        .await
        .context("Failed to update a relationship")
}

/// Activates or deactivates relationship `model`.
pub async fn set_active(
    db: &impl ConnectionTrait,
    model: relationship::Model,
    value: bool,
) -> anyhow::Result<()> {
    let mut active = model.into_active_model();
    active.active = Set(value);
    active
        .update(db)
        .await
        .context("Failed to change whether a relationship is active")?;
    Ok(())
}

/// True when a wave (through its invitations or section history), a response or an action
/// refers to relationship `id`: such a relationship keeps its history and can only be deactivated.
pub async fn in_use(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<bool> {
    let responses = response::Entity::find()
        .filter(response::Column::RelationshipId.eq(id))
        .count(db)
        .await
        .context("Failed to count a relationship's responses")?;
    let sections = invitation_section::Entity::find()
        .filter(invitation_section::Column::RelationshipId.eq(id))
        .count(db)
        .await
        .context("Failed to count a relationship's invitation sections")?;
    let history = section_history::Entity::find()
        .filter(section_history::Column::RelationshipId.eq(id))
        .count(db)
        .await
        .context("Failed to count a relationship's section history")?;
    let actions = action::Entity::find()
        .filter(action::Column::RelationshipId.eq(id))
        .count(db)
        .await
        .context("Failed to count a relationship's actions")?;
    Ok(responses + sections + history + actions > 0)
}

/// Deletes relationship `id` (its cycle links go with it). Check `in_use` first.
pub async fn delete(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<()> {
    relationship::Entity::delete_by_id(id)
        .exec(db)
        .await
        .context("Failed to delete a relationship")?;
    Ok(())
}
