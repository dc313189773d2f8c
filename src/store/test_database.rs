//! For unit tests of queries: a migrated SQLite database in a temporary folder (the folder
//! is removed when the returned guard is dropped).

use crate::config::DatabaseSettings;
use sea_orm::DatabaseConnection;

/// A fresh SQLite database with every migration applied.
pub async fn migrated() -> (tempfile::TempDir, DatabaseConnection) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let settings = DatabaseSettings {
        url: format!("sqlite://{}/test.db", dir.path().display()),
        max_connections: 4,
        busy_timeout_ms: 5000,
        migrate_on_start: true,
    };
    let db = settings.connect().await.expect("the test database opens");
    crate::startup::migrate(&db)
        .await
        .expect("the migrations apply");
    (dir, db)
}
