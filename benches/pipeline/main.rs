//! The innerpulse pipeline benchmark (issue 8): `cargo bench --bench pipeline -- [OPTIONS]`.
//!
//! Against the real `innerpulse` binary on a fresh database, it seeds an organisation, opens a
//! wave, dispatches every invitation over SMTP to a local sink, reads the links out of the
//! received emails and answers each once over HTTP with C concurrent clients, closes the wave
//! and times the release of its sealed answers, seeds past waves
//! until the database holds a million answers, runs a scheduler pass and loads every provider
//! dashboard R times. Same-run baselines (a bare actix-web + group-commit handler storing the
//! same sealed records; raw lettre over `TCP_NODELAY`) turn the intake and dispatch figures into ratios
//! that hold on a noisy machine. Progress goes to stderr, the table to stdout, `--json FILE`
//! writes the figures. See docs/performance.md.

mod args;
mod baseline_server;
mod bulk;
mod dashboards;
mod dispatch;
mod forms;
mod history;
mod load;
mod organisation;
mod release;
mod report;
mod server;
mod setup;
mod sink;
mod targets;

use anyhow::Context;
use args::Args;
use clap::Parser;
use innerpulse::startup;
use innerpulse::waves::open;
use report::{OpenWave, Report, Run, SubmissionShape};
use server::Server;
use setup::Setup;
use sink::Sink;
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

