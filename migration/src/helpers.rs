//! Small builders shared by the migrations: named foreign keys, CHECK constraints for
//! enumerated string columns and the SQLite-only `WITHOUT ROWID` table option.
//! Only schema plumbing lives here; table definitions stay in their migration files.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// Length of every enumerated string column (the entities declare `StringLen::N(16)`).
pub const ENUM_LEN: u32 = 16;

/// A named foreign key from `from_table (from_cols)` to `to_table (to_cols)` with a delete rule.
pub fn fk(
    name: &str,
    from_table: impl IntoTableRef,
    from_cols: impl IdenList,
    to_table: impl IntoTableRef,
    to_cols: impl IdenList,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from_table, from_cols)
        .to(to_table, to_cols)
        .on_delete(on_delete)
        .to_owned()
}

/// A named `CHECK (col IN (...))` that keeps an enumerated string column to its allowed values.
/// A NULL passes the check, so the same helper serves nullable enum columns.
pub fn one_of(name: &str, col: impl IntoIden, values: &[&'static str]) -> Check {
    Check::named(
        name.to_owned(),
        Expr::col(col).is_in(values.iter().copied()),
    )
}

/// Creates a table that on SQLite is `WITHOUT ROWID`, so that the physical row order follows
/// the (random) primary key and does not reveal insertion order; PostgreSQL gets the plain table.
pub async fn create_table_without_rowid(
    manager: &SchemaManager<'_>,
    mut stmt: TableCreateStatement,
) -> Result<(), DbErr> {
    if manager.get_database_backend() == DbBackend::Sqlite {
        stmt.extra("WITHOUT ROWID");
    }
    manager.create_table(stmt).await
}

/// Drops the given tables in order (callers list children before parents).
pub async fn drop_tables(
    manager: &SchemaManager<'_>,
    tables: impl IntoIterator<Item = DynIden>,
) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(table).to_owned())
            .await?;
    }
    Ok(())
}
