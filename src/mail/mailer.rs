//! The `Mailer`: one handle over the configured backend (SMTP, file or log), built once from
//! `[mail]` and cloned cheaply into whatever sends mail.

use super::error::MailError;
use super::file::FileOutbox;
use super::mask::mask_address;
use super::message::{self, BuiltMessage, EncodedEmail, OutgoingEmail};
use super::smtp::SmtpPool;
use crate::config::{MailSettings, MailTransport};
use anyhow::Context;
use lettre::message::Mailbox;
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// Sends messages through the backend chosen by `mail.transport`. Cheap to clone: every clone
/// shares the same SMTP connection pool.
#[derive(Clone)]
pub struct Mailer {
    inner: Arc<Inner>,
}

struct Inner {
    from: Mailbox,
    backend: Backend,
    /// When not empty, the only domains mail may go to (`organisation.email_domains`).
    domains: Vec<String>,
}

#[expect(
    clippy::large_enum_variant,
    reason = "one backend per process, already behind an Arc"
)]
enum Backend {
    Smtp(SmtpPool),
    File(FileOutbox),
    Log,
}

impl MailSettings {
    /// Builds the mailer for these settings. SMTP connections open lazily, on the first
    /// message, so this fails only on settings that can never work.
    pub fn mailer(&self) -> anyhow::Result<Mailer> {
        self.mailer_for(&[])
    }

    /// [`MailSettings::mailer`] that sends only to addresses in `domains` (lower-case; empty:
    /// anywhere). Any other recipient is refused for good before the transport sees it.
    pub fn mailer_for(&self, domains: &[String]) -> anyhow::Result<Mailer> {
        let from = self
            .from
            .parse::<Mailbox>()
            .with_context(|| format!("mail.from `{}` is not an email address", self.from))?;
        let backend = match self.transport {
            MailTransport::Smtp => Backend::Smtp(SmtpPool::new(&self.smtp)?),
            MailTransport::File => Backend::File(FileOutbox::new(&self.outbox_dir)),
            MailTransport::Log => Backend::Log,
        };
        Ok(Mailer {
            inner: Arc::new(Inner {
                from,
                backend,
                domains: domains.to_vec(),
            }),
        })
    }
}

/// A message built and formatted for the wire (CPU work only), ready for
/// [`Mailer::send_prepared`]. Lets a caller build many messages in parallel and keep the
/// connections busy with sending alone.
#[derive(Clone, Debug)]
pub struct PreparedEmail {
    id: uuid::Uuid,
    message_id: String,
    envelope: lettre::address::Envelope,
    raw: Vec<u8>,
    recipient: String,
    subject: String,
}

