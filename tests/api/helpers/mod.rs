//! The test harness: `spawn_app()` starts the real application on a random port with a fresh
//! database and a real SMTP server, and returns a `TestApp` to talk to it.
//!
//! `TestApp`'s methods are grouped by concern: `http` (requests, forms, CSRF), `auth` (staff
//! accounts, logins), `organisation` (departments and employees seeded in the database),
//! `scheduler` (passes and releases run by hand), `mail` (delivery to the test SMTP server).
//! `oidc` runs a real OpenID provider (Node's `oidc-provider`) for the single sign-on tests.
//! `seed` holds the builders fixtures use to put rows straight into the database.
//! `settings` and `database` build what a test application starts from.

mod auth;
mod database;
mod http;
mod mail;
mod oidc;
mod organisation;
mod scheduler;
pub mod seed;
mod settings;

pub use auth::TestStaff;
pub use database::{TEST_DATABASE_ENV, TestDatabase};
pub use http::{extract_csrf_token, location};
pub use oidc::{OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OidcProvider, OidcUser, TokenFault};
pub use settings::test_settings;

use crate::smtp_server::SmtpServer;
use innerpulse::config::{LogFormat, LogSettings};
use innerpulse::startup::Application;
use innerpulse::state::AppState;
use sea_orm::DatabaseConnection;
use std::sync::Once;

/// A running application and everything a test needs to drive it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub smtp: SmtpServer,
    pub state: AppState,
    /// Kept for its `Drop`: the test's database is removed when the test ends.
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
}

static TRACING: Once = Once::new();

/// Starts the application with default test settings.
pub async fn spawn_app() -> TestApp {
    spawn_app_with("").await
}

/// Starts the application with extra TOML settings layered over the test defaults.
pub async fn spawn_app_with(extra_toml: &str) -> TestApp {
    TRACING.call_once(|| {
        // The tests' HTTP clients use rustls without a built-in provider choice: ring, as the
        // application does.
        let _ = rustls::crypto::ring::default_provider().install_default();
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
    // The test client is a page of the instance itself.
    let client = http::same_origin_client(state.settings.server.base_url());
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client,
        smtp,
        state,
        database,
    }
}