/// The same allocator as the `innerpulse` binary, so the same-run baselines (which run in this
/// binary) are not handicapped by a slower one.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = runtime.block_on(async {
        match (
            &args.baseline_server,
            &args.baseline_sender,
            args.baseline_smtp_port,
        ) {
            (Some(database_url), _, _) => baseline_server::serve(database_url).await,
            (None, Some(file), Some(port)) => {
                dispatch::send_baseline(file, port, args.smtp_connections).await
            }
            _ => run(&args).await,
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Milliseconds of server CPU per request.
fn cpu_per_request(cpu_seconds: f64, requests: usize) -> f64 {
    cpu_seconds * 1000.0 / requests.max(1) as f64
}

fn phase(name: &str) {
    eprintln!("== {name}");
}

async fn run(args: &Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut setup = Setup::create(args.database_url.as_deref(), args.keep).await?;
    let outcome = pipeline(args, &mut setup, started).await;
    if outcome.is_err() {
        eprintln!("logs of the processes are in {}", setup.dir().display());
    }
    setup.finish().await;
    let report = outcome?;
    println!("{}", report.table());
    if let Some(path) = &args.json {
        let json = serde_json::to_string_pretty(&report)?;
        std::fs::write(path, json)
            .with_context(|| format!("Failed to write {}", path.display()))?;
        eprintln!("figures written to {}", path.display());
    }
    Ok(())
}

async fn pipeline(args: &Args, setup: &mut Setup, started: Instant) -> anyhow::Result<Report> {
    let (smtp_port, sink) = Sink::start()?;
    let first_environment = setup.environment(smtp_port, args.smtp_connections, "http://127.0.0.1");
    let settings = setup.settings(first_environment.clone())?;
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;

    phase("seeding the organisation");
    let clock = Instant::now();
    let organisation = organisation::seed(&db, args.employees).await?;
    let seed_seconds = clock.elapsed().as_secs_f64();

    phase("opening a wave");
    let clock = Instant::now();
    let opened = open::open_now(&db, &settings.security, organisation.cycle_id)
        .await?
        .context("The wave did not open")?;
    let open_wave = OpenWave {
        invitations: opened.invited,
        seconds: clock.elapsed().as_secs_f64(),
    };

    // The intake baseline gets a copy of the database as it is now, so that both intakes
    // start from the same state (nobody may be connected while PostgreSQL copies it).
    db.close().await.ok();
    let baseline_database_url = setup.copy_database().await?;
    let db = settings.database.connect().await?;

    phase("starting innerpulse serve");
    let server = Server::start(
        Path::new(server::BINARY),
        &["serve"],
        &first_environment,
        setup.dir(),
        &setup.log_file("server"),
    )
    .await?;
    let environment = setup.environment(
        smtp_port,
        args.smtp_connections,
        &format!("http://127.0.0.1:{}", server.port),
    );

    phase("dispatching invitations (innerpulse dispatch --once, then raw lettre)");
    let dispatched = dispatch::rounds(
        setup,
        &environment,
        &sink,
        smtp_port,
        args.smtp_connections,
        &db,
        opened.wave_id,
        opened.invited,
        args.dispatch_rounds,
    )
    .await?;
    let tokens: Vec<String> = dispatched
        .messages
        .iter()
        .filter_map(|m| sink::survey_token(&m.raw))
        .collect();
    anyhow::ensure!(
        tokens.len() == opened.invited,
        "found {} survey links in {} invitation emails",
        tokens.len(),
        opened.invited
    );
    let median = dispatched
        .median()
        .cloned()
        .context("No dispatch round ran")?;
    let dispatch_rounds = dispatched.rounds;

    phase("preparing the answers");
    let profiles = forms::profiles(&organisation.relationships, &mut rand::rng());
    let locales: HashMap<i32, innerpulse::domain::Locale> = organisation
        .employees
        .iter()
        .map(|&(id, _, locale)| (id, locale))
        .collect();
    let posts = forms::build(
        &db,
        opened.wave_id,
        organisation.questionnaire_id,
        &tokens,
        &locales,
        &profiles,
        &innerpulse::waves::rotation::RotationKey::new(&settings.security),
    )
    .await?;
    let count = posts.len().max(1) as f64;
    let submission = SubmissionShape {
        sections: posts.iter().map(|p| p.sections).sum::<usize>() as f64 / count,
        answers: posts.iter().map(|p| p.answers).sum::<usize>() as f64 / count,
    };
    let posts = Arc::new(posts);
    let concurrency = args.concurrency as usize;

    phase("answer intake (innerpulse)");
    server.reset_peak_memory()?;
    let cpu_before = server.cpu_seconds()?;
    let intake = load::run(server.port, concurrency, posts.clone(), 200, "intake").await?;
    let intake_cpu_ms = cpu_per_request(server.cpu_seconds()? - cpu_before, intake.requests);
    let intake_peak_rss_mb = server.peak_memory_kib()? as f64 * 1024.0 / 1e6;

    phase("answer intake baseline (bare actix-web + group commit)");
    let own_binary = std::env::current_exe().context("Cannot find the benchmark binary")?;
    let baseline = Server::start(
        &own_binary,
        &["--baseline-server", &baseline_database_url],
        &HashMap::new(),
        setup.dir(),
        &setup.log_file("baseline"),
    )
    .await?;
    let cpu_before = baseline.cpu_seconds()?;
    let intake_baseline = load::run(baseline.port, concurrency, posts, 200, "baseline").await?;
    let baseline_cpu_ms = cpu_per_request(
        baseline.cpu_seconds()? - cpu_before,
        intake_baseline.requests,
    );
    baseline.stop().await;

    phase("closing the wave and releasing its sealed answers");
    let release = release::run(&db, &settings, opened.wave_id).await?;

    phase("seeding past waves");
    let history = history::seed(&db, &organisation, &profiles, args.answers).await?;

    phase("scheduler pass (innerpulse dispatch --once)");
    let pass = server::run_to_end(
        Path::new(server::BINARY),
        &["dispatch", "--once"],
        &environment,
        setup.dir(),
        &setup.log_file("scheduler-pass"),
    )
    .await?;

    phase("provider dashboards");
    server.reset_peak_memory()?;
    let dashboards = dashboards::load(
        &db,
        server.port,
        &organisation.providers,
        args.dashboard_repeats,
    )
    .await?;
    let results_peak_rss_mb = server.peak_memory_kib()? as f64 * 1024.0 / 1e6;
    server.stop().await;
    db.close().await.ok();

    let mut report = Report {
        run: Run {
            database: if setup.is_sqlite() {
                "sqlite"
            } else {
                "postgresql"
            },
            employees: args.employees,
            departments: organisation.departments,
            relationships: organisation.relationships.len(),
            concurrency: args.concurrency,
            smtp_connections: args.smtp_connections,
            dashboard_repeats: args.dashboard_repeats,
        },
        machine: report::Machine::detect(),
        seed_seconds,
        open_wave,
        dispatch: median.innerpulse,
        dispatch_baseline: median.baseline,
        dispatch_rounds,
        intake,
        intake_baseline,
        submission,
        intake_cpu_ms,
        baseline_cpu_ms,
        intake_peak_rss_mb,
        release,
        history,
        scheduler_pass_seconds: pass.wall.as_secs_f64(),
        scheduler_pass_outcome: pass.stdout.trim().to_owned(),
        dashboards,
        results_peak_rss_mb,
        targets: Vec::new(),
        total_seconds: started.elapsed().as_secs_f64(),
    };
    report.targets = targets::judge(&report);
    Ok(report)
}
