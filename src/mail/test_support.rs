//! Test helpers for the mail module: settings for each transport and a real SMTP server
//! (`smtp-sink`) on a random loopback port that keeps what it receives.

use crate::config::{MailSettings, MailTransport, SmtpSettings, SmtpTls};
use smtp_sink::{Handler, Response, response};
use std::net::{IpAddr, TcpListener};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// `[mail]` settings for `transport`, sending as `pulse@corp.example`, with SMTP on
/// 127.0.0.1:25 without TLS (tests point `smtp.port` at their own server).
pub(crate) fn settings(transport: MailTransport, outbox_dir: &Path) -> MailSettings {
    MailSettings {
        transport,
        from: "innerpulse <pulse@corp.example>".to_owned(),
        outbox_dir: outbox_dir.to_path_buf(),
        smtp: SmtpSettings {
            host: "127.0.0.1".to_owned(),
            port: 25,
            tls: SmtpTls::None,
            username: String::new(),
            password: String::new().into(),
            password_file: String::new(),
            pool_size: 2,
            timeout_seconds: 5,
        },
    }
}

/// What the test SMTP server saw.
#[derive(Clone, Default)]
pub(crate) struct Inbox {
    shared: Arc<Mutex<Received>>,
    current: Vec<u8>,
}

#[derive(Default)]
struct Received {
    messages: Vec<Vec<u8>>,
    greetings: usize,
}

impl Inbox {
    /// The raw messages received so far, in order.
    pub(crate) fn messages(&self) -> Vec<Vec<u8>> {
        self.shared.lock().unwrap().messages.clone()
    }

    /// How many EHLO/HELO greetings arrived: one per SMTP connection.
    pub(crate) fn connections(&self) -> usize {
        self.shared.lock().unwrap().greetings
    }
}

impl Handler for Inbox {
    fn helo(&mut self, _ip: IpAddr, _domain: &str) -> Response {
        self.shared.lock().unwrap().greetings += 1;
        response::OK
    }

    fn rcpt(&mut self, to: &str) -> Response {
        if to.contains("nobody@") {
            response::NO_MAILBOX
        } else if to.contains("later@") {
            response::INTERNAL_ERROR
        } else {
            response::OK
        }
    }

    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        _to: &[String],
    ) -> Response {
        self.current.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let message = std::mem::take(&mut self.current);
        self.shared.lock().unwrap().messages.push(message);
        response::OK
    }
}

/// Starts an SMTP server on a random loopback port; returns its port and inbox. The server
/// thread lives until the test process ends. Recipients `nobody@…` are refused with 550, `later@…`
/// deferred with 451.
pub(crate) fn start_smtp_server() -> (u16, Inbox) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Inbox::default();
    smtp_sink::serve(listener, "test.invalid", inbox.clone());
    (port, inbox)
}
