//! Staff single sign-on: `account.oidc_provider` and `account.oidc_subject` name the identity
//! provider account an innerpulse account signs in with (unique together), and `oidc_login`
//! keeps each sign-in attempt that is under way — its PKCE verifier and nonce — until the
//! provider sends the browser back, once.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{pk_auto, string_len, string_len_null, timestamp_with_time_zone};

use crate::helpers::drop_tables;

/// Adds the two account columns with their unique index, and creates `oidc_login`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one column per ALTER TABLE.
        for column in [
            string_len_null(Account::OidcProvider, 32),
            string_len_null(Account::OidcSubject, 255),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Account::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_account_oidc_identity")
                    .table(Account::Table)
                    .col(Account::OidcProvider)
                    .col(Account::OidcSubject)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OidcLogin::Table)
                    .col(pk_auto(OidcLogin::Id))
                    .col(string_len(OidcLogin::StateHash, 64).unique_key())
                    .col(string_len(OidcLogin::Provider, 32))
                    .col(string_len(OidcLogin::PkceVerifier, 128))
                    .col(string_len(OidcLogin::Nonce, 128))
                    .col(string_len(OidcLogin::NextPath, 2000))
                    .col(timestamp_with_time_zone(OidcLogin::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_oidc_login_expires_at")
                    .table(OidcLogin::Table)
                    .col(OidcLogin::ExpiresAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, [OidcLogin::Table.into_iden()]).await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_account_oidc_identity")
                    .table(Account::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Account::OidcSubject, Account::OidcProvider] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Account::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Identifiers of the `account` table.
#[derive(DeriveIden)]
enum Account {
    Table,
    OidcProvider,
    OidcSubject,
}

/// Identifiers of the `oidc_login` table.
#[derive(DeriveIden)]
enum OidcLogin {
    Table,
    Id,
    StateHash,
    Provider,
    PkceVerifier,
    Nonce,
    NextPath,
    ExpiresAt,
}
