//! Dispatch: `innerpulse dispatch --once` (one real scheduler pass as a separate process)
//! sends every invitation to the SMTP sink; then the same-run baseline sends the very same
//! messages with raw lettre over `TCP_NODELAY` connections, as many as innerpulse's pool, also
//! from a process of its own (this binary with `--baseline-sender`), so that both senders pay
//! the same cost of talking to the sink across processes. Both rates are taken at the sink,
//! from the first message to the last, and both senders' CPU time is measured.
//!
//! A phase of about a second varies a lot on a shared machine, so the pair is run in several
//! rounds (the invitations put back to pending in between) and the round with the median
//! ratio is reported, every round's figures alongside.

use super::report::ratio;
use super::server;
use super::setup::Setup;
use super::sink::{self, Received, Sink};
use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use entity::invitation::{self, Column, DeliveryState};
use lettre::Address;
use lettre::address::Envelope;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;
use tokio::net::TcpStream;

/// Figures of one way of sending.
#[derive(Clone, Debug, Serialize)]
pub struct Delivery {
    /// Messages that arrived.
    pub emails: usize,
    /// Wall time of the whole sender (innerpulse: the process, start-up included), seconds.
    pub wall_seconds: f64,
    /// First to last arrival at the sink, seconds.
    pub arrival_seconds: f64,
    /// Messages per second between the first and the last arrival.
    pub emails_per_second: f64,
    /// CPU time of the sender's whole process per message, ms (start-up included).
    pub cpu_ms_per_email: f64,
}

/// One round: innerpulse's pass, then raw lettre sending the very same messages.
#[derive(Clone, Debug, Serialize)]
pub struct Round {
    /// innerpulse's figures.
    pub innerpulse: Delivery,
    /// Raw lettre's figures.
    pub baseline: Delivery,
    /// innerpulse's rate over the baseline's.
    pub ratio: f64,
}

/// Every round, and the messages of the first (for their survey links).
pub struct Rounds {
    /// In the order run.
    pub rounds: Vec<Round>,
    /// The invitations as the sink received them in the first round.
    pub messages: Vec<Received>,
}

impl Rounds {
    /// The round with the median ratio (the lower middle one of an even count).
    pub fn median(&self) -> Option<&Round> {
        let mut sorted: Vec<&Round> = self.rounds.iter().collect();
        sorted.sort_by(|a, b| a.ratio.total_cmp(&b.ratio));
        sorted.get(sorted.len().saturating_sub(1) / 2).copied()
    }
}

/// Runs `count` rounds of dispatching the `expected` invitations of `wave_id`, innerpulse's
/// pass first, then the baseline with `connections` connections to the sink on `smtp_port`.
#[allow(clippy::too_many_arguments)]
pub async fn rounds(
    setup: &Setup,
    environment: &HashMap<String, String>,
    sink: &Sink,
    smtp_port: u16,
    connections: u32,
    db: &DatabaseConnection,
    wave_id: i32,
    expected: usize,
    count: u32,
) -> anyhow::Result<Rounds> {
    let mut rounds = Vec::new();
    let mut first = None;
    for round in 1..=count {
        if round > 1 {
            send_again(db, wave_id).await?;
        }
        eprintln!("dispatch round {round} of {count}: innerpulse, then raw lettre");
        let dispatched = innerpulse(setup, environment, sink, expected).await?;
        let baseline =
            raw_lettre(setup, smtp_port, connections, sink, &dispatched.messages).await?;
        rounds.push(Round {
            ratio: ratio(
                dispatched.delivery.emails_per_second,
                baseline.emails_per_second,
            ),
            innerpulse: dispatched.delivery,
            baseline,
        });
        first.get_or_insert(dispatched.messages);
    }
    Ok(Rounds {
        rounds,
        messages: first.unwrap_or_default(),
    })
}

