//! Dispatch: `innerpulse dispatch --once` (one real scheduler pass as a separate process)
//! sends every invitation to the SMTP sink; then the same-run baseline sends the very same
//! messages with raw lettre over `TCP_NODELAY` connections, as many as innerpulse's pool.
//! Both rates are taken at the sink, from the first message to the last.

use super::server;
use super::setup::Setup;
use super::sink::{self, Received, Sink};
use anyhow::{Context, bail};
use lettre::Address;
use lettre::address::Envelope;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use serde::Serialize;
use std::collections::HashMap;
use std::time::{Duration, Instant};
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
    /// CPU time of the sender per message, ms (innerpulse: the whole `dispatch --once`
    /// process; raw lettre: not measured, 0).
    pub cpu_ms_per_email: f64,
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
            sink.wait_for(expected, Duration::from_secs(3600), "dispatch")
                .await
        })
    };
    let finished = server::run_to_end(
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

/// Sends `messages` again with raw lettre over `connections` connections with `TCP_NODELAY`.
pub async fn raw_lettre(
    smtp_port: u16,
    connections: u32,
    sink: &Sink,
    messages: &[Received],
) -> anyhow::Result<Delivery> {
    let from: Address = "pulse@bench.example".parse().context("sender address")?;
    let to: Address = "baseline@bench.example"
        .parse()
        .context("recipient address")?;
    let envelope = Envelope::new(Some(from), vec![to]).context("baseline envelope")?;
    let connections = connections.max(1) as usize;
    let started = Instant::now();
    let mut senders = Vec::with_capacity(connections);
    for lane in 0..connections {
        let raws: Vec<Vec<u8>> = messages
            .iter()
            .skip(lane)
            .step_by(connections)
            .map(|m| m.raw.clone())
            .collect();
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
    let wall = started.elapsed();
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
        wall_seconds: wall.as_secs_f64(),
        arrival_seconds,
        emails_per_second,
        cpu_ms_per_email: 0.0,
    })
}
