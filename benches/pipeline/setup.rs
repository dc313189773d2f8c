//! The benchmark's surroundings: a temporary folder, a fresh database (SQLite in that folder,
//! or a new PostgreSQL database that is dropped at the end), and the environment variables
//! that configure every innerpulse process of the run the same way.

use anyhow::Context;
use innerpulse::config::{self, ConfigSources, Settings};
use sea_orm::{ConnectionTrait, Database};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The temporary folder and database of one run.
pub struct Setup {
    dir: tempfile::TempDir,
    keep: bool,
    /// The fresh database's URL.
    pub database_url: String,
    /// The PostgreSQL server and the databases created on it, to drop at the end.
    postgres: Option<(String, Vec<String>)>,
    /// Secret shared by every process (it derives the survey tokens).
    jwt_secret: String,
}

impl Setup {
    /// Creates the folder and the database; `server_url` names a PostgreSQL server.
    pub async fn create(server_url: Option<&str>, keep: bool) -> anyhow::Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("innerpulse-bench-")
            .tempdir()
            .context("Failed to create a temporary folder")?;
        let jwt_secret = format!("bench-{}", uuid::Uuid::new_v4().simple());
        let (database_url, postgres) = match server_url {
            Some(server_url) => {
                let name = format!("innerpulse_bench_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(server_url)
                    .await
                    .context("Failed to connect to the PostgreSQL server (--database-url)")?;
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .context("Failed to create the benchmark database")?;
                admin.close().await.ok();
                let mut url = url::Url::parse(server_url).context("Invalid --database-url")?;
                url.set_path(&name);
                (url.to_string(), Some((server_url.to_owned(), vec![name])))
            }
            None => (
                format!("sqlite://{}", dir.path().join("innerpulse.db").display()),
                None,
            ),
        };
        Ok(Self {
            dir,
            keep,
            database_url,
            postgres,
            jwt_secret,
        })
    }

    /// The temporary folder.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// True on SQLite.
    pub fn is_sqlite(&self) -> bool {
        self.postgres.is_none()
    }

    /// `INNERPULSE__…` variables for an innerpulse process: this run's database and secret,
    /// mail over SMTP to `smtp_port` with `smtp_connections` pooled connections, links to
    /// `base_url`, no scheduler loop, warnings only.
    pub fn environment(
        &self,
        smtp_port: u16,
        smtp_connections: u32,
        base_url: &str,
    ) -> HashMap<String, String> {
        let data_dir = self.dir.path().join("data");
        [
            ("APP__DATA_DIR", data_dir.display().to_string()),
            ("APP__ORGANISATION_NAME", "Bench Org".to_owned()),
            ("SERVER__HOST", "127.0.0.1".to_owned()),
            ("SERVER__PORT", "0".to_owned()),
            ("SERVER__BASE_URL", base_url.to_owned()),
            ("DATABASE__URL", self.database_url.clone()),
            ("MAIL__TRANSPORT", "smtp".to_owned()),
            ("MAIL__FROM", "innerpulse <pulse@bench.example>".to_owned()),
            ("MAIL__SMTP__HOST", "127.0.0.1".to_owned()),
            ("MAIL__SMTP__PORT", smtp_port.to_string()),
            ("MAIL__SMTP__TLS", "none".to_owned()),
            ("MAIL__SMTP__POOL_SIZE", smtp_connections.to_string()),
            ("SECURITY__JWT_SECRET", self.jwt_secret.clone()),
            ("SCHEDULER__ENABLED", "false".to_owned()),
            ("LOG__LEVEL", "warn".to_owned()),
        ]
        .into_iter()
        .map(|(key, value)| (format!("INNERPULSE__{key}"), value))
        .collect()
    }

    /// The settings an innerpulse process started with `environment` reads.
    #[expect(
        clippy::unused_self,
        reason = "a method so that the run reads its settings from its setup"
    )]
    pub fn settings(&self, environment: HashMap<String, String>) -> anyhow::Result<Settings> {
        config::load(ConfigSources {
            local_file: false,
            file: None,
            environment: Some(environment),
            overrides: None,
        })
        .context("The benchmark's settings are invalid")
    }

    /// Where a child process writes its log.
    pub fn log_file(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("{name}.log"))
    }

    /// A copy of the database as it is now, for the intake baseline, so that it starts from
    /// the same state as innerpulse's intake; returns its URL. On PostgreSQL nobody may be
    /// connected to the database while it is copied.
    pub async fn copy_database(&mut self) -> anyhow::Result<String> {
        match &mut self.postgres {
            None => {
                let path = self.dir.path().join("baseline.db");
                let db = Database::connect(self.database_url.as_str())
                    .await
                    .context("Failed to open the database to copy it")?;
                db.execute_unprepared(&format!("VACUUM INTO '{}'", path.display()))
                    .await
                    .context("Failed to copy the SQLite database")?;
                db.close().await.ok();
                Ok(format!("sqlite://{}", path.display()))
            }
            Some((server_url, names)) => {
                let source = names.first().cloned().context("no benchmark database")?;
                let name = format!("{source}_baseline");
                let admin = Database::connect(server_url.as_str())
                    .await
                    .context("Failed to connect to the PostgreSQL server")?;
                admin
                    .execute_unprepared(&format!(
                        "CREATE DATABASE \"{name}\" TEMPLATE \"{source}\""
                    ))
                    .await
                    .context("Failed to copy the PostgreSQL database")?;
                admin.close().await.ok();
                names.push(name.clone());
                let mut url = url::Url::parse(server_url).context("Invalid --database-url")?;
                url.set_path(&name);
                Ok(url.to_string())
            }
        }
    }

    /// Removes the databases and folder unless `--keep` was given; says where they are if kept.
    pub async fn finish(self) {
        if self.keep {
            let dir = self.dir.keep();
            eprintln!("kept {} and {}", dir.display(), self.database_url);
            return;
        }
        if let Some((server_url, names)) = &self.postgres
            && let Ok(admin) = Database::connect(server_url.as_str()).await
        {
            for name in names {
                let dropped = admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await;
                if let Err(error) = dropped {
                    eprintln!("could not drop the benchmark database {name}: {error}");
                }
            }
            admin.close().await.ok();
        }
    }
}
