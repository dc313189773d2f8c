//! One outgoing email and how it becomes a MIME message: multipart/alternative with a text
//! and an HTML part, From from `mail.from`, its own Message-ID and a Date header. The parts
//! are text to encode, or (for the mail merge) bodies already encoded as quoted-printable.

use super::error::MailError;
use super::quoted::QuotedPrintable;
use email_encoding::body::Encoding;
use lettre::Message;
use lettre::address::Envelope;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
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

/// An email whose parts are already encoded (see `mail::quoted`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodedEmail {
    /// Recipient.
    pub to: Mailbox,
    /// Subject line (non-ASCII is encoded by the builder).
    pub subject: String,
    /// Plain-text part.
    pub text: QuotedPrintable,
    /// HTML part.
    pub html: QuotedPrintable,
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
    let parts = [
        part(ContentType::TEXT_PLAIN, &email.text),
        part(ContentType::TEXT_HTML, &email.html),
    ];
    assemble(&email.to, &email.subject, parts, from, date)
}

/// Builds the MIME message of an email whose parts are already encoded, as [`build`] does.
pub(super) fn build_encoded(
    email: EncodedEmail,
    from: &Mailbox,
    date: SystemTime,
) -> Result<BuiltMessage, MailError> {
    let encoded = |content_type, body: QuotedPrintable| {
        let body = Body::dangerous_pre_encoded(
            body.into_bytes(),
            ContentTransferEncoding::QuotedPrintable,
        );
        SinglePart::builder().header(content_type).body(body)
    };
    let parts = [
        encoded(ContentType::TEXT_PLAIN, email.text),
        encoded(ContentType::TEXT_HTML, email.html),
    ];
    assemble(&email.to, &email.subject, parts, from, date)
}

/// The message to `to` with `subject` and the text and HTML `parts`.
fn assemble(
    to: &Mailbox,
    subject: &str,
    [text, html]: [SinglePart; 2],
    from: &Mailbox,
    date: SystemTime,
) -> Result<BuiltMessage, MailError> {
    let id = Uuid::new_v4();
    // A header value must stay on one line, whatever a template produced.
    let subject: String = subject
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    // Given, so that lettre does not parse the From and To headers back to find it.
    let envelope = Envelope::new(Some(from.email.clone()), vec![to.email.clone()])
        .map_err(|error| MailError::Build(error.to_string()))?;
    let message = Message::builder()
        .from(from.clone())
        .to(to.clone())
        .subject(subject.trim())
        .message_id(Some(format!("<{id}@{}>", from.email.domain())))
        .date(date)
        .envelope(envelope)
        .multipart(MultiPart::alternative().singlepart(text).singlepart(html))
        .map_err(|error| MailError::Build(error.to_string()))?;
    Ok(BuiltMessage { id, message })
}

/// One body part, encoded as lettre's `Body::new` would (the same choice of 7bit,
/// quoted-printable or base64 by the same crate, line endings made CRLF first), in one pass
/// over the text where `Body::new` takes a copy and then inserts a CR before every LF in place.
fn part(content_type: ContentType, text: &str) -> SinglePart {
    let crlf = crlf_line_endings(text);
    let body = match Encoding::choose(text, false) {
        Encoding::SevenBit => {
            Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::SevenBit)
        }
        Encoding::EightBit => {
            Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit)
        }
        Encoding::QuotedPrintable => Body::dangerous_pre_encoded(
            quoted_printable::encode(crlf),
            ContentTransferEncoding::QuotedPrintable,
        ),
        Encoding::Base64 => {
            let mut encoded =
                String::with_capacity(email_encoding::body::base64::encoded_len(crlf.len()));
            // Writing into a String cannot fail.
            let _ = email_encoding::body::base64::encode(crlf.as_bytes(), &mut encoded);
            Body::dangerous_pre_encoded(encoded.into_bytes(), ContentTransferEncoding::Base64)
        }
    };
    SinglePart::builder().header(content_type).body(body)
}

/// `text` with every line ending a CRLF, as SMTP requires (existing CRLFs are kept).
fn crlf_line_endings(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut start = 0;
    for (index, _) in text.match_indices('\n') {
        out.push_str(&text[start..index]);
        if !out.ends_with('\r') {
            out.push('\r');
        }
        out.push('\n');
        start = index + 1;
    }
    out.push_str(&text[start..]);
    out
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
    fn a_body_part_is_encoded_exactly_as_lettre_encodes_it() {
        let long_ascii = format!("short line\n{}\nend", "x".repeat(120));
        let cyrillic = "Здравствуйте, Анна!\nОпрос закрывается 2026-12-06.".repeat(5);
        let inputs = [
            "Hello Ana,\nthe results are ready.",
            long_ascii.as_str(),
            "Bonjour Ana,\r\nles résultats sont prêts.\n",
            cyrillic.as_str(),
            "\nstarts with a line break\n\n",
            "",
        ];
        for text in inputs {
            assert_eq!(
                String::from_utf8(part(ContentType::TEXT_HTML, text).formatted()).unwrap(),
                String::from_utf8(SinglePart::html(text.to_owned()).formatted()).unwrap(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_message_of_parts_encoded_in_pieces_reads_as_the_message_of_the_same_text() {
        let email = sample();
        let encode = |text: &str| {
            let pieces: Vec<String> = text
                .split_inclusive(' ')
                .map(crate::mail::quoted::encode_piece)
                .collect();
            QuotedPrintable::join(pieces.iter().map(String::as_str))
        };
        let encoded = EncodedEmail {
            to: email.to.clone(),
            subject: email.subject.clone(),
            text: encode(&email.text),
            html: encode(&email.html),
        };
        let date = SystemTime::now();
        let built = build_encoded(encoded, &from(), date).unwrap();
        let raw = built.message.formatted();
        assert!(raw.is_ascii());
        let parsed = MessageParser::default().parse(&raw).unwrap();
        let plain = build(&email, &from(), date).unwrap().message.formatted();
        let expected = MessageParser::default().parse(&plain).unwrap();

        assert_eq!(parsed.subject(), expected.subject());
        assert_eq!(parsed.to(), expected.to());
        assert_eq!(parsed.body_text(0), expected.body_text(0));
        assert_eq!(parsed.body_html(0), expected.body_html(0));
        assert_eq!(
            parsed.body_text(0).unwrap(),
            "Bonjour Ana,\r\nles résultats sont prêts."
        );
    }

    #[test]
    fn malformed_recipients_are_rejected_as_permanent_errors() {
        let error = OutgoingEmail::new("not an address", "s", "t", "h").unwrap_err();
        assert!(matches!(error, MailError::InvalidAddress(_)));
        assert!(error.is_permanent());
    }
}
