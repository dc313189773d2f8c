//! The test harness: `spawn_app()` starts the real application on a random port with a fresh
//! database and a real SMTP server, and returns a `TestApp` to talk to it.

use crate::smtp_server::SmtpServer;
use entity::account::Role;
use innerpulse::auth::password::hash_password;
use innerpulse::config::{self, ConfigSources, LogFormat, LogSettings, Settings};
use innerpulse::domain::{EmailAddress, Locale};
use innerpulse::startup::Application;
use innerpulse::state::AppState;
use innerpulse::store::accounts::{self, NewAccount};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use secrecy::SecretString;
use std::collections::HashMap;
use std::sync::Once;

/// PostgreSQL server URL for tests (any database on it); SQLite when unset.
pub const TEST_DATABASE_ENV: &str = "INNERPULSE_TEST_DATABASE_URL";

/// A running application and everything a test needs to drive it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub smtp: SmtpServer,
    pub state: AppState,
    /// Kept for its `Drop`: the test's database is removed when the test ends.
    pub _database: TestDatabase,
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
    // The test client is a page of the instance itself: its API writes come from the
    // instance's own origin (cross-site callers are built in `security::api_writes`).
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ORIGIN,
        reqwest::header::HeaderValue::from_str(state.settings.server.base_url())
            .expect("the base URL is a header value"),
    );
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .expect("HTTP client");
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client,
        smtp,
        state,
        _database: database,
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
survey_link_key = "test-survey-link-key-that-is-long-enough-01"
handle_key = "test-handle-key-that-is-long-enough-0123456"
rotation_key = "test-rotation-key-that-is-long-enough-01234"
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

/// A staff account created for a test, with its clear-text password.
pub struct TestStaff {
    pub id: i32,
    pub email: String,
    pub password: String,
}

impl TestApp {
    /// Creates an active account with `role`, linked to `departments`.
    pub async fn create_staff(&self, role: Role, departments: &[i32]) -> TestStaff {
        let email = format!("{}@example.com", uuid::Uuid::new_v4().simple());
        let password = "a long enough test password".to_owned();
        let hash = hash_password(SecretString::from(password.clone()))
            .await
            .unwrap();
        let id = accounts::insert(
            self.db(),
            NewAccount {
                email: EmailAddress::parse(&email).unwrap(),
                display_name: format!("Test {role:?}"),
                password_hash: Some(hash),
                role,
                locale: Locale::EN,
                departments: departments.to_vec(),
            },
        )
        .await
        .unwrap();
        TestStaff {
            id,
            email,
            password,
        }
    }

    /// The CSRF token the server hands to this client's forms (sets the cookie when needed).
    pub async fn csrf_token(&self) -> String {
        let page = self.get("/login").await.text().await.unwrap();
        extract_csrf_token(&page)
    }

    /// Posts the login form.
    pub async fn post_login(&self, email: &str, password: &str) -> reqwest::Response {
        let token = self.csrf_token().await;
        self.client
            .post(self.url("/login"))
            .form(&[
                ("email", email),
                ("password", password),
                ("csrf_token", &token),
            ])
            .send()
            .await
            .expect("POST /login")
    }

    /// Logs this client in as `staff`; panics unless the login succeeds.
    pub async fn login(&self, staff: &TestStaff) {
        let response = self.post_login(&staff.email, &staff.password).await;
        assert_eq!(response.status(), 303, "login as {} failed", staff.email);
    }

    /// A new department named `name`; returns its id.
    pub async fn create_department(&self, name: &str) -> i32 {
        use sea_orm::{ActiveModelTrait, Set};
        entity::department::ActiveModel {
            name: Set(name.to_owned()),
            parent_id: Set(None),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(self.db())
        .await
        .unwrap()
        .id
    }

    /// Releases every closed wave (and ended touchpoint month) as the scheduler does: its
    /// sealed answers become responses in groups of at least k. Returns how many periods.
    pub async fn release(&self) -> u64 {
        innerpulse::report::materialize::run_once(
            self.db(),
            &self.state.sealing,
            self.state.settings.anonymity.min_group_size.get(),
            chrono::Utc::now() + chrono::TimeDelta::seconds(10),
        )
        .await
        .unwrap()
    }

    /// One scheduler pass, as `innerpulse dispatch --once` runs it.
    pub async fn run_scheduler_once(&self) -> innerpulse::scheduler::PassOutcome {
        let mailer = self.state.settings.mailer().unwrap();
        innerpulse::scheduler::run_once(&self.state, &mailer)
            .await
            .unwrap()
    }
}

/// The value of the first hidden `csrf_token` field of an HTML page.
pub fn extract_csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF token in page:\n{html}"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

impl TestApp {
    /// One scheduler pass that sends mail through `mailer` (e.g. one pointed at a relay
    /// that is down).
    pub async fn run_scheduler_with(
        &self,
        mailer: &innerpulse::mail::Mailer,
    ) -> innerpulse::scheduler::PassOutcome {
        innerpulse::scheduler::run_once(&self.state, mailer)
            .await
            .unwrap()
    }

