//! The figures of a run: latency summaries, the machine, every phase, the targets of issue 8
//! with whether each was met, printed as a table and written as JSON.

use super::dashboards::Dashboards;
use super::dispatch::{Delivery, Round};
use super::history::Seeded;
use super::load::LoadFigures;
use serde::Serialize;
use std::fmt::Write as _;
use std::time::Duration;

/// Latency percentiles of a set of requests, in milliseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Latency {
    /// Requests measured.
    pub count: usize,
    /// Median.
    pub p50_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Slowest.
    pub max_ms: f64,
    /// Mean.
    pub mean_ms: f64,
}

impl Latency {
    /// Summarises `durations` (nearest-rank percentiles).
    pub fn of(mut durations: Vec<Duration>) -> Self {
        if durations.is_empty() {
            return Self::default();
        }
        durations.sort_unstable();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let rank = |p: f64| {
            let index = ((p / 100.0) * durations.len() as f64).ceil() as usize;
            durations[index.clamp(1, durations.len()) - 1]
        };
        let total: Duration = durations.iter().sum();
        Self {
            count: durations.len(),
            p50_ms: ms(rank(50.0)),
            p99_ms: ms(rank(99.0)),
            max_ms: ms(durations[durations.len() - 1]),
            mean_ms: ms(total) / durations.len() as f64,
        }
    }
}

/// Where the run happened.
#[derive(Clone, Debug, Serialize)]
pub struct Machine {
    /// CPU model.
    pub cpu: String,
    /// Logical CPUs available.
    pub cpus: usize,
    /// Memory, MiB.
    pub memory_mib: u64,
    /// Kernel release.
    pub kernel: String,
    /// Cargo profile the benchmark was built with.
    pub profile: &'static str,
}

impl Machine {
    /// Reads `/proc` (Linux); unknown values stay empty.
    pub fn detect() -> Self {
        let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
        let cpu = read("/proc/cpuinfo")
            .lines()
            .find_map(|l| {
                l.strip_prefix("model name")
                    .map(|r| r.trim_start_matches([' ', '\t', ':']).to_owned())
            })
            .unwrap_or_default();
        let memory_kib: u64 = read("/proc/meminfo")
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|r| r.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0);
        Self {
            cpu,
            cpus: std::thread::available_parallelism().map_or(0, usize::from),
            memory_mib: memory_kib / 1024,
            kernel: read("/proc/sys/kernel/osrelease").trim().to_owned(),
            profile: if cfg!(debug_assertions) {
                "debug"
            } else {
                "release"
            },
        }
    }
}

/// Every figure of a run.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The command line's knobs.
    pub run: Run,
    /// The machine.
    pub machine: Machine,
    /// Seeding the organisation, seconds.
    pub seed_seconds: f64,
    /// Opening the wave.
    pub open_wave: OpenWave,
    /// innerpulse's dispatch, in the round with the median ratio.
    pub dispatch: Delivery,
    /// Raw lettre to the same sink, in that round.
    pub dispatch_baseline: Delivery,
    /// Every dispatch round, in the order run.
    pub dispatch_rounds: Vec<Round>,
    /// innerpulse's answer intake.
    pub intake: LoadFigures,
    /// The bare baseline's intake.
    pub intake_baseline: LoadFigures,
    /// Averages of the submissions posted.
    pub submission: SubmissionShape,
    /// innerpulse server CPU time per submission during intake, ms.
    pub intake_cpu_ms: f64,
    /// Baseline server CPU time per submission, ms.
    pub baseline_cpu_ms: f64,
    /// Server peak resident memory during intake, MB (10^6 bytes).
    pub intake_peak_rss_mb: f64,
    /// Releasing the intake wave's sealed answers.
    pub release: Release,
    /// Seeding past waves.
    pub history: Seeded,
    /// The scheduler pass after seeding (`innerpulse dispatch --once`), seconds.
    pub scheduler_pass_seconds: f64,
    /// What that pass printed.
    pub scheduler_pass_outcome: String,
    /// Provider dashboards.
    pub dashboards: Dashboards,
    /// Server peak resident memory during the results phase, MB (10^6 bytes).
    pub results_peak_rss_mb: f64,
    /// The targets of issue 8.
    pub targets: Vec<Target>,
    /// Wall time of the whole run, seconds.
    pub total_seconds: f64,
}

/// The command line's knobs.
#[derive(Clone, Debug, Serialize)]
pub struct Run {
    /// `sqlite` or `postgresql`.
    pub database: &'static str,
    /// Employees.
    pub employees: u32,
    /// Departments.
    pub departments: usize,
    /// Relationships.
    pub relationships: usize,
    /// Concurrent HTTP clients.
    pub concurrency: u32,
    /// SMTP connections on both sides.
    pub smtp_connections: u32,
    /// Loads per dashboard.
    pub dashboard_repeats: u32,
}

/// Opening the wave.
#[derive(Clone, Debug, Serialize)]
pub struct OpenWave {
    /// Invitations created.
    pub invitations: usize,
    /// Wall time of `waves::open::open_now`, seconds.
    pub seconds: f64,
}

/// The release of the closed intake wave.
#[derive(Clone, Debug, Serialize)]
pub struct Release {
    /// Sealed submissions of the wave before the release.
    pub submissions: u64,
    /// Responses written.
    pub responses: u64,
    /// Answers written.
    pub answers: u64,
    /// Submissions still sealed afterwards (services below k).
    pub held: u64,
    /// Wall time of the release (open, write, aggregate, clear, compact), seconds.
    pub seconds: f64,
}

/// What a typical submission contained.
#[derive(Clone, Debug, Serialize)]
pub struct SubmissionShape {
    /// Sections per submission.
    pub sections: f64,
    /// Answers per submission.
    pub answers: f64,
}

