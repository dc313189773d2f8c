//! Mail merge: the emails of a batch that share a [`Shape`] (kind, language, number of
//! services, minutes, deadline, "you said, we did") differ only in the recipient's name, link and
//! service names. Each shape is rendered once with markers in their places; each email of that
//! shape is then put together from the rendered pieces and the recipient's values,
//! HTML-escaped in the HTML part as the template engine escapes them. The result is the email
//! `email::render` gives (tested for every kind and language). A shape whose templates change
//! a marker (a filter on the name, say) is rendered per email instead.
//!
//! The text and HTML bodies are encoded once per shape too: each email's bodies are the
//! shape's encoded pieces joined with its recipient's encoded values (see `mail::quoted`), so
//! sending a batch encodes little more than the names and links.

use super::email::{self, MailKind, Personal, Shape};
use crate::config::Settings;
use crate::mail::quoted::{self, QuotedPrintable};
use crate::mail::{EncodedEmail, MailError, Mailer, PreparedEmail, RenderedEmail, tidy_subject};
use crate::store::invitations::invitation_mail::MailContext;
use crate::web::templates::{Templates, escape_html};
use std::collections::HashMap;

/// Starts every marker; a rendered shape with it anywhere but in a whole marker is not merged.
const OPEN: char = '\u{E000}';
/// Ends every marker.
const CLOSE: char = '\u{E001}';
/// What a marker says between `OPEN` and `CLOSE`, before the number of the value it stands for.
const LABEL: &str = "innerpulse-value-";

/// Where the values of a recipient go in [`values`] order: name, link, services.
const NAME: usize = 0;
const LINK: usize = 1;
const FIRST_SERVICE: usize = 2;

/// Renders the emails of one batch, each shape once.
pub struct MailMerge<'a> {
    templates: &'a Templates,
    settings: &'a Settings,
    /// Rendered shapes; `None` for a shape rendered per email.
    shapes: HashMap<Shape, Option<Merged>>,
}

impl<'a> MailMerge<'a> {
    /// An empty merge over `templates`.
    pub fn new(templates: &'a Templates, settings: &'a Settings) -> Self {
        Self {
            templates,
            settings,
            shapes: HashMap::new(),
        }
    }

    /// The message of `kind` for `mail`, built by `mailer`: what `email::render` gives, with
    /// the bodies of a merged shape put together already encoded.
    pub fn prepare(
        &mut self,
        kind: MailKind,
        mail: &MailContext,
        mailer: &Mailer,
    ) -> Result<PreparedEmail, MailError> {
        let shape = Shape::of(self.settings, kind, mail);
        let link = email::survey_link(self.settings, &mail.invitation);
        let personal = Personal {
            name: &mail.name,
            link: &link,
            services: &mail.services,
        };
        if let Some(encoded) = self
            .merged(&shape, personal)?
            .and_then(|m| m.encode(personal))
        {
            let (subject, text, html) = encoded;
            return mailer.prepare_encoded(EncodedEmail {
                to: email::recipient(mail)?,
                subject,
                text,
                html,
            });
        }
        let parts = self.parts(shape, personal)?;
        mailer.prepare(&email::outgoing(mail, parts)?)
    }

    /// The parts of `shape` for one recipient: what `email::render_parts` gives.
    pub fn parts(
        &mut self,
        shape: Shape,
        personal: Personal<'_>,
    ) -> Result<RenderedEmail, MailError> {
        match self.merged(&shape, personal)? {
            Some(merged) => Ok(merged.fill(personal)),
            None => email::render_parts(self.templates, self.settings, &shape, personal),
        }
    }

    /// The rendered `shape`, rendered now when it is new; `None` when `personal` does not fit
    /// it or it cannot be merged.
    fn merged(
        &mut self,
        shape: &Shape,
        personal: Personal<'_>,
    ) -> Result<Option<&Merged>, MailError> {
        if personal.services.len() != shape.service_count {
            return Ok(None);
        }
        if !self.shapes.contains_key(shape) {
            let markers: Vec<String> = (0..FIRST_SERVICE + shape.service_count)
                .map(marker)
                .collect();
            let marked = Personal {
                name: &markers[NAME],
                link: &markers[LINK],
                services: &markers[FIRST_SERVICE..],
            };
            let rendered =
                email::render_untidied_parts(self.templates, self.settings, shape, marked)?;
            self.shapes
                .insert(shape.clone(), Merged::parse(&rendered, markers.len()));
        }
        Ok(self.shapes.get(shape).and_then(Option::as_ref))
    }
}

/// The marker of value `index`.
fn marker(index: usize) -> String {
    format!("{OPEN}{LABEL}{index}{CLOSE}")
}

