//! Command-line interface: `innerpulse [--config PATH] [COMMAND]`.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// innerpulse — internal customer feedback: pulse surveys between departments, anonymous by
/// construction.
#[derive(Debug, Parser)]
#[command(name = "innerpulse", version, about, long_about = None)]
pub struct Cli {
    /// Read this configuration file after config/default.toml and config/local.toml
    /// (environment variables `INNERPULSE__SECTION__KEY` still win).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do; `serve` when none is given.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server and the scheduler (the default).
    Serve,
    /// Apply pending database migrations and exit (safe to run repeatedly).
    Migrate,
    /// Create the demo organisation if the database has none, print logins, then serve.
    Demo {
        /// Only create the demo data and print the logins; do not start the server.
        #[arg(long)]
        no_serve: bool,
    },
    /// Create an HR admin account. The password is read from standard input when it is piped
    /// in, otherwise a strong one is generated and printed once.
    CreateAdmin {
        /// Login email of the new admin.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Display name (defaults to the part of the email before the @).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Sign in through an identity provider as this subject (`sub`) instead of with a
        /// password: for installations with `auth.password_login = false`.
        #[arg(long, value_name = "SUBJECT")]
        oidc_subject: Option<String>,
        /// The provider of `--oidc-subject` (its name in `auth.oidc.providers`); may be left
        /// out when only one provider is configured.
        #[arg(long, value_name = "NAME", requires = "oidc_subject")]
        oidc_provider: Option<String>,
    },
    /// Import employees from a CSV file (columns email, name, department, locale,
    /// `external_id)`: all or nothing; exits non-zero when the file is rejected.
    Import {
        /// The CSV file: UTF-8, `,` or `;` separated, with a header row.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Create departments the file names that do not exist yet.
        #[arg(long)]
        create_departments: bool,
        /// Proceed even when more than 20 % of the active employees would be deactivated.
        #[arg(long)]
        confirm_deactivation: bool,
    },
    /// Manage the sealing keys (`security.sealing_key_file`) that keep answers sealed until
    /// their release.
    Keys {
        #[command(subcommand)]
        action: KeysAction,
    },
    /// Run the scheduler without the web server: open due waves, send invitations, reminders
    /// and queued mail, close waves.
    Dispatch {
        /// Run exactly one pass and exit (for cron-style deployments and tests).
        #[arg(long)]
        once: bool,
    },
}

/// What `innerpulse keys` does.
#[derive(Debug, Subcommand)]
pub enum KeysAction {
    /// Print a new random key (one line for a key file); needs no configuration.
    Generate,
    /// List the configured keys and how many sealed submissions each still has to open.
    Status,
    /// Put a new key first in `security.sealing_key_file` (it seals from now on) and keep the
    /// old keys that sealed submissions still need; keys no submission needs are dropped.
    Rotate,
}
