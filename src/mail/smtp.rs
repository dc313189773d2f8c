//! SMTP backend: at most `mail.smtp.pool_size` connections to the relay, kept open and reused
//! across messages. A connection that fails is dropped; when a reused one turns out broken
//! (the relay closed it while idle) the message is tried once more on a fresh connection.
//!
//! For `tls = "none"` and `"starttls"` the TCP stream is opened here with `TCP_NODELAY`:
//! lettre 0.11 never sets it, and Nagle's algorithm then costs ~40 ms per message. For
//! `tls = "tls"` (implicit TLS) lettre opens the stream itself, so that mode runs without
//! `TCP_NODELAY`.

use super::error::MailError;
use crate::config::{SmtpSettings, SmtpTls};
use anyhow::Context;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use secrecy::ExposeSecret;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio::sync::{Mutex, Semaphore};

/// Idle connections older than this are closed rather than reused: relays drop idle clients
/// after a few minutes, and a connection known to be fresh saves a failed first attempt.
const MAX_IDLE: Duration = Duration::from_mins(1);

/// Login mechanisms offered to the relay, in order of preference.
const AUTH_MECHANISMS: &[Mechanism] = &[Mechanism::Plain, Mechanism::Login];

/// The pool of connections to one relay.
pub(super) struct SmtpPool {
    server: String,
    host: String,
    port: u16,
    security: Security,
    credentials: Option<Credentials>,
    client_id: ClientId,
    timeout: Duration,
    size: usize,
    permits: Semaphore,
    idle: Mutex<Vec<IdleConnection>>,
}

/// How the connection is protected, with the TLS settings prepared once.
enum Security {
    Plain,
    StartTls(TlsParameters),
    ImplicitTls(TlsParameters),
}

struct IdleConnection {
    connection: AsyncSmtpConnection,
    since: Instant,
}

/// Why one attempt on one connection failed, before it is sorted into a [`MailError`].
enum Failure {
    Smtp(lettre::transport::smtp::Error),
    TimedOut,
}

impl SmtpPool {
    /// A pool for `[mail.smtp]`; connects lazily, on the first message.
    pub(super) fn new(settings: &SmtpSettings) -> anyhow::Result<Self> {
        let tls_parameters = || {
            TlsParameters::new(settings.host.clone())
                .context("Failed to prepare TLS for mail.smtp.host")
        };
        let security = match settings.tls {
            SmtpTls::None => Security::Plain,
            SmtpTls::Starttls => Security::StartTls(tls_parameters()?),
            SmtpTls::Tls => Security::ImplicitTls(tls_parameters()?),
        };
        let credentials = (!settings.username.is_empty()).then(|| {
            Credentials::new(
                settings.username.clone(),
                settings.password.expose_secret().to_owned(),
            )
        });
        if credentials.is_some() && settings.tls == SmtpTls::None {
            tracing::warn!(
                mail.smtp.host = %settings.host,
                "SMTP login over an unencrypted connection (mail.smtp.tls = \"none\")"
            );
        }
        let size = usize::try_from(settings.pool_size.max(1)).unwrap_or(1);
        Ok(Self {
            server: format!("{}:{}", settings.host, settings.port),
            host: settings.host.clone(),
            port: settings.port,
            security,
            credentials,
            client_id: ClientId::default(),
            timeout: Duration::from_secs(settings.timeout_seconds.max(1)),
            size,
            permits: Semaphore::new(size),
            idle: Mutex::new(Vec::with_capacity(size)),
        })
    }

    /// How many messages may be in flight at once.
    pub(super) fn size(&self) -> usize {
        self.size
    }

