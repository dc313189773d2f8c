//! One function per CLI subcommand.

mod create_admin;
mod import;
mod keys;

use crate::cli::Command;
use crate::config::{Mode, Settings};
use crate::startup::{self, Application};
use anyhow::Context;

/// Runs the chosen subcommand (`serve` when none).
pub async fn run(command: Option<Command>, settings: Settings) -> anyhow::Result<()> {
    match command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::Migrate => {
            let db = settings.database.connect().await?;
            startup::prepare_database(&db).await?;
            println!("Database schema is up to date.");
            Ok(())
        }
        Command::Demo { no_serve } => demo(settings, no_serve).await,
        Command::CreateAdmin {
            email,
            name,
            oidc_subject,
            oidc_provider,
        } => {
            let identity = match oidc_subject {
                Some(subject) => Some(create_admin::provider_identity(
                    &settings,
                    subject,
                    oidc_provider,
                )?),
                None => None,
            };
            create_admin::run(settings, &email, name, identity).await
        }
        Command::Dispatch { once } => dispatch(settings, once).await,
        Command::Keys { action } => keys::run(settings, action).await,
        Command::Import {
            file,
            create_departments,
            confirm_deactivation,
        } => import::run(settings, &file, create_departments, confirm_deactivation).await,
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let application = Application::build(settings).await?;
    let base_url = application.state().settings.server.base_url().to_owned();
    tracing::info!(port = application.port(), %base_url, "innerpulse is serving");
    println!(
        "innerpulse is serving on {base_url} (port {})",
        application.port()
    );
    tokio::select! {
        outcome = application.run_until_stopped() => outcome,
        _ = tokio::signal::ctrl_c() => {
            tracing::info!("interrupted, shutting down");
            Ok(())
        }
    }
}

async fn demo(settings: Settings, no_serve: bool) -> anyhow::Result<()> {
    if settings.app.mode == Mode::Production {
        anyhow::bail!(
            "`innerpulse demo` is refused in production mode (app.mode): it creates accounts with published passwords"
        );
    }
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;
    let report = crate::demo::seed(&db, &settings)
        .await
        .context("Failed to create the demo organisation")?;
    println!("{report}");
    if no_serve {
        return Ok(());
    }
    serve(settings).await
}

async fn dispatch(settings: Settings, once: bool) -> anyhow::Result<()> {
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;
    crate::audit::settings::record_changes(&db, &settings).await?;
    let state = startup::app_state(settings, db)?;
    if once {
        let mailer = state.settings.mailer()?;
        let outcome = crate::scheduler::run_once(&state, &mailer).await?;
        println!("{outcome}");
        return Ok(());
    }
    tokio::select! {
        outcome = crate::scheduler::run_forever(&state) => outcome,
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}
