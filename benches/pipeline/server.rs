//! The innerpulse processes under test: the real `innerpulse` binary built by cargo, started
//! as `serve` (a separate process, so its memory is its own) or run as `dispatch --once`.
//! Peak memory is read from `/proc/PID/status` (`VmHWM`) and reset between phases by writing
//! `5` to `/proc/PID/clear_refs`.

use anyhow::{Context, bail};
use std::collections::HashMap;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// Linux reports process CPU time in ticks of 1/100 s (`USER_HZ`) on every architecture.
const CLOCK_TICKS_PER_SECOND: f64 = 100.0;

/// The `innerpulse` binary of this build.
pub const BINARY: &str = env!("CARGO_BIN_EXE_innerpulse");

/// A running process that prints `… (port N)` on its first lines once it listens.
pub struct Server {
    child: Child,
    /// Its HTTP port on 127.0.0.1.
    pub port: u16,
}

impl Server {
    /// Runs `program args` in `dir` with `environment`, its log in `log`, and waits until it
    /// says which port it listens on.
    pub async fn start(
        program: &Path,
        args: &[&str],
        environment: &HashMap<String, String>,
        dir: &Path,
        log: &Path,
    ) -> anyhow::Result<Self> {
        let log_file = std::fs::File::create(log)
            .with_context(|| format!("Failed to create {}", log.display()))?;
        let mut child = Command::new(program)
            .args(args)
            .envs(environment)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("Failed to start {}", program.display()))?;
        let stdout = child.stdout.take().context("No stdout of the server")?;
        let mut lines = BufReader::new(stdout).lines();
        let port = tokio::time::timeout(Duration::from_mins(2), async {
            while let Some(line) = lines.next_line().await? {
                if let Some(port) = port_in(&line) {
                    return Ok(port);
                }
            }
            bail!("the server exited before listening; see {}", log.display())
        })
        .await
        .context("The server did not start within two minutes")??;
        // Keep reading (and dropping) stdout so the server never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Ok(Self { child, port })
    }

    fn pid(&self) -> anyhow::Result<u32> {
        self.child.id().context("The server has exited")
    }

    /// Peak resident memory since start or the last `reset_peak_memory`, in KiB.
    pub fn peak_memory_kib(&self) -> anyhow::Result<u64> {
        status_field(self.pid()?, "VmHWM:")
    }

    /// Resets the peak resident memory to the current one.
    pub fn reset_peak_memory(&self) -> anyhow::Result<()> {
        let path = format!("/proc/{}/clear_refs", self.pid()?);
        std::fs::write(&path, "5").with_context(|| format!("Failed to write {path}"))
    }

    /// CPU time the process has used so far (user and system, all threads), in seconds.
    pub fn cpu_seconds(&self) -> anyhow::Result<f64> {
        // utime and stime: fields 14 and 15 of the line.
        stat_seconds(&self.pid()?.to_string(), 14)
    }

    /// Stops the process.
    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// The port in a line such as `innerpulse is serving on http://127.0.0.1:4321 (port 4321)`.
fn port_in(line: &str) -> Option<u16> {
    let start = line.rfind("(port ")? + "(port ".len();
    line[start..].trim_end_matches(')').parse().ok()
}

/// CPU time of this process's finished children (cutime and cstime, fields 16 and 17).
fn children_cpu_seconds() -> anyhow::Result<f64> {
    stat_seconds("self", 16)
}

/// The sum of the two tick counts from field `first` on of `/proc/{pid}/stat`, in seconds.
fn stat_seconds(pid: &str, first: usize) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .context("Failed to read /proc stat (Linux only)")?;
    // Fields after the command name (which may contain spaces) start at its closing `)`,
    // with field 3; so field n is at index n - 3 of the rest.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks: u64 = fields
        .get(first - 3..first - 1)
        .context("Unexpected /proc stat format")?
        .iter()
        .filter_map(|field| field.parse::<u64>().ok())
        .sum();
    Ok(ticks as f64 / CLOCK_TICKS_PER_SECOND)
}

fn status_field(pid: u32, field: &str) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .context("Failed to read the server's /proc status (Linux only)")?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .with_context(|| format!("No {field} in /proc/{pid}/status"))
}

/// What a finished process took.
pub struct Finished {
    /// Wall time.
    pub wall: Duration,
    /// CPU time (user and system, all threads), seconds.
    pub cpu_seconds: f64,
    /// Its standard output.
    pub stdout: String,
}

/// Runs `program args` (the `innerpulse` binary: `BINARY`) to completion.
pub async fn run_to_end(
    program: &Path,
    args: &[&str],
    environment: &HashMap<String, String>,
    dir: &Path,
    log: &Path,
) -> anyhow::Result<Finished> {
    let children_cpu_before = children_cpu_seconds()?;
    let log_file = std::fs::File::create(log)
        .with_context(|| format!("Failed to create {}", log.display()))?;
    let started = Instant::now();
    let output = Command::new(program)
        .args(args)
        .envs(environment)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(log_file)
        .output()
        .await
        .with_context(|| format!("Failed to run {} {}", program.display(), args.join(" ")))?;
    let elapsed = started.elapsed();
    if !output.status.success() {
        bail!(
            "{} {} failed ({}); see {}",
            program.display(),
            args.join(" "),
            output.status,
            log.display()
        );
    }
    Ok(Finished {
        wall: elapsed,
        cpu_seconds: children_cpu_seconds()? - children_cpu_before,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    })
}