/// A rendered shape, cut at its markers.
struct Merged {
    subject: Pieces,
    text: Pieces,
    html: Pieces,
    /// The text and HTML pieces encoded as quoted-printable; `None` when they may not be
    /// encoded apart (see `quoted::can_piece`).
    encoded: Option<(Pieces, Pieces)>,
}

impl Merged {
    /// Cuts `rendered` at its markers of `values` values; `None` when a marker did not come
    /// out whole.
    fn parse(rendered: &RenderedEmail, values: usize) -> Option<Self> {
        let text = Pieces::parse(&rendered.text, values)?;
        let html = Pieces::parse(&rendered.html, values)?;
        Some(Self {
            subject: Pieces::parse(&rendered.subject, values)?,
            encoded: text.encoded().zip(html.encoded()),
            text,
            html,
        })
    }

    /// The subject and the encoded text and HTML bodies for one recipient; `None` when the
    /// shape or a value may not be encoded apart.
    fn encode(&self, personal: Personal<'_>) -> Option<(String, QuotedPrintable, QuotedPrintable)> {
        let (text, html) = self.encoded.as_ref()?;
        let values = values(personal);
        if !values.iter().all(|value| quoted::can_piece(value)) {
            return None;
        }
        let encoded: Vec<String> = values.iter().map(|v| quoted::encode_piece(v)).collect();
        let escaped: Vec<String> = values
            .iter()
            .map(|value| quoted::encode_piece(&escape_html(value)))
            .collect();
        Some((
            tidy_subject(&self.subject.fill(&values)),
            text.join_encoded(&encoded),
            html.join_encoded(&escaped),
        ))
    }

    /// The parts for one recipient.
    fn fill(&self, personal: Personal<'_>) -> RenderedEmail {
        let values = values(personal);
        let escaped: Vec<String> = values.iter().map(|value| escape_html(value)).collect();
        let escaped: Vec<&str> = escaped.iter().map(String::as_str).collect();
        RenderedEmail {
            subject: tidy_subject(&self.subject.fill(&values)),
            text: self.text.fill(&values),
            html: self.html.fill(&escaped),
        }
    }
}

/// The values of a recipient: name, link, services.
fn values(personal: Personal<'_>) -> Vec<&str> {
    let mut values = Vec::with_capacity(FIRST_SERVICE + personal.services.len());
    values.extend([personal.name, personal.link]);
    values.extend(personal.services.iter().map(String::as_str));
    values
}

/// Rendered text cut at the places of the values.
struct Pieces(Vec<Piece>);

enum Piece {
    Text(String),
    Value(usize),
}

impl Pieces {
    /// Cuts `rendered` at its markers of values below `values`; `None` when a marker did not
    /// come out whole.
    fn parse(rendered: &str, values: usize) -> Option<Self> {
        let mut pieces = Vec::new();
        let mut rest = rendered;
        while let Some(at) = rest.find(OPEN) {
            let (before, marked) = rest.split_at(at);
            if !before.is_empty() {
                pieces.push(Piece::Text(before.to_owned()));
            }
            let (index, after) = marked
                .strip_prefix(OPEN)?
                .strip_prefix(LABEL)?
                .split_once(CLOSE)?;
            let index: usize = index.parse().ok().filter(|i| *i < values)?;
            pieces.push(Piece::Value(index));
            rest = after;
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_owned()));
        }
        Some(Self(pieces))
    }

    /// These pieces with their text encoded as quoted-printable; `None` when a text may not
    /// be encoded apart.
    fn encoded(&self) -> Option<Self> {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => {
                    quoted::can_piece(text).then(|| Piece::Text(quoted::encode_piece(text)))
                }
                Piece::Value(index) => Some(Piece::Value(*index)),
            })
            .collect::<Option<Vec<_>>>()
            .map(Self)
    }

    /// Encoded pieces joined with the `encoded` values in the marked places.
    fn join_encoded(&self, encoded: &[String]) -> QuotedPrintable {
        QuotedPrintable::join(self.0.iter().map(|piece| match piece {
            Piece::Text(text) => text.as_str(),
            Piece::Value(index) => encoded.get(*index).map_or("", String::as_str),
        }))
    }

    /// The text with `values` in the marked places.
    fn fill(&self, values: &[&str]) -> String {
        let value = |index: &usize| values.get(*index).copied().unwrap_or_default();
        let len = self
            .0
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.len(),
                Piece::Value(index) => value(index).len(),
            })
            .sum();
        let mut filled = String::with_capacity(len);
        for piece in &self.0 {
            filled.push_str(match piece {
                Piece::Text(text) => text,
                Piece::Value(index) => value(index),
            });
        }
        filled
    }
}

#[cfg(test)]
mod tests;
