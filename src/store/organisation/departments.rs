//! Departments: the organisation's tree. Changes that would break it — a name clash, a loop,
//! deleting a department still in use — come back as a `Refusal` the caller shows.

use crate::domain::{DepartmentName, Refusal, Usage};
use anyhow::Context;
use chrono::Utc;
use entity::{account_department, department, employee, relationship};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QuerySelect, Set,
};
use serde::Serialize;
use std::collections::HashMap;

/// One department in the tree, with its depth and head count.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DepartmentNode {
    pub id: i32,
    pub name: String,
    pub parent_id: Option<i32>,
    /// 0 for top-level departments.
    pub depth: usize,
    /// Active employees working directly in this department.
    pub employee_count: i64,
}

/// Every department, parents before children, siblings by name, with depth and head count.
pub async fn tree(db: &impl ConnectionTrait) -> anyhow::Result<Vec<DepartmentNode>> {
    let departments = department::Entity::find()
        .all(db)
        .await
        .context("Failed to load departments")?;
    let counts: HashMap<i32, i64> = employee::Entity::find()
        .select_only()
        .column(employee::Column::DepartmentId)
        .column_as(Expr::col(employee::Column::Id).count(), "count")
        .filter(employee::Column::Active.eq(true))
        .group_by(employee::Column::DepartmentId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await
        .context("Failed to count employees per department")?
        .into_iter()
        .collect();
    let mut children: HashMap<Option<i32>, Vec<&department::Model>> = HashMap::new();
    for d in &departments {
        children.entry(d.parent_id).or_default().push(d);
    }
    for siblings in children.values_mut() {
        siblings.sort_by_key(|d| (d.name.to_lowercase(), d.id));
    }
    let mut ordered = Vec::with_capacity(departments.len());
    let mut stack: Vec<(&department::Model, usize)> = children
        .get(&None)
        .map(|roots| roots.iter().rev().map(|d| (*d, 0)).collect())
        .unwrap_or_default();
    while let Some((d, depth)) = stack.pop() {
        ordered.push(DepartmentNode {
            id: d.id,
            name: d.name.clone(),
            parent_id: d.parent_id,
            depth,
            employee_count: counts.get(&d.id).copied().unwrap_or(0),
        });
        if let Some(kids) = children.get(&Some(d.id)) {
            stack.extend(kids.iter().rev().map(|k| (*k, depth + 1)));
        }
    }
    Ok(ordered)
}

/// The department `id`, if it exists.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<department::Model>> {
    department::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load a department")
}

async fn name_taken(
    db: &impl ConnectionTrait,
    name: &DepartmentName,
    except: Option<i32>,
) -> anyhow::Result<bool> {
    let mut query = department::Entity::find().filter(
        Expr::expr(Func::lower(Expr::col(department::Column::Name)))
            .eq(name.as_str().to_lowercase()),
    );
    if let Some(id) = except {
        query = query.filter(department::Column::Id.ne(id));
    }
    Ok(query
        .count(db)
        .await
        .context("Failed to check a department name")?
        > 0)
}

/// Creates a department under `parent_id` (top level when `None`).
pub async fn create(
    db: &impl ConnectionTrait,
    name: &DepartmentName,
    parent_id: Option<i32>,
) -> anyhow::Result<Result<i32, Refusal>> {
    if name_taken(db, name, None).await? {
        return Ok(Err(Refusal::NameTaken));
    }
    if let Some(parent) = parent_id
        && find(db, parent).await?.is_none()
    {
        return Ok(Err(Refusal::ParentNotFound));
    }
    let model = department::ActiveModel {
        name: Set(name.as_str().to_owned()),
        parent_id: Set(parent_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to create a department")?;
    Ok(Ok(model.id))
}

/// Renames department `id`.
pub async fn rename(
    db: &impl ConnectionTrait,
    id: i32,
    name: &DepartmentName,
) -> anyhow::Result<Result<(), Refusal>> {
    if find(db, id).await?.is_none() {
        return Ok(Err(Refusal::NotFound));
    }
    if name_taken(db, name, Some(id)).await? {
        return Ok(Err(Refusal::NameTaken));
    }
    department::ActiveModel {
        id: Set(id),
        name: Set(name.as_str().to_owned()),
        ..Default::default()
    }
    .update(db)
    .await
    .context("Failed to rename a department")?;
    Ok(Ok(()))
}

/// Moves department `id` under `parent_id` (top level when `None`); refuses loops.
pub async fn move_to(
    db: &impl ConnectionTrait,
    id: i32,
    parent_id: Option<i32>,
) -> anyhow::Result<Result<(), Refusal>> {
    if find(db, id).await?.is_none() {
        return Ok(Err(Refusal::NotFound));
    }
    if let Some(parent) = parent_id {
        let parents: HashMap<i32, Option<i32>> = department::Entity::find()
            .all(db)
            .await
            .context("Failed to load the department tree")?
            .into_iter()
            .map(|d| (d.id, d.parent_id))
            .collect();
        if !parents.contains_key(&parent) {
            return Ok(Err(Refusal::ParentNotFound));
        }
        // Walk up from the new parent; meeting `id` means the move would close a loop.
        let mut current = Some(parent);
        let mut steps = 0;
        while let Some(ancestor) = current {
            if ancestor == id || steps > parents.len() {
                return Ok(Err(Refusal::WouldLoop));
            }
            current = parents.get(&ancestor).copied().flatten();
            steps += 1;
        }
    }
    department::ActiveModel {
        id: Set(id),
        parent_id: Set(parent_id),
        ..Default::default()
    }
    .update(db)
    .await
    .context("Failed to move a department")?;
    Ok(Ok(()))
}

/// What still hangs off department `id`.
pub async fn usage(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Usage> {
    Ok(Usage {
        employees: employee::Entity::find()
            .filter(employee::Column::DepartmentId.eq(id))
            .count(db)
            .await
            .context("Failed to count a department's employees")?,
        sub_departments: department::Entity::find()
            .filter(department::Column::ParentId.eq(id))
            .count(db)
            .await
            .context("Failed to count sub-departments")?,
        relationships: relationship::Entity::find()
            .filter(
                Condition::any()
                    .add(relationship::Column::ProviderDepartmentId.eq(id))
                    .add(relationship::Column::CustomerDepartmentId.eq(id)),
            )
            .count(db)
            .await
            .context("Failed to count a department's relationships")?,
        accounts: account_department::Entity::find()
            .filter(account_department::Column::DepartmentId.eq(id))
            .count(db)
            .await
            .context("Failed to count a department's accounts")?,
    })
}

/// Deletes department `id` if nothing uses it any more.
pub async fn delete(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Result<(), Refusal>> {
    if find(db, id).await?.is_none() {
        return Ok(Err(Refusal::NotFound));
    }
    let usage = usage(db, id).await?;
    if usage != Usage::default() {
        return Ok(Err(Refusal::InUse(usage)));
    }
    department::Entity::delete_by_id(id)
        .exec(db)
        .await
        .context("Failed to delete a department")?;
    Ok(Ok(()))
}
