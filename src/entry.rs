//! What the `innerpulse` binary runs: parse the command line, load configuration, start
//! logging, and hand over to `commands`. It lives in the library, not in `src/main.rs`, so that
//! the binary crate has next to nothing to compile.

use crate::cli::{Cli, Command, KeysAction};
use crate::config::{self, ConfigSources};
use clap::Parser;
use std::process::ExitCode;

/// Runs the command given on the command line on a multi-threaded tokio runtime. Exit code 2
/// for invalid configuration, 1 when the command fails.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Keys {
        action: KeysAction::Generate,
    }) = cli.command
    {
        // Needs no configuration: it is how a first key file is made.
        println!("{}", crate::sealing::SealingKeys::generate_line());
        return ExitCode::SUCCESS;
    }
    let settings = match config::load(ConfigSources::for_cli(cli.config.as_deref())) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: failed to start the tokio runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        crate::telemetry::init(&settings.log);
        match crate::commands::run(cli.command, settings).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: {error:#}");
                ExitCode::FAILURE
            }
        }
    })
}
