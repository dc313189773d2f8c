//! Mail transport choices of `[mail]`.

use serde::Deserialize;

/// How messages leave the instance.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MailTransport {
    /// `.eml` files in `mail.outbox_dir` (default: works without a mail server).
    File,
    /// A real SMTP relay (`[mail.smtp]`).
    Smtp,
    /// Only a log line per message (for trials).
    Log,
}

/// Transport security towards the SMTP relay.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain text (a relay on the same host or network).
    None,
    /// Upgrade with STARTTLS (port 587).
    Starttls,
    /// Implicit TLS (port 465).
    Tls,
}
