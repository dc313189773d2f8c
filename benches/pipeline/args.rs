//! The benchmark's command line.

use clap::Parser;
use std::path::PathBuf;

/// innerpulse pipeline benchmark: seeds an organisation, opens a wave, dispatches every
/// invitation over SMTP, answers every link over HTTP, loads the provider dashboards on a
/// database holding a million answers, and compares intake and dispatch with same-run
/// baselines. Run it with `cargo bench --bench pipeline -- [OPTIONS]`.
#[derive(Debug, Parser)]
#[command(
    name = "pipeline",
    bin_name = "cargo bench --bench pipeline --",
    about = "innerpulse pipeline benchmark: seeds an organisation, opens a wave, dispatches \
             every invitation over SMTP, answers every link over HTTP and loads the provider \
             dashboards on a million answers, with same-run baselines for intake and dispatch",
    long_about = None
)]
pub struct Args {
    /// Employees in the organisation (each gets one invitation with up to 3 sections).
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(10..=1_000_000))]
    pub employees: u32,

    /// Concurrent HTTP clients submitting answers.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub concurrency: u32,

    /// PostgreSQL server to run on (a fresh database is created on it and dropped afterwards),
    /// e.g. <postgres://postgres@127.0.0.1:5432/postgres>. SQLite in a temporary folder when absent.
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,

    /// Answers the database must hold when the dashboards are loaded (past waves are seeded
    /// until it does).
    #[arg(long, default_value_t = 1_000_000)]
    pub answers: u64,

    /// How many times each provider dashboard is loaded.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub dashboard_repeats: u32,

    /// SMTP connections, for innerpulse (`mail.smtp.pool_size`) and for the raw lettre baseline.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub smtp_connections: u32,

    /// Dispatch rounds (each: innerpulse's pass, then the baseline sending the same messages);
    /// the round with the median ratio is reported. The invitations are put back to pending
    /// between rounds.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub dispatch_rounds: u32,

    /// Also write the figures as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Keep the temporary folder (SQLite database, server log) or PostgreSQL database.
    #[arg(long)]
    pub keep: bool,

    /// Passed by `cargo bench`; ignored.
    #[arg(long, hide = true)]
    pub bench: bool,

    /// Internal: send the raw messages of this file to the SMTP port given by
    /// `--baseline-smtp-port` with raw lettre (the dispatch baseline's own process).
    #[arg(
        long,
        hide = true,
        value_name = "FILE",
        requires = "baseline_smtp_port"
    )]
    pub baseline_sender: Option<PathBuf>,

    /// Internal: the sink's port for `--baseline-sender`.
    #[arg(long, hide = true, value_name = "PORT")]
    pub baseline_smtp_port: Option<u16>,

    /// Internal: run the bare baseline server on this database URL and print its port.
    #[arg(long, hide = true, value_name = "URL")]
    pub baseline_server: Option<String>,
}
