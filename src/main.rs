//! The `innerpulse` binary: parse the command line, load configuration, start logging, and
//! hand over to the library.

use clap::Parser;
use innerpulse::cli::Cli;
use innerpulse::config::{self, ConfigSources};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match config::load(ConfigSources::for_cli(cli.config.as_deref())) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    innerpulse::telemetry::init(&settings.log);
    match innerpulse::commands::run(cli.command, settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
