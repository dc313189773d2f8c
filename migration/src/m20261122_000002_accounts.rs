//! Staff side: accounts (login, role), the departments an account heads or views, single-use
//! invite/reset tokens, login throttling and API keys for integrations.

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, integer, integer_null, pk_auto, string_len, string_len_uniq, string_null,
        timestamp_with_time_zone, timestamp_with_time_zone_null,
    },
};

use crate::helpers::{ENUM_LEN, drop_tables, fk, one_of};
use crate::m20261122_000001_organisation::Department;

/// Creates `account`, `account_department`, `account_token`, `login_throttle` and `api_key`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .col(pk_auto(Account::Id))
                    .col(string_len_uniq(Account::Email, 254))
                    .col(string_len(Account::DisplayName, 200))
                    .col(string_null(Account::PasswordHash))
                    .col(string_len(Account::Role, ENUM_LEN))
                    .col(string_len(Account::Locale, 8))
                    .col(boolean(Account::Active).default(true))
                    .col(timestamp_with_time_zone(Account::CreatedAt))
                    .col(timestamp_with_time_zone_null(Account::LastLoginAt))
                    .check(one_of(
                        "ck_account_role",
                        Account::Role,
                        &["hr_admin", "department_head", "viewer"],
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccountDepartment::Table)
                    .col(integer(AccountDepartment::AccountId))
                    .col(integer(AccountDepartment::DepartmentId))
                    .primary_key(
                        Index::create()
                            .name("pk_account_department")
                            .col(AccountDepartment::AccountId)
                            .col(AccountDepartment::DepartmentId),
                    )
                    .foreign_key(&mut fk(
                        "fk_account_department_account_id",
                        AccountDepartment::Table,
                        AccountDepartment::AccountId,
                        Account::Table,
                        Account::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_account_department_department_id",
                        AccountDepartment::Table,
                        AccountDepartment::DepartmentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccountToken::Table)
                    .col(pk_auto(AccountToken::Id))
                    .col(integer(AccountToken::AccountId))
                    .col(string_len(AccountToken::Purpose, ENUM_LEN))
                    .col(string_len_uniq(AccountToken::TokenHash, 64))
                    .col(timestamp_with_time_zone(AccountToken::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountToken::UsedAt))
                    .col(timestamp_with_time_zone(AccountToken::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_account_token_account_id",
                        AccountToken::Table,
                        AccountToken::AccountId,
                        Account::Table,
                        Account::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .check(one_of(
                        "ck_account_token_purpose",
                        AccountToken::Purpose,
                        &["invite", "reset"],
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginThrottle::Table)
                    .col(string_len(LoginThrottle::Key, 64).primary_key())
                    .col(integer(LoginThrottle::Failures))
                    .col(timestamp_with_time_zone(LoginThrottle::WindowStartedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiKey::Table)
                    .col(pk_auto(ApiKey::Id))
                    .col(string_len(ApiKey::Name, 120))
                    .col(string_len(ApiKey::Prefix, 12))
                    .col(string_len_uniq(ApiKey::KeyHash, 64))
                    .col(string_len(ApiKey::Scopes, 200))
                    .col(integer_null(ApiKey::CreatedByAccountId))
                    .col(timestamp_with_time_zone(ApiKey::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiKey::LastUsedAt))
                    .col(timestamp_with_time_zone_null(ApiKey::RevokedAt))
                    .foreign_key(&mut fk(
                        "fk_api_key_created_by_account_id",
                        ApiKey::Table,
                        ApiKey::CreatedByAccountId,
                        Account::Table,
                        Account::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                ApiKey::Table.into_iden(),
                LoginThrottle::Table.into_iden(),
                AccountToken::Table.into_iden(),
                AccountDepartment::Table.into_iden(),
                Account::Table.into_iden(),
            ],
        )
        .await
    }
}

/// Identifiers of the `account` table.
#[derive(DeriveIden)]
pub(crate) enum Account {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    Role,
    Locale,
    Active,
    CreatedAt,
    LastLoginAt,
}

/// Identifiers of the `account_department` table.
#[derive(DeriveIden)]
enum AccountDepartment {
    Table,
    AccountId,
    DepartmentId,
}

/// Identifiers of the `account_token` table.
#[derive(DeriveIden)]
enum AccountToken {
    Table,
    Id,
    AccountId,
    Purpose,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

/// Identifiers of the `login_throttle` table.
#[derive(DeriveIden)]
enum LoginThrottle {
    Table,
    Key,
    Failures,
    WindowStartedAt,
}

/// Identifiers of the `api_key` table.
#[derive(DeriveIden)]
enum ApiKey {
    Table,
    Id,
    Name,
    Prefix,
    KeyHash,
    Scopes,
    CreatedByAccountId,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}