impl Mailer {
    /// Sends one email and returns its Message-ID (`<uuid@sender-domain>`).
    pub async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        let prepared = self.prepare(email)?;
        self.send_prepared(&prepared).await
    }

    /// Builds the MIME message of `email` (From, Message-ID, Date, both parts) and formats it.
    pub fn prepare(&self, email: &OutgoingEmail) -> Result<PreparedEmail, MailError> {
        let built = message::build(email, &self.inner.from, SystemTime::now())?;
        Ok(self.prepared(built, email.to.email.to_string(), email.subject.clone()))
    }

    /// [`Mailer::prepare`] for an email whose parts are already encoded.
    pub fn prepare_encoded(&self, email: EncodedEmail) -> Result<PreparedEmail, MailError> {
        let (recipient, subject) = (email.to.email.to_string(), email.subject.clone());
        let built = message::build_encoded(email, &self.inner.from, SystemTime::now())?;
        Ok(self.prepared(built, recipient, subject))
    }

    fn prepared(&self, built: BuiltMessage, recipient: String, subject: String) -> PreparedEmail {
        PreparedEmail {
            message_id: format!("<{}@{}>", built.id, self.inner.from.email.domain()),
            id: built.id,
            envelope: built.message.envelope().clone(),
            raw: built.message.formatted(),
            recipient,
            subject,
        }
    }

    /// Sends a prepared message and returns its Message-ID. Its span (with the masked
    /// recipient) is at debug level: at `info` a dispatch pass would create one per email.
    #[tracing::instrument(
        level = "debug",
        skip_all,
        fields(mail.recipient = %mask_address(&email.recipient))
    )]
    pub async fn send_prepared(&self, email: &PreparedEmail) -> Result<String, MailError> {
        if !self.may_send_to(&email.recipient) {
            return Err(MailError::OutsideDomains(self.inner.domains.join(", ")));
        }
        match &self.inner.backend {
            Backend::Smtp(pool) => {
                pool.send(&email.envelope, &email.raw).await?;
            }
            Backend::File(outbox) => {
                outbox.write(email.id, &email.raw).await?;
            }
            Backend::Log => {
                tracing::info!(
                    mail.subject = %email.subject,
                    "mail.transport = \"log\": message logged, not sent"
                );
            }
        }
        Ok(email.message_id.clone())
    }

    /// Whether `recipient` is in one of the allowed domains (always, when none are set).
    fn may_send_to(&self, recipient: &str) -> bool {
        let domains = &self.inner.domains;
        domains.is_empty()
            || recipient.rsplit_once('@').is_some_and(|(_, domain)| {
                let domain = domain.trim_end_matches('>').to_lowercase();
                domains.contains(&domain)
            })
    }

    /// How many sends may usefully run at once: the SMTP pool size, otherwise one.
    pub fn concurrency(&self) -> usize {
        match &self.inner.backend {
            Backend::Smtp(pool) => pool.size(),
            Backend::File(_) | Backend::Log => 1,
        }
    }

    /// The sender of every message (`mail.from`).
    pub fn from(&self) -> &Mailbox {
        &self.inner.from
    }
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let transport = match &self.inner.backend {
            Backend::Smtp(_) => "smtp",
            Backend::File(_) => "file",
            Backend::Log => "log",
        };
        f.debug_struct("Mailer")
            .field("transport", &transport)
            .field("from", &self.inner.from.to_string())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::test_support::settings;
    use mail_parser::MessageParser;
    use std::path::Path;

    fn email() -> OutgoingEmail {
        OutgoingEmail::new("ana@example.com", "Welcome", "Hello", "<p>Hello</p>").unwrap()
    }

    #[tokio::test]
    async fn the_file_transport_writes_a_plain_eml_file_named_after_the_message_id() {
        let root = tempfile::tempdir().unwrap();
        let mailer = settings(MailTransport::File, &root.path().join("outbox"))
            .mailer()
            .unwrap();

        let message_id = mailer.send(&email()).await.unwrap();

        let uuid = message_id
            .trim_start_matches('<')
            .split('@')
            .next()
            .unwrap();
        let raw = std::fs::read(root.path().join("outbox").join(format!("{uuid}.eml"))).unwrap();
        let parsed = MessageParser::default().parse(&raw).unwrap();
        assert_eq!(
            parsed.message_id().unwrap(),
            message_id.trim_matches(['<', '>'])
        );
        assert_eq!(parsed.body_text(0).unwrap(), "Hello");
        assert_eq!(parsed.body_html(0).unwrap(), "<p>Hello</p>");
    }

    #[tokio::test]
    async fn a_mailer_bound_to_domains_refuses_others_for_good_and_writes_nothing() {
        let root = tempfile::tempdir().unwrap();
        let outbox = root.path().join("outbox");
        let mailer = settings(MailTransport::File, &outbox)
            .mailer_for(&["example.com".to_owned()])
            .unwrap();
        let elsewhere =
            OutgoingEmail::new("mallory@attacker.example", "Welcome", "Hi", "<p>Hi</p>").unwrap();
        let upper = OutgoingEmail::new("Ana@EXAMPLE.com", "Welcome", "Hi", "<p>Hi</p>").unwrap();

        let refused = mailer.send(&elsewhere).await.unwrap_err();

        assert!(refused.is_permanent());
        assert!(!outbox.exists(), "nothing was written");
        mailer.send(&upper).await.unwrap();
        assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 1);
    }

    #[tokio::test]
    async fn the_log_transport_succeeds_without_writing_anything() {
        let root = tempfile::tempdir().unwrap();
        let mailer = settings(MailTransport::Log, &root.path().join("outbox"))
            .mailer()
            .unwrap();

        mailer.send(&email()).await.unwrap();

        assert!(!root.path().join("outbox").exists());
        assert_eq!(mailer.concurrency(), 1);
    }

    #[test]
    fn an_smtp_mailer_sends_as_many_messages_at_once_as_the_pool_holds() {
        let mailer = settings(MailTransport::Smtp, Path::new("unused"))
            .mailer()
            .unwrap();
        assert_eq!(mailer.concurrency(), 2);
        assert_eq!(mailer.from().email.to_string(), "pulse@corp.example");
    }
}
