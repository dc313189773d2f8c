//! The targets of issue 8, judged against a run's figures. A target the run could not measure
//! (the dashboards before the results pages exist) is reported as such, never guessed.

use super::report::{Report, Target, ratio};

/// Opening a wave for this many employees must take at most a second.
const OPEN_WAVE_EMPLOYEES: u32 = 10_000;

/// Judges every target against `report`.
pub fn judge(report: &Report) -> Vec<Target> {
    let sqlite = report.run.database == "sqlite";
    let intake = &report.intake;
    let intake_ratio = ratio(intake.per_second, report.intake_baseline.per_second);
    let dispatch_ratio = ratio(
        report.dispatch.emails_per_second,
        report.dispatch_baseline.emails_per_second,
    );
    let mut targets = Vec::new();
    let (goal, floor) = if sqlite {
        ("≥ 10,000/s (SQLite)", 10_000.0)
    } else {
        ("≥ 5,000/s (PostgreSQL)", 5_000.0)
    };
    targets.push(Target::new(
        &format!("intake submissions/s at c = {}", intake.concurrency),
        goal,
        format!("{:.0}/s", intake.per_second),
        intake.per_second >= floor,
    ));
    targets.push(Target::new(
        "intake vs bare baseline",
        "≥ 0.5×",
        format!("{intake_ratio:.2}×"),
        intake_ratio >= 0.5,
    ));
    targets.push(Target::new(
        "intake p99 latency",
        "≤ 15 ms",
        format!("{:.2} ms", intake.latency.p99_ms),
        intake.latency.p99_ms <= 15.0,
    ));
    targets.push(Target::new(
        "dispatch vs raw lettre",
        "≥ 0.8×",
        format!("{dispatch_ratio:.2}×"),
        dispatch_ratio >= 0.8,
    ));
    let open = &report.open_wave;
    let open_name = format!("open a wave ({} employees)", report.run.employees);
    if report.run.employees >= OPEN_WAVE_EMPLOYEES {
        targets.push(Target::new(
            &open_name,
            "≤ 1 s at 10,000",
            format!("{:.3} s", open.seconds),
            open.seconds <= 1.0,
        ));
    } else {
        targets.push(Target::not_measured(
            &open_name,
            "≤ 1 s at 10,000",
            format!(
                "{:.3} s (run with --employees 10000 to judge)",
                open.seconds
            ),
        ));
    }
    let release = &report.release;
    let (goal, ceiling) = if sqlite {
        ("≤ 5 s (SQLite)", 5.0)
    } else {
        ("≤ 10 s (PostgreSQL)", 10.0)
    };
    let release_name = format!(
        "release a closed wave ({} submissions)",
        release.submissions
    );
    if release.submissions >= 10_000 {
        targets.push(Target::new(
            &release_name,
            goal,
            format!("{:.2} s", release.seconds),
            release.seconds <= ceiling,
        ));
    } else {
        targets.push(Target::not_measured(
            &release_name,
            goal,
            format!(
                "{:.2} s (run with --employees 10000 to judge)",
                release.seconds
            ),
        ));
    }
    let dashboards_name = format!("dashboard p50 on {} answers", report.history.answers_total);
    let latency = &report.dashboards.latency;
    if report.history.answers_total >= 1_000_000 {
        targets.push(Target::new(
            &dashboards_name,
            "≤ 20 ms on ≥ 1,000,000",
            format!("{:.2} ms", latency.p50_ms),
            latency.p50_ms <= 20.0,
        ));
    } else {
        targets.push(Target::not_measured(
            &dashboards_name,
            "≤ 20 ms on ≥ 1,000,000",
            format!(
                "{:.2} ms (fewer than 1,000,000 answers: raise --answers)",
                latency.p50_ms
            ),
        ));
    }
    targets.push(Target::new(
        "server peak RSS during intake",
        "≤ 100 MB",
        format!("{:.1} MB", report.intake_peak_rss_mb),
        report.intake_peak_rss_mb <= 100.0,
    ));
    targets
}
