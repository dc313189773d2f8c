//! Why a message could not be delivered, sorted into permanent failures (give up now) and
//! transient ones (retry later), so the dispatcher never burns retries on a hopeless message
//! and never gives up on a relay that is only briefly away.

/// A delivery failure. [`MailError::is_permanent`] tells the caller whether retrying can help.
///
/// The texts name the cause and may quote the server's reply; they are meant for the
/// `last_error` column that HR reads. Before logging one, pass it through
/// [`super::redact_addresses`], since servers like to quote the recipient.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The recipient address cannot be parsed (permanent).
    #[error("invalid recipient address: {0}")]
    InvalidAddress(String),
    /// The message could not be assembled from its parts (permanent).
    #[error("the message could not be built: {0}")]
    Build(String),
    /// The SMTP server answered the message with a 5xx reply, or the message can never go to
    /// this server (for example non-ASCII addresses without SMTPUTF8) (permanent).
    #[error("the SMTP server rejected the message: {0}")]
    Rejected(String),
    /// The SMTP server answered the message with a 4xx reply: try again later (transient).
    #[error("the SMTP server deferred the message: {0}")]
    Deferred(String),
    /// The relay could not be reached, the TLS handshake or login failed, or the connection
    /// broke (transient: these are about the relay or its settings, not about this message).
    #[error("the SMTP server {server} is unavailable: {reason}")]
    Unavailable {
        /// `host:port` of the relay.
        server: String,
        /// What went wrong.
        reason: String,
    },
    /// The relay did not answer within `mail.smtp.timeout_seconds` (transient).
    #[error("the SMTP server did not answer within {0} seconds")]
    Timeout(u64),
    /// The recipient is outside `organisation.email_domains`, which lists these domains
    /// (permanent).
    #[error("the address is outside the organisation's email domains ({0})")]
    OutsideDomains(String),
    /// The file transport could not write the `.eml` file (transient: a full disk recovers).
    #[error("the message could not be written to the outbox folder: {0}")]
    File(String),
}

impl MailError {
    /// True when sending the same message again cannot succeed, so it should fail at once.
    pub fn is_permanent(&self) -> bool {
        matches!(
            self,
            Self::InvalidAddress(_) | Self::Build(_) | Self::Rejected(_) | Self::OutsideDomains(_)
        )
    }

    /// True when the relay itself is away (unreachable or silent), so the rest of a batch
    /// would only wait for the same failure and is better left for the next pass.
    pub fn is_relay_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable { .. } | Self::Timeout(_))
    }

    /// Sorts an error of lettre raised while a message was being sent on an established
    /// connection: 5xx and client-side refusals are permanent, everything else transient.
    pub(super) fn from_send(server: &str, error: &lettre::transport::smtp::Error) -> Self {
        if error.is_permanent() || error.is_client() {
            Self::Rejected(error.to_string())
        } else if error.is_transient() {
            Self::Deferred(error.to_string())
        } else {
            Self::Unavailable {
                server: server.to_owned(),
                reason: error.to_string(),
            }
        }
    }

    /// Wraps an error raised while connecting, upgrading to TLS or logging in. Always
    /// transient, even for a 5xx reply: a wrong password or a relay without STARTTLS must not
    /// fail every queued message for good; fixing the settings lets them all go out.
    pub(super) fn from_connect(server: &str, reason: impl std::fmt::Display) -> Self {
        Self::Unavailable {
            server: server.to_owned(),
            reason: reason.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejections_bad_addresses_and_unbuildable_messages_are_permanent() {
        for error in [
            MailError::InvalidAddress("missing @".into()),
            MailError::Build("no body".into()),
            MailError::Rejected("permanent error (550): mailbox unavailable".into()),
        ] {
            assert!(error.is_permanent(), "{error} should be permanent");
            assert!(!error.is_relay_unavailable());
        }
    }

    #[test]
    fn deferrals_timeouts_unreachable_relays_and_disk_errors_are_transient() {
        let unavailable = MailError::from_connect("smtp.example.com:587", "connection refused");
        for error in [
            MailError::Deferred("transient error (451): try later".into()),
            MailError::Timeout(30),
            unavailable.clone(),
            MailError::File("disk full".into()),
        ] {
            assert!(!error.is_permanent(), "{error} should be transient");
        }
        assert!(unavailable.is_relay_unavailable());
        assert!(MailError::Timeout(30).is_relay_unavailable());
        assert!(!MailError::Deferred("451".into()).is_relay_unavailable());
    }

    #[test]
    fn connection_errors_name_the_relay() {
        let error = MailError::from_connect("smtp.example.com:587", "connection refused");
        assert_eq!(
            error.to_string(),
            "the SMTP server smtp.example.com:587 is unavailable: connection refused"
        );
    }
}
