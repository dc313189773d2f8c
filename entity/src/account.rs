//! `account` table: staff logins (HR admins, department heads, viewers).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What a staff account may do; enforced in the queries, not only in the UI.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages the organisation, questionnaires, cycles, accounts and API keys; sees all results.
    #[sea_orm(string_value = "hr_admin")]
    HrAdmin,
    /// Reads results of, and acts for, the departments linked to the account.
    #[sea_orm(string_value = "department_head")]
    DepartmentHead,
    /// Reads results of the departments linked to the account.
    #[sea_orm(string_value = "viewer")]
    Viewer,
}

/// A staff account; `password_hash` stays empty until the invite is accepted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "account")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Login email, stored lowercase; unique.
    #[sea_orm(column_type = "String(StringLen::N(254))", unique)]
    pub email: String,
    /// Name shown in the UI and next to replies.
    #[sea_orm(column_type = "String(StringLen::N(200))")]
    pub display_name: String,
    /// argon2id PHC string; `None` until the invite is accepted.
    pub password_hash: Option<String>,
    /// The account's role.
    pub role: Role,
    /// Preferred UI locale.
    #[sea_orm(column_type = "String(StringLen::N(8))")]
    pub locale: String,
    /// Inactive accounts cannot log in.
    pub active: bool,
    /// When the account was created.
    pub created_at: DateTimeUtc,
    /// Last successful login.
    pub last_login_at: Option<DateTimeUtc>,
    /// Carried in every session token; raising it ends every session issued before.
    pub session_version: i32,
    /// The configured identity provider (`auth.oidc.providers.<name>`) this account signs in
    /// with; `None` until its first single sign-on.
    #[sea_orm(column_type = "String(StringLen::N(32))", nullable)]
    pub oidc_provider: Option<String>,
    /// The provider's subject (`sub`) for this person: unique with `oidc_provider`.
    #[sea_orm(column_type = "String(StringLen::N(255))", nullable)]
    pub oidc_subject: Option<String>,
}

/// Tables that hang off `account`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// Department links of this account.
    #[sea_orm(has_many = "super::account_department::Entity")]
    AccountDepartment,
    /// Invite and reset tokens issued for this account.
    #[sea_orm(has_many = "super::account_token::Entity")]
    AccountToken,
}

impl Related<super::account_department::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::AccountDepartment.def()
    }
}

impl Related<super::account_token::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::AccountToken.def()
    }
}

/// Departments linked to this account, through `account_department`.
impl Related<super::department::Entity> for Entity {
    fn to() -> RelationDef {
        super::account_department::Relation::Department.def()
    }

    fn via() -> Option<RelationDef> {
        Some(super::account_department::Relation::Account.def().rev())
    }
}

impl ActiveModelBehavior for ActiveModel {}
