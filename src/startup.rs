//! Building and running the application: the HTTP server on its own listener (port 0 in
//! tests) and the scheduler, joined with `tokio::select!`.

use crate::config::Settings;
use crate::i18n::I18n;
use crate::metrics::{Access, Metrics};
use crate::report::period::ReportCache;
use crate::routes;
use crate::scheduler;
use crate::state::AppState;
use crate::survey::intake::AnswerIntake;
use crate::survey::question_key_cache::QuestionKeyCache;
use crate::web::{
    error_pages::error_pages, observe::observe, security_headers::security_headers,
    templates::Templates,
};
use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use sea_orm::DatabaseConnection;
use std::net::TcpListener;
use std::sync::Arc;

/// A built application, bound to its port but not yet serving.
pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
}

impl Application {
    /// Connects to the database, runs migrations (unless turned off), records changed audited
    /// settings, loads templates and translations, and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = settings.database.connect().await?;
        if settings.database.migrate_on_start {
            prepare_database(&db).await?;
        }
        crate::audit::settings::record_changes(&db, &settings)
            .await
            .context("Failed to record changed settings in the audit log")?;
        Self::build_with_database(settings, db)
    }

    /// Like `build`, with a database connection that already exists. With `server.port = 0`
    /// a free port is chosen and written into `server.base_url`, so emailed links point at it.
    pub fn build_with_database(
        mut settings: Settings,
        db: DatabaseConnection,
    ) -> anyhow::Result<Self> {
        let address = format!("{}:{}", settings.server.host, settings.server.port);
        let listener = TcpListener::bind(&address)
            .with_context(|| format!("Failed to listen on {address} (server.host, server.port)"))?;
        let port = listener.local_addr()?.port();
        if settings.server.port == 0 {
            settings.server.base_url = with_port(&settings.server.base_url, port)?;
        }
        if Access::of(&settings) == Access::Hidden {
            tracing::warn!(
                server.host = %settings.server.host,
                "metrics.token is not set and server.host is not loopback: /metrics answers 404"
            );
        }
        let state = app_state(settings, db)?;
        let server = run_server(listener, state.clone())?;
        Ok(Self {
            port,
            server,
            state,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The shared state (database, settings, templates), for tests and commands.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves HTTP and, when `scheduler.enabled`, runs the scheduler until either stops.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let scheduler_enabled = self.state.settings.scheduler.enabled;
        let warming = self.state.clone();
        tokio::spawn(async move { scheduler::warm_reports(&warming).await });
        let server = self.server;
        let scheduler_state = self.state.clone();
        let scheduler = async move {
            if scheduler_enabled {
                scheduler::run_forever(&scheduler_state).await
            } else {
                std::future::pending::<anyhow::Result<()>>().await
            }
        };
        tokio::select! {
            outcome = server => {
                tracing::info!(?outcome, "HTTP server stopped");
                outcome.context("HTTP server failed")
            }
            outcome = scheduler => {
                tracing::error!(?outcome, "scheduler stopped");
                outcome.context("Scheduler failed")
            }
        }
    }
}

fn with_port(base_url: &str, port: u16) -> anyhow::Result<String> {
    let mut url = url::Url::parse(base_url).context("Failed to parse server.base_url")?;
    url.set_port(Some(port))
        .map_err(|()| anyhow::anyhow!("server.base_url `{base_url}` cannot take a port"))?;
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

pub use crate::store::schema::migrate;

/// Migrations plus the data every installation ships with (the built-in questionnaire,
/// translated in every shipped locale). Idempotent.
pub async fn prepare_database(db: &DatabaseConnection) -> anyhow::Result<()> {
    migrate(db).await?;
    let i18n = I18n::load()?;
    crate::store::programme::questionnaires::ensure_builtin(db, &i18n)
        .await
        .context("Failed to install the built-in questionnaire")?;
    Ok(())
}

/// Loads translations and templates around a database connection and starts the answer
/// writer (so it must run inside a tokio runtime).
pub fn app_state(settings: Settings, db: DatabaseConnection) -> anyhow::Result<AppState> {
    let i18n = Arc::new(I18n::load()?);
    let templates = Templates::load(i18n.clone())?;
    let reports = Arc::new(ReportCache::new(settings.anonymity.min_group_size.get()));
    // Question keys of locked questionnaires, for validating submissions without a query.
    let question_keys = QuestionKeyCache::default();
    let sealing = Arc::new(settings.security.sealing_keys()?);
    let rotation = crate::waves::rotation::RotationKey::new(&settings.security);
    let intake = AnswerIntake::start(
        db.clone(),
        settings.database.clone(),
        question_keys,
        rotation.clone(),
        sealing.clone(),
    )?;
    let password_checks = crate::auth::password::PasswordChecks::new(
        settings.security.max_concurrent_password_checks,
    );
    Ok(AppState {
        db,
        settings: Arc::new(settings),
        templates,
        i18n,
        reports,
        intake,
        sealing,
        rotation,
        password_checks,
        identity_providers: Arc::new(crate::auth::oidc::Providers::new()?),
    })
}

fn run_server(listener: TcpListener, state: AppState) -> anyhow::Result<Server> {
    let metrics = web::Data::new(Metrics::new());
    let max_body = state.settings.server.max_body_kb * 1024;
    let https = state.settings.server.is_https();
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .wrap(from_fn(error_pages))
            .wrap(security_headers(https))
            .wrap(Compress::default())
            .wrap(from_fn(observe))
            .app_data(data.clone())
            .app_data(metrics.clone())
            .app_data(web::PayloadConfig::new(max_body))
            .app_data(web::FormConfig::default().limit(max_body))
            .app_data(web::JsonConfig::default().limit(max_body))
            .configure(routes::configure)
    })
    .listen(listener)
    .context("Failed to start the HTTP server")?
    .disable_signals()
    .run();
    Ok(server)
}
