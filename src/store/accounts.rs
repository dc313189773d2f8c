//! Staff accounts.

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
