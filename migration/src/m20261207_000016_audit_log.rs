//! The audit log: one row per change staff (or the configuration) made to the roster, the
//! accounts, the API keys or the audited settings — who, when, what, old → new. Rows are only
//! ever inserted, and deleted by the retention pass; on PostgreSQL a trigger refuses UPDATE.
//! No foreign keys: an entry outlives the employee, account or key it names.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    integer_null, pk_auto, string_len, text, timestamp_with_time_zone,
};
use sea_orm_migration::sea_orm::DbBackend;

use crate::helpers::drop_tables;

/// Creates `audit_entry` with its indexes (and the PostgreSQL no-update trigger).
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Refuses every UPDATE of an audit entry on PostgreSQL.
const NO_UPDATE_FUNCTION: &str = "CREATE OR REPLACE FUNCTION audit_entry_no_update() \
     RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
     RAISE EXCEPTION 'audit entries cannot be changed'; END $$";
const NO_UPDATE_TRIGGER: &str = "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE \
     ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_no_update()";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEntry::Table)
                    .col(pk_auto(AuditEntry::Id))
                    .col(timestamp_with_time_zone(AuditEntry::At))
                    .col(integer_null(AuditEntry::ActorAccountId))
                    .col(integer_null(AuditEntry::ActorApiKeyId))
                    .col(string_len(AuditEntry::ActorLabel, 254))
                    .col(string_len(AuditEntry::Action, 64))
                    .col(string_len(AuditEntry::SubjectKind, 32))
                    .col(integer_null(AuditEntry::SubjectId))
                    .col(string_len(AuditEntry::SubjectLabel, 300))
                    .col(integer_null(AuditEntry::DepartmentId))
                    .col(text(AuditEntry::Changes))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_entry_at")
                    .table(AuditEntry::Table)
                    .col(AuditEntry::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_entry_kind_department_at")
                    .table(AuditEntry::Table)
                    .col(AuditEntry::SubjectKind)
                    .col(AuditEntry::DepartmentId)
                    .col(AuditEntry::At)
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            let db = manager.get_connection();
            db.execute_unprepared(NO_UPDATE_FUNCTION).await?;
            db.execute_unprepared(NO_UPDATE_TRIGGER).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, [AuditEntry::Table.into_iden()]).await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_entry_no_update()")
                .await?;
        }
        Ok(())
    }
}

/// Identifiers of the `audit_entry` table.
#[derive(DeriveIden)]
enum AuditEntry {
    Table,
    Id,
    At,
    ActorAccountId,
    ActorApiKeyId,
    ActorLabel,
    Action,
    SubjectKind,
    SubjectId,
    SubjectLabel,
    DepartmentId,
    Changes,
}
