//! The form body of an anonymous link (`POST /s/{token}`, `POST /c/{token}`), read only after
//! the handler found the token (an unknown or dead link is answered without reading a byte of
//! the body) and never beyond `MAX_BODY_BYTES` or `MAX_FIELDS`. These handlers take the raw
//! `web::Payload`, so the application-wide `PayloadConfig` (sized for CSV imports) does not
//! apply to them; this is their limit.

use actix_web::HttpRequest;
use actix_web::http::header::CONTENT_LENGTH;
use actix_web::web::{self, BytesMut};
use futures_util::StreamExt;

/// Largest accepted body: a survey's texts are capped at 2,000 characters together
/// (`survey::submission::MAX_SUBMISSION_TEXT_CHARS`), at most 24 KB percent-encoded in any
/// script, and a conversation message at 2,000 characters.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Most `name=value` pairs accepted: the largest fatigue cap (20 sections, see
/// `programme::cycle_input`) of a 50-question questionnaire, each section with its "not used"
/// box, is 1,020 fields; the built-in questionnaire posts at most 10 per section.
pub const MAX_FIELDS: usize = 1024;

/// Why a body was not read into a form; nothing of it is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Longer than `MAX_BODY_BYTES` (413).
    TooLarge,
    /// More than `MAX_FIELDS` fields (413).
    TooManyFields,
    /// The body broke off or was malformed on the wire (400).
    Unreadable,
}

impl Refused {
    /// The survey layout's status page kind (`survey-{kind}-title`, `survey-{kind}-text`).
    pub fn kind(self) -> &'static str {
        match self {
            Refused::TooLarge => "too-large",
            Refused::TooManyFields => "too-many-fields",
            Refused::Unreadable => "unreadable",
        }
    }

    /// The response status.
    pub fn status(self) -> actix_web::http::StatusCode {
        use actix_web::http::StatusCode;
        match self {
            Refused::TooLarge | Refused::TooManyFields => StatusCode::PAYLOAD_TOO_LARGE,
            Refused::Unreadable => StatusCode::BAD_REQUEST,
        }
    }
}

/// Reads an `application/x-www-form-urlencoded` body leniently (any text parses) into its
/// fields, within the limits. A declared `Content-Length` above the limit is refused before
/// anything is read.
pub async fn read_form(
    request: &HttpRequest,
    mut payload: web::Payload,
) -> Result<Vec<(String, String)>, Refused> {
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Err(Refused::TooLarge);
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| Refused::Unreadable)?;
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(Refused::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    if field_count(&body) > MAX_FIELDS {
        return Err(Refused::TooManyFields);
    }
    Ok(url::form_urlencoded::parse(&body).into_owned().collect())
}

/// The number of fields `form_urlencoded::parse` would yield (it skips empty pieces).
fn field_count(body: &[u8]) -> usize {
    body.split(|byte| *byte == b'&')
        .filter(|piece| !piece.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_counted_as_the_parser_sees_them() {
        let body = b"a=1&&b=2&c&";
        assert_eq!(field_count(body), 3);
        assert_eq!(url::form_urlencoded::parse(body).count(), 3);
        assert_eq!(field_count(b""), 0);
    }
}
