//! Connecting to the configured database: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL.
//!
//! SQLite runs with `synchronous = FULL`: in WAL mode every commit syncs the log, so a
//! transaction that committed survives a crash or a power cut. (`NORMAL` would only sync at
//! checkpoints and could lose the last commits on power loss — answers already acknowledged
//! to employees.) The answer writer commits many submissions at once, so one sync covers a
//! whole batch; its connection also checkpoints less often and keeps a larger page cache.

use super::DatabaseSettings;
use anyhow::Context;
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::str::FromStr;
use std::time::Duration;

/// WAL pages after which the answer writer's connection checkpoints (SQLite's default: 1,000).
const WRITER_CHECKPOINT_PAGES: u32 = 10_000;

/// Page cache of the answer writer's connection, KiB (SQLite's default: 2,000).
const WRITER_CACHE_KIB: u32 = 16_384;

impl DatabaseSettings {
    /// True when the URL points at SQLite.
    pub fn is_sqlite(&self) -> bool {
        self.url.starts_with("sqlite:")
    }

    /// Opens a connection pool, creating the SQLite file and its folder when missing.
    pub async fn connect(&self) -> anyhow::Result<DatabaseConnection> {
        self.connect_pool(self.max_connections, false).await
    }

    /// Opens one connection of its own, for a task that writes all the time (the answer
    /// writer): it never waits behind readers for a pooled connection, and the large
    /// statements it prepares stay in one connection's cache. On SQLite it checkpoints every
    /// `WRITER_CHECKPOINT_PAGES` instead of every 1,000 pages (pages dirtied again and again
    /// by random-id inserts are copied back once), caches `WRITER_CACHE_KIB` of pages and keeps
    /// temporary data in memory (`temp_store = memory`): each multi-row INSERT of a batch keeps
    /// a statement journal of the pages it changes (to undo that statement alone if it fails),
    /// which SQLite otherwise spills to a temporary file past 64 KiB — a write system call per
    /// page, a tenth of the server's CPU time during intake in a profile. That journal is not
    /// needed after a crash (the write-ahead log is), so durability is unchanged.
    pub async fn connect_dedicated(&self) -> anyhow::Result<DatabaseConnection> {
        self.connect_pool(1, true).await
    }

    async fn connect_pool(
        &self,
        max_connections: u32,
        writer: bool,
    ) -> anyhow::Result<DatabaseConnection> {
        let mut options = ConnectOptions::new(self.url.clone());
        options
            .max_connections(max_connections)
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
                let opts = opts
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    // Deleted content (released sealed records, cleared flags) is overwritten
                    // with zeros, not left in free pages of the file.
                    .pragma("secure_delete", "ON")
                    .busy_timeout(busy_timeout);
                if writer {
                    opts.pragma("wal_autocheckpoint", WRITER_CHECKPOINT_PAGES.to_string())
                        .pragma("cache_size", format!("-{WRITER_CACHE_KIB}"))
                        .pragma("temp_store", "memory")
                } else {
                    opts
                }
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
