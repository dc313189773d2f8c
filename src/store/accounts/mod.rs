//! Staff accounts.
//!
//! Beside it: HR's account administration (`account_admin`), single-use invite and reset
//! links (`account_tokens`) and API keys (`api_keys`).

pub mod account_admin;
pub mod account_tokens;
pub mod api_keys;
pub mod single_sign_on;

use crate::domain::{EmailAddress, Locale};
use anyhow::Context;
use chrono::Utc;
use entity::account::{self, Role};
use entity::account_department;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// What is needed to create an account.
pub struct NewAccount {
    pub email: EmailAddress,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub role: Role,
    pub locale: Locale,
    pub departments: Vec<i32>,
}

/// The account with this email, if any.
pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &EmailAddress,
) -> anyhow::Result<Option<account::Model>> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(db)
        .await
        .context("Failed to look up an account by email")
}

/// Inserts the account and its department links; returns its id. Run inside a transaction
/// when the caller writes more rows.
pub async fn insert(db: &impl ConnectionTrait, new: NewAccount) -> anyhow::Result<i32> {
    let model = account::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        display_name: Set(new.display_name),
        password_hash: Set(new.password_hash),
        role: Set(new.role),
        locale: Set(new.locale.as_str().to_owned()),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to insert an account")?;
    for department_id in new.departments {
        account_department::ActiveModel {
            account_id: Set(model.id),
            department_id: Set(department_id),
        }
        .insert(db)
        .await
        .context("Failed to link an account to a department")?;
    }
    Ok(model.id)
}

/// The active account `id` as a `CurrentUser`, with its departments; `None` when it does not
/// exist or was deactivated.
pub async fn current_user(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<crate::domain::CurrentUser>> {
    let Some(model) = account::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load the logged-in account")?
    else {
        return Ok(None);
    };
    if !model.active {
        return Ok(None);
    }
    let department_ids = account_department::Entity::find()
        .filter(account_department::Column::AccountId.eq(id))
        .all(db)
        .await
        .context("Failed to load the account's departments")?
        .into_iter()
        .map(|link| link.department_id)
        .collect();
    Ok(Some(crate::domain::CurrentUser {
        id: model.id,
        email: EmailAddress::parse(&model.email).map_err(anyhow::Error::msg)?,
        display_name: model.display_name,
        role: model.role,
        locale: Locale::parse(&model.locale).unwrap_or(Locale::EN),
        department_ids,
        session_version: model.session_version,
    }))
}

/// Raises the account's session version, ending every session issued before; returns the
/// new version (for a new cookie when the caller stays logged in).
pub async fn bump_session_version(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<i32> {
    account::Entity::update_many()
        .col_expr(
            account::Column::SessionVersion,
            sea_orm::sea_query::ExprTrait::add(
                sea_orm::sea_query::Expr::col(account::Column::SessionVersion),
                1,
            ),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to end an account's sessions")?;
    let version = account::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to read an account's session version")?
        .map_or(0, |model| model.session_version);
    Ok(version)
}

/// Records a successful login.
pub async fn touch_login(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<()> {
    account::Entity::update_many()
        .col_expr(
            account::Column::LastLoginAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to record the login time")?;
    Ok(())
}

/// The account row `id`, active or not.
pub async fn find_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<account::Model>> {
    account::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load an account")
}

/// Replaces the account's password hash.
pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    id: i32,
    password_hash: String,
) -> anyhow::Result<()> {
    account::Entity::update_many()
        .col_expr(
            account::Column::PasswordHash,
            sea_orm::sea_query::Expr::value(Some(password_hash)),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to store a new password")?;
    Ok(())
}

/// Stores the name and language a staff member chose for themselves.
pub async fn update_profile(
    db: &impl ConnectionTrait,
    id: i32,
    display_name: &str,
    locale: Locale,
) -> anyhow::Result<()> {
    account::Entity::update_many()
        .col_expr(
            account::Column::DisplayName,
            sea_orm::sea_query::Expr::value(display_name.to_owned()),
        )
        .col_expr(
            account::Column::Locale,
            sea_orm::sea_query::Expr::value(locale.as_str().to_owned()),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to update an account's profile")?;
    Ok(())
}

/// Takes the account's row lock for the rest of the transaction (a write that changes
/// nothing: a row lock on PostgreSQL, the write lock on SQLite), so concurrent use cases on
/// one account run one after the other.
pub async fn lock(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<()> {
    account::Entity::update_many()
        .col_expr(
            account::Column::SessionVersion,
            sea_orm::sea_query::Expr::col(account::Column::SessionVersion),
        )
        .filter(account::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to lock an account")?;
    Ok(())
}
