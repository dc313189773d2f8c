//! Connecting to the configured database: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL.

use super::DatabaseSettings;
use anyhow::Context;
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::str::FromStr;
use std::time::Duration;

impl DatabaseSettings {
    /// True when the URL points at SQLite.
    pub fn is_sqlite(&self) -> bool {
        self.url.starts_with("sqlite:")
    }

    /// Opens a connection pool, creating the SQLite file and its folder when missing.
    pub async fn connect(&self) -> anyhow::Result<DatabaseConnection> {
        let mut options = ConnectOptions::new(self.url.clone());
        options
            .max_connections(self.max_connections)
            .min_connections(1)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(30))
            .sqlx_logging(false);
        if self.is_sqlite() {
            let parsed = SqliteConnectOptions::from_str(&self.url)
                .with_context(|| format!("Failed to parse database.url `{}`", self.url))?;
            if let Some(folder) = parsed.get_filename().parent()
                && !folder.as_os_str().is_empty()
            {
                std::fs::create_dir_all(folder).with_context(|| {
                    format!("Failed to create the database folder {}", folder.display())
                })?;
            }
            let busy_timeout = Duration::from_millis(self.busy_timeout_ms);
            options.map_sqlx_sqlite_opts(move |opts| {
                opts.create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(busy_timeout)
            });
        }
        Database::connect(options)
            .await
            .with_context(|| format!("Failed to connect to the database at {}", redact(&self.url)))
    }
}

/// The URL with any password replaced, for error messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}
