//! Sealed answers: a submission is stored as one encrypted, fixed-size `sealed_submission`
//! until its wave closes (its touchpoint month ends) and it is released in a group of at least
//! k. Released responses of customer departments too small to stand alone are stored under a
//! parent department, or under the whole organisation (customer department 0): so the foreign
//! keys from `response`, `result_group` and `result_count` to `department` are dropped (on
//! SQLite by SQLite's documented procedure for removing a constraint: the table's definition
//! is edited in place). `wave.answered_count` keeps a released wave's participation once its
//! per-invitation `answered` flags are cleared; `result_slice` says how many of a period's
//! responses were carried over from earlier rounds, and from when. Waves already aggregated
//! before this migration get the same treatment as a release: their flags become the count,
//! every invitation is rewritten alike and their sections are deleted.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{blob, date_null, integer, integer_null, pk_uuid, string_len};
use sea_orm_migration::sea_orm::{DbBackend, Statement};

use crate::helpers::fk;

/// Creates `sealed_submission`, lets released groups fold up to the whole organisation, and
/// adds the participation and carry-over columns.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The foreign keys to `department` that the whole organisation (0) cannot satisfy, by table.
const DEPARTMENT_KEYS: [(&str, &str); 3] = [
    ("response", "fk_response_customer_department_id"),
    ("result_group", "fk_result_group_customer_department_id"),
    ("result_count", "fk_result_count_customer_department_id"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the schema edit must run on one connection.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SealedSubmission::Table)
                    .col(pk_uuid(SealedSubmission::Id))
                    .col(integer_null(SealedSubmission::WaveId))
                    .col(date_null(SealedSubmission::Month))
                    .col(string_len(SealedSubmission::KeyId, 16))
                    .col(blob(SealedSubmission::Sealed))
                    .foreign_key(&mut fk(
                        "fk_sealed_submission_wave_id",
                        SealedSubmission::Table,
                        SealedSubmission::WaveId,
                        Wave::Table,
                        Wave::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_sealed_submission_wave_id", SealedSubmission::WaveId),
            ("idx_sealed_submission_month", SealedSubmission::Month),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(SealedSubmission::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        drop_department_keys(manager).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Wave::Table)
                    .add_column(integer_null(Wave::AnsweredCount))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ResultSlice::Table)
                    .add_column(integer(ResultSlice::CarriedOver).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ResultSlice::Table)
                    .add_column(date_null(ResultSlice::CarriedFrom))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for statement in AGGREGATED_WAVES_SCRUB {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                ResultSlice::Table.into_iden(),
                ResultSlice::CarriedFrom.into_iden(),
            ),
            (
                ResultSlice::Table.into_iden(),
                ResultSlice::CarriedOver.into_iden(),
            ),
            (Wave::Table.into_iden(), Wave::AnsweredCount.into_iden()),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(SealedSubmission::Table).to_owned())
            .await
    }
}

/// The waves aggregated before sealing existed: their answered flags become a count, every
/// invitation of theirs is rewritten alike and their sections go, as a release does.
const AGGREGATED_WAVES_SCRUB: [&str; 3] = [
    "UPDATE wave SET answered_count = (SELECT count(*) FROM invitation i \
     WHERE i.wave_id = wave.id AND i.answered = TRUE) \
     WHERE id IN (SELECT wave_id FROM result_period WHERE wave_id IS NOT NULL)",
    "DELETE FROM invitation_section WHERE invitation_id IN (SELECT id FROM invitation \
     WHERE wave_id IN (SELECT wave_id FROM result_period WHERE wave_id IS NOT NULL))",
    "UPDATE invitation SET answered = FALSE, reminders_sent = 0, next_reminder_at = NULL \
     WHERE wave_id IN (SELECT wave_id FROM result_period WHERE wave_id IS NOT NULL)",
];

/// Drops the foreign keys of `DEPARTMENT_KEYS`. PostgreSQL drops the named constraints; SQLite
/// (whose `ALTER TABLE` cannot drop a constraint) has the clause removed from the stored
/// table definition, then the schema version raised so every connection reads it again.
async fn drop_department_keys(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    if manager.get_database_backend() == DbBackend::Postgres {
        for (table, name) in DEPARTMENT_KEYS {
            db.execute_unprepared(&format!(
                "ALTER TABLE \"{table}\" DROP CONSTRAINT IF EXISTS \"{name}\""
            ))
            .await?;
        }
        return Ok(());
    }
    let version: i64 = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA schema_version",
        ))
        .await?
        .ok_or_else(|| DbErr::Migration("PRAGMA schema_version returned nothing".to_owned()))?
        .try_get_by_index(0)?;
    db.execute_unprepared("PRAGMA writable_schema = ON").await?;
    for (table, _) in DEPARTMENT_KEYS {
        for action in ["RESTRICT", "CASCADE"] {
            let clause = format!(
                ", FOREIGN KEY (\"customer_department_id\") REFERENCES \"department\" (\"id\") ON DELETE {action}"
            );
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "UPDATE sqlite_schema SET sql = replace(sql, ?, '') WHERE type = 'table' AND name = ?",
                [clause.into(), table.into()],
            ))
            .await?;
        }
    }
    db.execute_unprepared(&format!("PRAGMA schema_version = {}", version + 1))
        .await?;
    db.execute_unprepared("PRAGMA writable_schema = OFF")
        .await?;
    for (table, _) in DEPARTMENT_KEYS {
        let left = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "SELECT count(*) FROM pragma_foreign_key_list(?) WHERE \"table\" = 'department'",
                [table.into()],
            ))
            .await?
            .map(|row| row.try_get_by_index::<i64>(0))
            .transpose()?
            .unwrap_or(0);
        if left != 0 {
            return Err(DbErr::Migration(format!(
                "the foreign key from {table}.customer_department_id to department could not be removed"
            )));
        }
    }
    Ok(())
}

/// Identifiers of the new `sealed_submission` table.
#[derive(DeriveIden)]
pub enum SealedSubmission {
    Table,
    Id,
    WaveId,
    Month,
    KeyId,
    Sealed,
}

/// Identifiers of the `wave` table used here.
#[derive(DeriveIden)]
enum Wave {
    Table,
    Id,
    AnsweredCount,
}

/// Identifiers of the `result_slice` table used here.
#[derive(DeriveIden)]
enum ResultSlice {
    Table,
    CarriedOver,
    CarriedFrom,
}