    /// Sends one message, on an idle connection when there is one.
    pub(super) async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), MailError> {
        let _permit =
            self.permits.acquire().await.map_err(|_| {
                MailError::from_connect(&self.server, "the connection pool is closed")
            })?;
        if let Some(mut connection) = self.checkout().await {
            match self.transmit(&mut connection, envelope, message).await {
                Ok(()) => {
                    self.checkin(connection).await;
                    return Ok(());
                }
                Err(failure) if failure.means_stale_connection() => {
                    tracing::debug!(
                        smtp.server = %self.server,
                        "reused SMTP connection was broken; retrying on a fresh one"
                    );
                }
                Err(failure) => return Err(self.sort(failure)),
            }
        }
        let mut connection = self.connect().await?;
        match self.transmit(&mut connection, envelope, message).await {
            Ok(()) => {
                self.checkin(connection).await;
                Ok(())
            }
            Err(failure) => Err(self.sort(failure)),
        }
    }

    async fn checkout(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self.idle.lock().await;
        while let Some(entry) = idle.pop() {
            if entry.since.elapsed() < MAX_IDLE && !entry.connection.has_broken() {
                return Some(entry.connection);
            }
        }
        None
    }

    async fn checkin(&self, connection: AsyncSmtpConnection) {
        if connection.has_broken() {
            return;
        }
        self.idle.lock().await.push(IdleConnection {
            connection,
            since: Instant::now(),
        });
    }

    async fn transmit(
        &self,
        connection: &mut AsyncSmtpConnection,
        envelope: &Envelope,
        message: &[u8],
    ) -> Result<(), Failure> {
        match tokio::time::timeout(self.timeout, connection.send(envelope, message)).await {
            Ok(Ok(_response)) => Ok(()),
            Ok(Err(error)) => Err(Failure::Smtp(error)),
            Err(_elapsed) => Err(Failure::TimedOut),
        }
    }

    fn sort(&self, failure: Failure) -> MailError {
        match failure {
            Failure::Smtp(error) => MailError::from_send(&self.server, &error),
            Failure::TimedOut => MailError::Timeout(self.timeout.as_secs()),
        }
    }

    /// Opens, secures and logs in a new connection, all within the timeout.
    async fn connect(&self) -> Result<AsyncSmtpConnection, MailError> {
        tokio::time::timeout(self.timeout, self.open())
            .await
            .map_err(|_elapsed| MailError::Timeout(self.timeout.as_secs()))?
            .map_err(|reason| MailError::from_connect(&self.server, reason))
    }

    async fn open(&self) -> Result<AsyncSmtpConnection, String> {
        let mut connection = match &self.security {
            Security::ImplicitTls(parameters) => AsyncSmtpConnection::connect_tokio1(
                (self.host.as_str(), self.port),
                Some(self.timeout),
                &self.client_id,
                Some(parameters.clone()),
                None,
            )
            .await
            .map_err(|e| e.to_string())?,
            Security::Plain | Security::StartTls(_) => {
                let stream = TcpStream::connect((self.host.as_str(), self.port))
                    .await
                    .map_err(|e| e.to_string())?;
                stream.set_nodelay(true).map_err(|e| e.to_string())?;
                let mut connection =
                    AsyncSmtpConnection::connect_with_transport(Box::new(stream), &self.client_id)
                        .await
                        .map_err(|e| e.to_string())?;
                if let Security::StartTls(parameters) = &self.security {
                    connection
                        .starttls(parameters.clone(), &self.client_id)
                        .await
                        .map_err(|e| format!("STARTTLS failed: {e}"))?;
                }
                connection
            }
        };
        if let Some(credentials) = &self.credentials {
            connection
                .auth(AUTH_MECHANISMS, credentials)
                .await
                .map_err(|e| format!("login failed: {e}"))?;
        }
        Ok(connection)
    }
}

impl Failure {
    /// True when the connection, not the message, was the problem: it broke (network or
    /// protocol error) or the relay said 421 "closing channel". A fresh connection may work.
    fn means_stale_connection(&self) -> bool {
        match self {
            Self::Smtp(error) => match error.status() {
                Some(code) => u16::from(code) == 421,
                None => !error.is_client(),
            },
            Self::TimedOut => false,
        }
    }
}
