//! The store side of an import: a snapshot of the organisation to plan against, and applying
//! a plan. Call both on the same transaction (see `import::run`).

use crate::domain::import_plan::{DepartmentRef, EmployeeData, ExistingEmployee, Plan, Snapshot};
use anyhow::{Context, anyhow};
use chrono::Utc;
use entity::{department, employee};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// Every employee and department, as the planner needs them.
pub async fn snapshot(db: &impl ConnectionTrait) -> anyhow::Result<Snapshot> {
    let employees = employee::Entity::find()
        .all(db)
        .await
        .context("Failed to load employees for an import")?
        .into_iter()
        .map(|e| ExistingEmployee {
            id: e.id,
            email: e.email,
            name: e.name,
            department_id: e.department_id,
            locale: e.locale,
            active: e.active,
            external_id: e.external_id,
        })
        .collect();
    let departments = department::Entity::find()
        .all(db)
        .await
        .context("Failed to load departments for an import")?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    Ok(Snapshot {
        employees,
        departments,
    })
}

fn department_id(reference: &DepartmentRef, created: &[i32]) -> anyhow::Result<i32> {
    match reference {
        DepartmentRef::Existing(id) => Ok(*id),
        DepartmentRef::New(position) => created
            .get(*position)
            .copied()
            .ok_or_else(|| anyhow!("an import plan names a department it does not create")),
    }
}

fn fields(data: &EmployeeData, created: &[i32]) -> anyhow::Result<employee::ActiveModel> {
    Ok(employee::ActiveModel {
        email: Set(data.email.as_str().to_owned()),
        name: Set(data.name.as_str().to_owned()),
        department_id: Set(department_id(&data.department, created)?),
        locale: Set(data.locale.as_str().to_owned()),
        external_id: Set(data.external_id.as_ref().map(|id| id.as_str().to_owned())),
        updated_at: Set(Utc::now()),
        ..Default::default()
    })
}

/// Writes `plan`: new departments, updates and reactivations, new employees, deactivations.
pub async fn apply(db: &impl ConnectionTrait, plan: &Plan) -> anyhow::Result<()> {
    let now = Utc::now();
    let mut created = vec![];
    for name in &plan.new_departments {
        let model = department::ActiveModel {
            name: Set(name.as_str().to_owned()),
            parent_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .context("Failed to create a department during an import")?;
        created.push(model.id);
    }
    for update in &plan.updates {
        let mut model = fields(&update.data, &created)?;
        model.id = Set(update.id);
        model.active = Set(true);
        model
            .update(db)
            .await
            .context("Failed to update an employee during an import")?;
    }
    for data in &plan.creates {
        let mut model = fields(data, &created)?;
        model.active = Set(true);
        model.created_at = Set(now);
        model
            .insert(db)
            .await
            .context("Failed to create an employee during an import")?;
    }
    let ids: Vec<i32> = plan.deactivate.iter().map(|p| p.id).collect();
    for chunk in ids.chunks(500) {
        employee::Entity::update_many()
            .col_expr(employee::Column::Active, Expr::value(false))
            .col_expr(employee::Column::UpdatedAt, Expr::value(now))
            .filter(employee::Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await
            .context("Failed to deactivate employees during an import")?;
    }
    Ok(())
}
