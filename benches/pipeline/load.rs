//! The load generator: `concurrency` clients, each on its own keep-alive HTTP/1.1 connection
//! (hyper's bare connection API, so the generator costs little of the machine it shares with
//! the server), take the next request from a shared list until every one was sent once, and
//! record each request's latency and status.

use super::forms::Post;
use super::report::Latency;
use anyhow::Context;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

/// What a load run measured.
#[derive(Clone, Debug, Serialize)]
pub struct LoadFigures {
    /// Requests sent.
    pub requests: usize,
    /// Concurrent clients.
    pub concurrency: usize,
    /// Wall time from the first request to the last response, seconds.
    pub seconds: f64,
    /// Requests answered with the expected status, per second.
    pub per_second: f64,
    /// Latency of every request.
    pub latency: Latency,
    /// Responses by status code (0: no response).
    pub statuses: BTreeMap<u16, usize>,
}

async fn connect(port: u16) -> anyhow::Result<SendRequest<Full<Bytes>>> {
    let stream = TcpStream::connect(("127.0.0.1", port))
        .await
        .context("Failed to connect to the server")?;
    stream.set_nodelay(true)?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream))
        .await
        .context("HTTP handshake failed")?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    Ok(sender)
}

/// Posts every one of `posts` once to `127.0.0.1:port`; a status other than `expected` is
/// counted, not fatal. Prints progress to stderr every two seconds.
pub async fn run(
    port: u16,
    concurrency: usize,
    posts: Arc<Vec<Post>>,
    expected: u16,
    label: &str,
) -> anyhow::Result<LoadFigures> {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut clients = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        let (next, posts) = (next.clone(), posts.clone());
        clients.push(tokio::spawn(async move {
            let mut sender = connect(port).await?;
            let mut samples = Vec::with_capacity(posts.len() / concurrency + 1);
            loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(post) = posts.get(index) else { break };
                if sender.is_closed() {
                    sender = connect(port).await?;
                }
                let request = hyper::Request::post(post.path.as_str())
                    .header(hyper::header::HOST, format!("127.0.0.1:{port}"))
                    .header(
                        hyper::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(Full::new(post.body.clone()))?;
                sender.ready().await.ok();
                let sent = Instant::now();
                let status = match sender.send_request(request).await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let _ = response.into_body().collect().await;
                        status
                    }
                    Err(_) => 0,
                };
                samples.push((sent.elapsed(), status));
            }
            anyhow::Ok(samples)
        }));
    }
    let reporter = {
        let (next, total, label) = (next.clone(), posts.len(), label.to_owned());
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(2)).await;
                let sent = next.load(Ordering::Relaxed).min(total);
                eprintln!("  {label}: {sent}/{total} requests sent");
            }
        })
    };
    let mut durations = Vec::with_capacity(posts.len());
    let mut statuses = BTreeMap::new();
    for client in clients {
        for (duration, status) in client.await.context("a load client panicked")?? {
            durations.push(duration);
            *statuses.entry(status).or_insert(0) += 1;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    reporter.abort();
    let good = statuses.get(&expected).copied().unwrap_or(0);
    Ok(LoadFigures {
        requests: durations.len(),
        concurrency,
        seconds,
        per_second: good as f64 / seconds,
        latency: Latency::of(durations),
        statuses,
    })
}
