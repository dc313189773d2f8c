//! A real SMTP server for tests (`smtp-sink` on a random loopback port) that keeps every
//! message it accepts, and can be told to refuse mail.

use mail_parser::MessageParser;
use smtp_sink::response::{INTERNAL_ERROR, NO_MAILBOX, OK};
use smtp_sink::{Handler, Response};
use std::net::{IpAddr, TcpListener};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the server answers new messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum SmtpMode {
    Accept = 0,
    /// 451: try again later.
    RefuseTemporarily = 1,
    /// 550: the mailbox does not exist.
    RefusePermanently = 2,
}

/// One message as received on the wire.
#[derive(Clone, Debug)]
pub struct ReceivedEmail {
    pub envelope_to: Vec<String>,
    pub raw: Vec<u8>,
}

/// A parsed message, with the parts tests look at.
#[derive(Clone, Debug)]
pub struct Email {
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: Option<String>,
    pub has_date: bool,
}

impl Email {
    /// Every http(s) link in the text part, in order.
    pub fn links(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .filter(|word| word.starts_with("http://") || word.starts_with("https://"))
            .map(|word| word.trim_end_matches(['.', ',', ')', '>']).to_owned())
            .collect()
    }
}

#[derive(Clone)]
struct Sink {
    received: Arc<Mutex<Vec<ReceivedEmail>>>,
    mode: Arc<AtomicU8>,
    to: Vec<String>,
    buffer: Vec<u8>,
}

impl Sink {
    fn mode(&self) -> u8 {
        self.mode.load(Ordering::SeqCst)
    }
}

impl Handler for Sink {
    fn rcpt(&mut self, to: &str) -> Response {
        if self.mode() == SmtpMode::RefusePermanently as u8 {
            return NO_MAILBOX;
        }
        self.to.push(to.to_owned());
        OK
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.buffer.clear();
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.buffer.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if self.mode() == SmtpMode::RefuseTemporarily as u8 {
            return INTERNAL_ERROR;
        }
        let email = ReceivedEmail {
            envelope_to: std::mem::take(&mut self.to),
            raw: std::mem::take(&mut self.buffer),
        };
        if let Ok(mut received) = self.received.lock() {
            received.push(email);
        }
        OK
    }

    fn helo(&mut self, _ip: IpAddr, _domain: &str) -> Response {
        OK
    }
}

/// The running server; it lives until the test process ends.
#[derive(Clone)]
pub struct SmtpServer {
    pub port: u16,
    received: Arc<Mutex<Vec<ReceivedEmail>>>,
    mode: Arc<AtomicU8>,
}

impl SmtpServer {
    /// Starts a server on 127.0.0.1 with a random port.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the test SMTP server");
        let port = listener.local_addr().expect("test SMTP address").port();
        let received = Arc::new(Mutex::new(vec![]));
        let mode = Arc::new(AtomicU8::new(SmtpMode::Accept as u8));
        let sink = Sink {
            received: received.clone(),
            mode: mode.clone(),
            to: vec![],
            buffer: vec![],
        };
        smtp_sink::serve(listener, "test-smtp.localhost", sink);
        Self {
            port,
            received,
            mode,
        }
    }

    /// Changes how new messages are answered.
    pub fn set_mode(&self, mode: SmtpMode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }

    /// Every message accepted so far, parsed.
    pub fn emails(&self) -> Vec<Email> {
        let received = self.received.lock().expect("SMTP sink lock").clone();
        received.iter().map(parse).collect()
    }

    /// Messages accepted for `address` (envelope recipient), parsed.
    pub fn emails_to(&self, address: &str) -> Vec<Email> {
        self.emails()
            .into_iter()
            .filter(|email| email.to.iter().any(|to| to.eq_ignore_ascii_case(address)))
            .collect()
    }

    /// Waits (up to a generous bound) until at least `count` messages have arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Email> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let emails = self.emails();
            if emails.len() >= count || Instant::now() > deadline {
                return emails;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn parse(received: &ReceivedEmail) -> Email {
    let message = MessageParser::default()
        .parse(&received.raw)
        .expect("a parseable email");
    Email {
        to: received.envelope_to.clone(),
        subject: message.subject().unwrap_or_default().to_owned(),
        text: message
            .body_text(0)
            .map(std::borrow::Cow::into_owned)
            .unwrap_or_default(),
        html: message
            .body_html(0)
            .map(std::borrow::Cow::into_owned)
            .unwrap_or_default(),
        message_id: message.message_id().map(str::to_owned),
        has_date: message.date().is_some(),
    }
}
