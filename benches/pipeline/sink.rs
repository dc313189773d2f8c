//! The local SMTP server both innerpulse and the raw lettre baseline deliver to: `smtp-sink`
//! (mailin's real protocol, one thread per connection) that keeps every accepted message with the
//! moment it arrived, and reads the survey links out of them.

use mail_parser::MessageParser;
use smtp_sink::response::OK;
use smtp_sink::{Handler, Response};
use std::net::TcpListener;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// One accepted message.
pub struct Received {
    /// When its DATA ended.
    pub at: Instant,
    /// The raw message.
    pub raw: Vec<u8>,
}

/// The messages received so far; cloned into every connection's handler.
#[derive(Clone, Default)]
pub struct Sink {
    received: Arc<Mutex<Vec<Received>>>,
    buffer: Vec<u8>,
}

impl Handler for Sink {
    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        _to: &[String],
    ) -> Response {
        self.buffer.clear();
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buffer.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let raw = std::mem::take(&mut self.buffer);
        self.lock().push(Received {
            at: Instant::now(),
            raw,
        });
        OK
    }
}

impl Sink {
    /// Starts the server on a random loopback port.
    pub fn start() -> anyhow::Result<(u16, Self)> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let sink = Self::default();
        smtp_sink::serve(listener, "sink.bench.invalid", sink.clone());
        Ok((port, sink))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Received>> {
        self.received.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Messages received so far.
    pub fn count(&self) -> usize {
        self.lock().len()
    }

    /// Takes every message received so far, leaving the sink empty.
    pub fn take(&self) -> Vec<Received> {
        std::mem::take(&mut *self.lock())
    }

    /// Waits until `expected` messages have arrived, or until nothing arrived for `quiet`.
    /// Prints progress to stderr.
    pub async fn wait_for(&self, expected: usize, quiet: Duration, label: &str) -> usize {
        let mut last = (0, Instant::now());
        let mut reported = Instant::now();
        loop {
            let count = self.count();
            if count >= expected {
                return count;
            }
            if count != last.0 {
                last = (count, Instant::now());
            } else if last.1.elapsed() > quiet {
                return count;
            }
            if reported.elapsed() > Duration::from_secs(2) {
                eprintln!("  {label}: {count}/{expected} emails received");
                reported = Instant::now();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Seconds between the first and the last message, and the message rate over them.
pub fn arrival_rate(messages: &[Received]) -> (f64, f64) {
    let (Some(first), Some(last)) = (
        messages.iter().map(|m| m.at).min(),
        messages.iter().map(|m| m.at).max(),
    ) else {
        return (0.0, 0.0);
    };
    let seconds = (last - first).as_secs_f64();
    let rate = if seconds > 0.0 {
        (messages.len().saturating_sub(1)) as f64 / seconds
    } else {
        0.0
    };
    (seconds, rate)
}

/// The survey token in a message's text part: the path segment after `/s/`.
pub fn survey_token(raw: &[u8]) -> Option<String> {
    let message = MessageParser::default().parse(raw)?;
    let text = message.body_text(0)?;
    let start = text.find("/s/")? + 3;
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}