/// Puts the wave's invitations back to pending, as if never sent.
async fn send_again(db: &DatabaseConnection, wave_id: i32) -> anyhow::Result<()> {
    invitation::Entity::update_many()
        .col_expr(Column::DeliveryState, Expr::value(DeliveryState::Pending))
        .col_expr(Column::Attempts, Expr::value(0))
        .col_expr(
            Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::SentAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(
            Column::NextReminderAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::WaveId.eq(wave_id))
        .exec(db)
        .await
        .context("Failed to put the invitations back to pending")?;
    Ok(())
}

/// What dispatch produced besides its figures: the messages as received.
pub struct Dispatched {
    /// The figures.
    pub delivery: Delivery,
    /// The received messages.
    pub messages: Vec<Received>,
}

/// Runs one scheduler pass and waits for `expected` messages.
pub async fn innerpulse(
    setup: &Setup,
    environment: &HashMap<String, String>,
    sink: &Sink,
    expected: usize,
) -> anyhow::Result<Dispatched> {
    let progress = {
        let sink = sink.clone();
        tokio::spawn(async move {
            sink.wait_for(expected, Duration::from_hours(1), "dispatch")
                .await
        })
    };
    let finished = server::run_to_end(
        Path::new(server::BINARY),
        &["dispatch", "--once"],
        environment,
        setup.dir(),
        &setup.log_file("dispatch"),
    )
    .await?;
    let arrived = sink
        .wait_for(expected, Duration::from_secs(10), "dispatch")
        .await;
    progress.abort();
    if arrived < expected {
        bail!(
            "only {arrived} of {expected} invitations arrived; the pass said: {}",
            finished.stdout.trim()
        );
    }
    let messages = sink.take();
    let (arrival_seconds, emails_per_second) = sink::arrival_rate(&messages);
    Ok(Dispatched {
        delivery: Delivery {
            emails: messages.len(),
            wall_seconds: finished.wall.as_secs_f64(),
            arrival_seconds,
            emails_per_second,
            cpu_ms_per_email: finished.cpu_seconds * 1000.0 / expected.max(1) as f64,
        },
        messages,
    })
}

/// Sends `messages` again with raw lettre over `connections` connections with `TCP_NODELAY`,
/// from a child process (`--baseline-sender`) that reads them from a file in `setup`'s folder.
pub async fn raw_lettre(
    setup: &Setup,
    smtp_port: u16,
    connections: u32,
    sink: &Sink,
    messages: &[Received],
) -> anyhow::Result<Delivery> {
    let file = setup.dir().join("baseline-messages.bin");
    write_messages(&file, messages)?;
    let own_binary = std::env::current_exe().context("Cannot find the benchmark binary")?;
    let (port, connections_arg) = (smtp_port.to_string(), connections.to_string());
    let finished = server::run_to_end(
        &own_binary,
        &[
            "--baseline-sender",
            &file.to_string_lossy(),
            "--baseline-smtp-port",
            &port,
            "--smtp-connections",
            &connections_arg,
        ],
        &HashMap::new(),
        setup.dir(),
        &setup.log_file("baseline-sender"),
    )
    .await?;
    let _ = std::fs::remove_file(&file);
    let arrived = sink
        .wait_for(messages.len(), Duration::from_secs(10), "raw lettre")
        .await;
    if arrived < messages.len() {
        bail!(
            "only {arrived} of {} baseline messages arrived",
            messages.len()
        );
    }
    let received = sink.take();
    let (arrival_seconds, emails_per_second) = sink::arrival_rate(&received);
    Ok(Delivery {
        emails: received.len(),
        wall_seconds: finished.wall.as_secs_f64(),
        arrival_seconds,
        emails_per_second,
        cpu_ms_per_email: finished.cpu_seconds * 1000.0 / messages.len().max(1) as f64,
    })
}

/// Writes the raw messages, each after its length (8 bytes, little-endian).
fn write_messages(file: &Path, messages: &[Received]) -> anyhow::Result<()> {
    let mut bytes = Vec::with_capacity(messages.iter().map(|m| m.raw.len() + 8).sum());
    for message in messages {
        bytes.extend_from_slice(&(message.raw.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&message.raw);
    }
    std::fs::write(file, bytes).with_context(|| format!("Failed to write {}", file.display()))
}

/// Reads what `write_messages` wrote.
fn read_messages(file: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    let bytes =
        std::fs::read(file).with_context(|| format!("Failed to read {}", file.display()))?;
    let mut messages = Vec::new();
    let mut rest = bytes.as_slice();
    while let Some((length, after)) = rest.split_first_chunk::<8>() {
        let length = usize::try_from(u64::from_le_bytes(*length))?;
        anyhow::ensure!(after.len() >= length, "{} is cut short", file.display());
        let (message, after) = after.split_at(length);
        messages.push(message.to_vec());
        rest = after;
    }
    Ok(messages)
}

/// The baseline sender's process: sends the messages of `file` to the sink at `smtp_port`
/// with raw lettre over `connections` connections with `TCP_NODELAY`, spread round robin.
pub async fn send_baseline(file: &Path, smtp_port: u16, connections: u32) -> anyhow::Result<()> {
    let messages = read_messages(file)?;
    let from: Address = "pulse@bench.example".parse().context("sender address")?;
    let to: Address = "baseline@bench.example"
        .parse()
        .context("recipient address")?;
    let envelope = Envelope::new(Some(from), vec![to]).context("baseline envelope")?;
    let connections = connections.max(1) as usize;
    let mut lanes: Vec<Vec<Vec<u8>>> = vec![Vec::new(); connections];
    for (index, raw) in messages.into_iter().enumerate() {
        lanes[index % connections].push(raw);
    }
    let mut senders = Vec::with_capacity(connections);
    for raws in lanes {
        let envelope = envelope.clone();
        senders.push(tokio::spawn(async move {
            let stream = TcpStream::connect(("127.0.0.1", smtp_port)).await?;
            stream.set_nodelay(true)?;
            let mut connection =
                AsyncSmtpConnection::connect_with_transport(Box::new(stream), &ClientId::default())
                    .await?;
            for raw in &raws {
                connection.send(&envelope, raw).await?;
            }
            connection.quit().await?;
            anyhow::Ok(())
        }));
    }
    for sender in senders {
        sender.await.context("a baseline sender panicked")??;
    }
    Ok(())
}
