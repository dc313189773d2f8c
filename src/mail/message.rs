//! One outgoing email and how it becomes a MIME message: multipart/alternative with a text
//! and an HTML part, From from `mail.from`, its own Message-ID and a Date header.

use super::error::MailError;
use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use std::time::SystemTime;
use uuid::Uuid;

/// An email ready to be sent: a validated recipient and already rendered parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    /// Recipient: a validated address with an optional display name.
    pub to: Mailbox,
    /// Subject line (non-ASCII is encoded by the builder).
    pub subject: String,
    /// Plain-text part.
    pub text: String,
    /// HTML part.
    pub html: String,
}

impl OutgoingEmail {
    /// An email to `to`, which may be a bare address or `Name <address>`.
    pub fn new(
        to: &str,
        subject: impl Into<String>,
        text: impl Into<String>,
        html: impl Into<String>,
    ) -> Result<Self, MailError> {
        let to = to
            .trim()
            .parse::<Mailbox>()
            .map_err(|error| MailError::InvalidAddress(error.to_string()))?;
        Ok(Self {
            to,
            subject: subject.into(),
            text: text.into(),
            html: html.into(),
        })
    }
}

/// A built message with the identifier that also names its `.eml` file.
pub(super) struct BuiltMessage {
    /// The random part of the Message-ID.
    pub id: Uuid,
    /// The complete MIME message.
    pub message: Message,
}

/// Builds the MIME message. The Message-ID is `<uuid@domain of the sender>`, so replies and
/// bounces can be matched to it and no host name of the server leaks into headers.
pub(super) fn build(
    email: &OutgoingEmail,
    from: &Mailbox,
    date: SystemTime,
) -> Result<BuiltMessage, MailError> {
    let id = Uuid::new_v4();
    // A header value must stay on one line, whatever a template produced.
    let subject: String = email
        .subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let message = Message::builder()
        .from(from.clone())
        .to(email.to.clone())
        .subject(subject.trim())
        .message_id(Some(format!("<{id}@{}>", from.email.domain())))
        .date(date)
        .multipart(MultiPart::alternative_plain_html(
            email.text.clone(),
            email.html.clone(),
        ))
        .map_err(|error| MailError::Build(error.to_string()))?;
    Ok(BuiltMessage { id, message })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::{MessageParser, MimeHeaders};

    fn sample() -> OutgoingEmail {
        OutgoingEmail::new(
            "Ana López <ana.lopez@example.com>",
            "Résultats prêts: vague 3",
            "Bonjour Ana,\nles résultats sont prêts.",
            "<p>Bonjour Ana,</p><p>les résultats sont prêts.</p>",
        )
        .unwrap()
    }

    fn from() -> Mailbox {
        "innerpulse <pulse@corp.example>".parse().unwrap()
    }

    #[test]
    fn a_message_is_multipart_alternative_with_the_text_and_the_html_part() {
        let built = build(&sample(), &from(), SystemTime::now()).unwrap();
        let raw = built.message.formatted();
        let parsed = MessageParser::default().parse(&raw).unwrap();

        assert!(parsed.is_content_type("multipart", "alternative"));
        // Line breaks travel as CRLF, as SMTP requires.
        assert_eq!(
            parsed.body_text(0).unwrap(),
            "Bonjour Ana,\r\nles résultats sont prêts."
        );
        assert_eq!(
            parsed.body_html(0).unwrap(),
            "<p>Bonjour Ana,</p><p>les résultats sont prêts.</p>"
        );
    }

    #[test]
    fn a_message_has_its_own_message_id_a_date_and_the_configured_sender() {
        let built = build(&sample(), &from(), SystemTime::now()).unwrap();
        let raw = built.message.formatted();
        let parsed = MessageParser::default().parse(&raw).unwrap();

        assert_eq!(
            parsed.message_id().unwrap(),
            format!("{}@corp.example", built.id)
        );
        assert!(parsed.date().is_some(), "Date header missing");
        let sender = parsed.from().unwrap().first().unwrap();
        assert_eq!(sender.address().unwrap(), "pulse@corp.example");
        let recipient = parsed.to().unwrap().first().unwrap();
        assert_eq!(recipient.address().unwrap(), "ana.lopez@example.com");
        assert_eq!(recipient.name().unwrap(), "Ana López");
    }

    #[test]
    fn two_messages_never_share_a_message_id() {
        let first = build(&sample(), &from(), SystemTime::now()).unwrap();
        let second = build(&sample(), &from(), SystemTime::now()).unwrap();
        assert_ne!(first.id, second.id);
    }

    #[test]
    fn a_non_ascii_subject_is_encoded_and_decodes_back_unchanged() {
        let built = build(&sample(), &from(), SystemTime::now()).unwrap();
        let raw = built.message.formatted();
        assert!(raw.is_ascii(), "headers and bodies must be 7-bit clean");
        let parsed = MessageParser::default().parse(&raw).unwrap();
        assert_eq!(parsed.subject().unwrap(), "Résultats prêts: vague 3");
    }

    #[test]
    fn line_breaks_in_a_subject_cannot_inject_headers() {
        let mut email = sample();
        email.subject = "Hello\r\nBcc: someone@evil.example".to_owned();
        let built = build(&email, &from(), SystemTime::now()).unwrap();
        let raw = built.message.formatted();
        let parsed = MessageParser::default().parse(&raw).unwrap();
        assert!(parsed.bcc().is_none());
        assert_eq!(
            parsed.subject().unwrap(),
            "Hello  Bcc: someone@evil.example"
        );
    }

    #[test]
    fn malformed_recipients_are_rejected_as_permanent_errors() {
        let error = OutgoingEmail::new("not an address", "s", "t", "h").unwrap_err();
        assert!(matches!(error, MailError::InvalidAddress(_)));
        assert!(error.is_permanent());
    }
}
