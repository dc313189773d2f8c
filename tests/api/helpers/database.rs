//! A fresh database per test: a SQLite file in a temporary folder, or a PostgreSQL database
//! created on the server `INNERPULSE_TEST_DATABASE_URL` names and dropped when the test ends.

use sea_orm::{ConnectionTrait, Database};

/// PostgreSQL server URL for tests (any database on it); SQLite when unset.
pub const TEST_DATABASE_ENV: &str = "INNERPULSE_TEST_DATABASE_URL";

/// A fresh database for one test: a SQLite file in a temporary folder, or a new PostgreSQL
/// database that is dropped when the test ends.
pub struct TestDatabase {
    pub url: String,
    pub dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

impl TestDatabase {
    /// Creates the database named by the environment (see `TEST_DATABASE_ENV`).
    pub async fn create() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        match std::env::var(TEST_DATABASE_ENV) {
            Ok(server_url) if !server_url.is_empty() => {
                let name = format!("innerpulse_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(&server_url)
                    .await
                    .expect("connect to the PostgreSQL test server");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("create the test database");
                admin.close().await.ok();
                let mut url = url::Url::parse(&server_url).expect("test database URL");
                url.set_path(&name);
                Self {
                    url: url.to_string(),
                    dir,
                    postgres: Some((server_url, name)),
                }
            }
            _ => {
                let path = dir.path().join("innerpulse.db");
                Self {
                    url: format!("sqlite://{}", path.display()),
                    dir,
                    postgres: None,
                }
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some((server_url, name)) = self.postgres.take() else {
            return;
        };
        // Drop runs outside async; use a short-lived runtime on its own thread.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime for dropping the test database");
            runtime.block_on(async move {
                if let Ok(admin) = Database::connect(&server_url).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .await;
                    let _ = admin.close().await;
                }
            });
        });
        let _ = dropped.join();
    }
}
