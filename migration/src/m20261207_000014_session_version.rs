//! `account.session_version`: a counter carried in every session token. Logout, a password
//! change or reset, deactivation, reactivation and a role change raise it, so every cookie
//! issued before stops opening pages.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::integer;

/// Adds `account.session_version` (0 for existing accounts).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .add_column(integer(Account::SessionVersion).default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .drop_column(Account::SessionVersion)
                    .to_owned(),
            )
            .await
    }
}

/// Identifiers of the `account` table.
#[derive(DeriveIden)]
enum Account {
    Table,
    SessionVersion,
}
