//! The test harness: `spawn_app()` starts the real application on a random port with a fresh
//! database and a real SMTP server, and returns a `TestApp` to talk to it.

use crate::smtp_server::SmtpServer;
use innerpulse::config::{self, ConfigSources, LogFormat, LogSettings, Settings};
use innerpulse::startup::Application;
use innerpulse::state::AppState;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use std::collections::HashMap;
use std::sync::Once;

/// PostgreSQL server URL for tests (any database on it); SQLite when unset.
pub const TEST_DATABASE_ENV: &str = "INNERPULSE_TEST_DATABASE_URL";

/// A running application and everything a test needs to drive it.
pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    pub smtp: SmtpServer,
    pub state: AppState,
    pub database: TestDatabase,
}

impl TestApp {
    /// The database the application uses.
    pub fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }

    /// Absolute URL of `path` on the test server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET request")
    }
}

static TRACING: Once = Once::new();

/// Starts the application with default test settings.
pub async fn spawn_app() -> TestApp {
    spawn_app_with("").await
}

/// Starts the application with extra TOML settings layered over the test defaults.
pub async fn spawn_app_with(extra_toml: &str) -> TestApp {
    TRACING.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            innerpulse::telemetry::init(&LogSettings {
                level: "info".to_owned(),
                format: LogFormat::Text,
            });
        }
    });
    let database = TestDatabase::create().await;
    let smtp = SmtpServer::start();
    let settings = test_settings(&database.url, smtp.port, database.dir.path(), extra_toml);
    let application = Application::build(settings)
        .await
        .expect("the application builds");
    let port = application.port();
    let state = application.state().clone();
    tokio::spawn(application.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("HTTP client");
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        client,
        smtp,
        state,
        database,
    }
}

/// The settings every test starts from: its own database, the test SMTP server, no scheduler
/// loop (tests run passes themselves), a fixed JWT secret.
pub fn test_settings(
    database_url: &str,
    smtp_port: u16,
    data_dir: &std::path::Path,
    extra_toml: &str,
) -> Settings {
    let data_dir = data_dir.display().to_string().replace('\\', "/");
    let overrides = format!(
        r#"
[app]
data_dir = "{data_dir}"
organisation_name = "Test Org"
[server]
port = 0
base_url = "http://127.0.0.1"
[database]
url = "{database_url}"
max_connections = 4
[mail]
transport = "smtp"
outbox_dir = "{data_dir}/outbox"
[mail.smtp]
host = "127.0.0.1"
port = {smtp_port}
tls = "none"
pool_size = 2
timeout_seconds = 5
[security]
jwt_secret = "test-secret-that-is-long-enough-0123456789"
[scheduler]
enabled = false
retry_base_seconds = 1
[log]
level = "warn"
"#
    );
    let overrides = merge_toml(&overrides, extra_toml);
    config::load(ConfigSources {
        local_file: false,
        file: None,
        environment: Some(HashMap::new()),
        overrides: Some(overrides),
    })
    .expect("test settings are valid")
}

fn merge_toml(base: &str, extra: &str) -> String {
    let mut merged: toml::Table = base.parse().expect("base test TOML");
    let extra: toml::Table = extra.parse().expect("extra test TOML");
    for (section, values) in extra {
        match (merged.get_mut(&section), values) {
            (Some(toml::Value::Table(target)), toml::Value::Table(values)) => target.extend(values),
            (_, values) => {
                merged.insert(section, values);
            }
        }
    }
    merged.to_string()
}

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

    /// True when the tests run on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
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
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        });
        let _ = dropped.join();
    }
}