/// One target of the issue and how the run did.
#[derive(Clone, Debug, Serialize)]
pub struct Target {
    /// What is measured.
    pub name: String,
    /// The goal.
    pub goal: String,
    /// What was measured.
    pub measured: String,
    /// `None` when the run could not measure it.
    pub met: Option<bool>,
}

impl Target {
    /// A target with a measured value.
    pub fn new(name: &str, goal: &str, measured: String, met: bool) -> Self {
        Self {
            name: name.to_owned(),
            goal: goal.to_owned(),
            measured,
            met: Some(met),
        }
    }

    /// A target the run could not measure, and why.
    pub fn not_measured(name: &str, goal: &str, why: String) -> Self {
        Self {
            name: name.to_owned(),
            goal: goal.to_owned(),
            measured: why,
            met: None,
        }
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { 0.0 }
}

impl Report {
    /// The human-readable table.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let r = &self.run;
        let m = &self.machine;
        let _ = writeln!(
            out,
            "innerpulse pipeline benchmark — {} employees, {} departments, {} relationships, {}, c = {}",
            r.employees, r.departments, r.relationships, r.database, r.concurrency
        );
        let _ = writeln!(
            out,
            "machine: {} ({} CPUs, {} MiB, Linux {}), {} build\n",
            m.cpu, m.cpus, m.memory_mib, m.kernel, m.profile
        );
        let mut row = |phase: &str, figure: String| {
            let _ = writeln!(out, "  {phase:<34} {figure}");
        };
        row("seed organisation", format!("{:.2} s", self.seed_seconds));
        row(
            "open wave",
            format!(
                "{:.3} s for {} invitations",
                self.open_wave.seconds, self.open_wave.invitations
            ),
        );
        row("dispatch (innerpulse)", delivery(&self.dispatch));
        row(
            "dispatch (raw lettre, TCP_NODELAY)",
            delivery(&self.dispatch_baseline),
        );
        let rounds: Vec<String> = self
            .dispatch_rounds
            .iter()
            .map(|round| format!("{:.2}×", round.ratio))
            .collect();
        row(
            "dispatch ratio",
            format!(
                "{:.2}× baseline (median round of {}: {})",
                ratio(
                    self.dispatch.emails_per_second,
                    self.dispatch_baseline.emails_per_second
                ),
                rounds.len(),
                rounds.join(", ")
            ),
        );
        row(
            "submission shape",
            format!(
                "{:.2} sections, {:.1} answers",
                self.submission.sections, self.submission.answers
            ),
        );
        row("intake (innerpulse)", load(&self.intake));
        row(
            "intake (bare actix + group commit)",
            load(&self.intake_baseline),
        );
        row(
            "intake ratio",
            format!(
                "{:.2}× baseline",
                ratio(self.intake.per_second, self.intake_baseline.per_second)
            ),
        );
        row(
            "server CPU per submission",
            format!(
                "innerpulse {:.3} ms, baseline {:.3} ms ({:.2}×)",
                self.intake_cpu_ms,
                self.baseline_cpu_ms,
                ratio(self.intake_cpu_ms, self.baseline_cpu_ms)
            ),
        );
        row(
            "server peak RSS during intake",
            format!("{:.1} MB", self.intake_peak_rss_mb),
        );
        let released = &self.release;
        row(
            "release of the closed wave",
            format!(
                "{:.2} s for {} sealed submissions → {} responses + {} answers ({} held back)",
                released.seconds,
                released.submissions,
                released.responses,
                released.answers,
                released.held
            ),
        );
        let h = &self.history;
        row(
            "seed past waves",
            format!(
                "{} waves, {} responses, {} answers in {:.1} s ({} answers in the database)",
                h.waves, h.responses, h.answers_created, h.seconds, h.answers_total
            ),
        );
        row(
            "scheduler pass after seeding",
            format!(
                "{:.2} s ({})",
                self.scheduler_pass_seconds, self.scheduler_pass_outcome
            ),
        );
        let Dashboards {
            providers,
            repeats,
            latency,
            statuses,
        } = &self.dashboards;
        let dashboards = format!(
            "{providers} providers × {repeats}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; statuses {statuses:?}",
            latency.p50_ms, latency.p99_ms, latency.max_ms
        );
        row("provider dashboards", dashboards);
        row(
            "server peak RSS during results",
            format!("{:.1} MB", self.results_peak_rss_mb),
        );
        row("total run time", format!("{:.1} s", self.total_seconds));
        let _ = writeln!(out, "\ntargets (issue 8):");
        for target in &self.targets {
            let verdict = match target.met {
                Some(true) => "met",
                Some(false) => "MISSED",
                None => "not measured",
            };
            let _ = writeln!(
                out,
                "  {:<13} {:<44} goal {:<22} measured {}",
                verdict, target.name, target.goal, target.measured
            );
        }
        out
    }
}

fn delivery(d: &Delivery) -> String {
    let cpu = if d.cpu_ms_per_email > 0.0 {
        format!("; {:.3} ms CPU per email", d.cpu_ms_per_email)
    } else {
        String::new()
    };
    format!(
        "{} emails, {:.0} emails/s (first to last arrival {:.2} s; sender wall time {:.2} s{cpu})",
        d.emails, d.emails_per_second, d.arrival_seconds, d.wall_seconds
    )
}

fn load(l: &LoadFigures) -> String {
    format!(
        "{} POSTs, {:.0}/s, p50 {:.2} ms, p99 {:.2} ms, max {:.1} ms; statuses {:?}",
        l.requests, l.per_second, l.latency.p50_ms, l.latency.p99_ms, l.latency.max_ms, l.statuses
    )
}