    /// A mailer whose SMTP relay is a closed port: every send finds the relay down.
    pub fn unreachable_mailer(&self) -> innerpulse::mail::Mailer {
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut settings = self.state.settings.mail.clone();
        settings.smtp.port = closed;
        settings.mailer().unwrap()
    }

    /// Creates an HR admin and logs this client in as them.
    pub async fn login_as_hr(&self) -> TestStaff {
        let hr = self.create_staff(Role::HrAdmin, &[]).await;
        self.login(&hr).await;
        hr
    }
}

/// Helpers for the accounts, password and API key tests.
impl TestApp {
    /// A second browser on the instance's pages: its own cookies, no redirects followed, its
    /// API writes from the instance's own origin.
    pub fn browser(&self) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::ORIGIN,
            reqwest::header::HeaderValue::from_str(self.state.settings.server.base_url())
                .expect("the base URL is a header value"),
        );
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .default_headers(headers)
            .build()
            .expect("HTTP client")
    }

    /// Posts a form from `client` to `path` (or an absolute URL), with a valid CSRF token.
    pub async fn submit_form(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let login = client.get(self.url("/login")).send().await.unwrap();
        let token = extract_csrf_token(&login.text().await.unwrap());
        let mut fields: Vec<(&str, &str)> = fields.to_vec();
        fields.push(("csrf_token", &token));
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            self.url(path)
        };
        client
            .post(url)
            .form(&fields)
            .send()
            .await
            .expect("POST form")
    }

    /// Posts a form as this app's own client.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.submit_form(&self.client, path, fields).await
    }

    /// Runs the scheduler once and returns the emails `address` has received so far.
    pub async fn deliver_mail_to(&self, address: &str) -> Vec<crate::smtp_server::Email> {
        let before = self.smtp.emails().len();
        let outcome = self.run_scheduler_once().await;
        self.smtp
            .wait_for(before + usize::try_from(outcome.mails_sent).unwrap())
            .await;
        self.smtp.emails_to(address)
    }
}

/// The `Location` header of a redirect.
pub fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// Organisation helpers: employees, form posts with CSRF, CSV uploads.
impl TestApp {
    /// A new active employee; returns its id.
    pub async fn create_employee(&self, email: &str, name: &str, department_id: i32) -> i32 {
        use sea_orm::{ActiveModelTrait, Set};
        entity::employee::ActiveModel {
            email: Set(email.to_owned()),
            name: Set(name.to_owned()),
            department_id: Set(department_id),
            locale: Set("en".to_owned()),
            active: Set(true),
            external_id: Set(None),
            created_at: Set(chrono::Utc::now()),
            updated_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(self.db())
        .await
        .unwrap()
        .id
    }

    /// Uploads `csv` through the import page, with extra form fields (`create_departments`, …).
    pub async fn upload_csv(&self, csv: &[u8], extra: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf_token().await;
        let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
        for (name, value) in extra {
            form = form.text(name.to_string(), value.to_string());
        }
        let file = reqwest::multipart::Part::bytes(csv.to_vec())
            .file_name("employees.csv")
            .mime_str("text/csv")
            .unwrap();
        form = form.part("file", file);
        self.client
            .post(self.url("/admin/employees/import"))
            .multipart(form)
            .send()
            .await
            .expect("POST /admin/employees/import")
    }

    /// Every employee, ordered by email.
    pub async fn employees(&self) -> Vec<entity::employee::Model> {
        use sea_orm::{EntityTrait, QueryOrder};
        entity::employee::Entity::find()
            .order_by_asc(entity::employee::Column::Email)
            .all(self.db())
            .await
            .unwrap()
    }
}
