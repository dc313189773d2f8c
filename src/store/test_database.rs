//! For unit tests of queries: a migrated SQLite database in a temporary folder (the folder
//! is removed when the returned guard is dropped), opened with the pragmas the application
//! relies on (write-ahead log, foreign keys, a busy timeout).

use sea_orm::sqlx::sqlite::SqliteJournalMode;
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::time::Duration;

/// A fresh SQLite database with every migration applied.
pub async fn migrated() -> (tempfile::TempDir, DatabaseConnection) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut options = ConnectOptions::new(format!("sqlite://{}/test.db", dir.path().display()));
    options
        .max_connections(4)
        .min_connections(1)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            opts.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
        });
    let db = Database::connect(options)
        .await
        .expect("the test database opens");
    super::schema::migrate(&db)
        .await
        .expect("the migrations apply");
    (dir, db)
}
