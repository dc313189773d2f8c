//! Queries behind HR's account administration: the account list with departments, role and
//! department changes, activation, and the counts that protect the last HR admin.

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::account::{self, Role};
use entity::{account_department, department};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use std::collections::HashMap;

/// A department as shown next to an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct DepartmentRef {
    /// Department id.
    pub id: i32,
    /// Department name.
    pub name: String,
}

/// One account as HR sees it in the list.
#[derive(Clone, Debug, Serialize)]
pub struct AccountSummary {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub locale: String,
    pub active: bool,
    /// True until the invite is accepted (no password yet) or the first single sign-on.
    pub pending: bool,
    /// The identity provider the account signs in through (`None`: a password).
    pub sign_in_provider: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_login_at: Option<DateTime<Utc>>,
    pub departments: Vec<DepartmentRef>,
}

/// One page of accounts, ordered by email, and the total number of accounts.
pub async fn list(
    db: &impl ConnectionTrait,
    page: u64,
    per_page: u64,
) -> anyhow::Result<(Vec<AccountSummary>, u64)> {
    let total = account::Entity::find()
        .count(db)
        .await
        .context("Failed to count accounts")?;
    let rows = account::Entity::find()
        .order_by_asc(account::Column::Email)
        .offset(crate::store::paging::offset(page, per_page))
        .limit(per_page)
        .all(db)
        .await
        .context("Failed to list accounts")?;
    let summaries = with_departments(db, rows).await?;
    Ok((summaries, total))
}

/// The account `id`, if it exists.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<AccountSummary>> {
    let Some(row) = account::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load an account")?
    else {
        return Ok(None);
    };
    Ok(with_departments(db, vec![row]).await?.pop())
}

async fn with_departments(
    db: &impl ConnectionTrait,
    rows: Vec<account::Model>,
) -> anyhow::Result<Vec<AccountSummary>> {
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let links = account_department::Entity::find()
        .filter(account_department::Column::AccountId.is_in(ids))
        .find_also_related(department::Entity)
        .order_by_asc(department::Column::Name)
        .all(db)
        .await
        .context("Failed to load the departments of accounts")?;
    let mut by_account: HashMap<i32, Vec<DepartmentRef>> = HashMap::new();
    for (link, dept) in links {
        if let Some(dept) = dept {
            by_account
                .entry(link.account_id)
                .or_default()
                .push(DepartmentRef {
                    id: dept.id,
                    name: dept.name,
                });
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| AccountSummary {
            departments: by_account.remove(&row.id).unwrap_or_default(),
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            role: row.role,
            locale: row.locale,
            active: row.active,
            pending: row.password_hash.is_none() && row.oidc_provider.is_none(),
            sign_in_provider: row.oidc_provider,
            created_at: row.created_at,
            last_login_at: row.last_login_at,
        })
        .collect())
}

/// Every department, by name, for the department checkboxes.
pub async fn department_options(db: &impl ConnectionTrait) -> anyhow::Result<Vec<DepartmentRef>> {
    Ok(department::Entity::find()
        .order_by_asc(department::Column::Name)
        .all(db)
        .await
        .context("Failed to list departments")?
        .into_iter()
        .map(|d| DepartmentRef {
            id: d.id,
            name: d.name,
        })
        .collect())
}

/// How many of `ids` name existing departments.
pub async fn count_existing_departments(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> anyhow::Result<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    department::Entity::find()
        .filter(department::Column::Id.is_in(ids.iter().copied()))
        .count(db)
        .await
        .context("Failed to check departments")
}

/// Active HR admins other than `except`.
pub async fn count_other_active_hr_admins(
    db: &impl ConnectionTrait,
    except: i32,
) -> anyhow::Result<u64> {
    account::Entity::find()
        .filter(account::Column::Role.eq(Role::HrAdmin))
        .filter(account::Column::Active.eq(true))
        .filter(account::Column::Id.ne(except))
        .count(db)
        .await
        .context("Failed to count HR admins")
}

/// Sets the account's role and replaces its department links.
pub async fn set_role(
    db: &impl ConnectionTrait,
    id: i32,
    role: Role,
    departments: &[i32],
) -> anyhow::Result<()> {
    account::Entity::update_many()
        .set(account::ActiveModel {
            role: Set(role),
            ..Default::default()
        })
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to change an account's role")?;
    account_department::Entity::delete_many()
        .filter(account_department::Column::AccountId.eq(id))
        .exec(db)
        .await
        .context("Failed to unlink an account's departments")?;
    for department_id in departments {
        account_department::ActiveModel {
            account_id: Set(id),
            department_id: Set(*department_id),
        }
        .insert(db)
        .await
        .context("Failed to link an account to a department")?;
    }
    Ok(())
}

/// Activates or deactivates the account.
pub async fn set_active(db: &impl ConnectionTrait, id: i32, active: bool) -> anyhow::Result<()> {
    account::Entity::update_many()
        .col_expr(account::Column::Active, Expr::value(active))
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to change whether an account is active")?;
    Ok(())
}
