//! Invitation, reminder and touchpoint emails: rendered from `templates/email/<kind>/`
//! (subject, text and HTML) in the employee's locale, greeting them by name, listing the
//! services asked about (service names are data, not translated), the deadline in the
//! cycle's timezone, the personal link, "you said, we did" (the providers' actions since the
//! previous wave) and a sentence on anonymity. The link's token is
//! derived again for every email (see `waves::token`); it is never logged.

use super::token::{TokenInput, survey_token};
use crate::domain::Locale;
use crate::mail::{MailError, OutgoingEmail};
use crate::state::AppState;
use crate::store::invitations::{MailContext, ServiceNotes};
use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use serde::Serialize;

/// Which email to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailKind {
    /// The first email of a wave invitation.
    Invitation,
    /// A reminder of a wave invitation, with the same link.
    Reminder,
    /// The email of a touchpoint invitation.
    Touchpoint,
}

impl MailKind {
    fn folder(self) -> &'static str {
        match self {
            MailKind::Invitation => "invitation",
            MailKind::Reminder => "reminder",
            MailKind::Touchpoint => "touchpoint",
        }
    }
}

#[derive(Serialize)]
struct Content<'a> {
    lang: &'static str,
    organisation: &'a str,
    name: &'a str,
    services: &'a [String],
    count: usize,
    service: &'a str,
    context: String,
    deadline: String,
    link: String,
    you_said_we_did: &'a [ServiceNotes],
}

/// The survey link of an invitation: `{server.base_url}/s/{token}`.
pub fn survey_link(state: &AppState, invitation: &entity::invitation::Model) -> String {
    let token = survey_token(&state.settings.security, &TokenInput::from(invitation));
    format!("{}/s/{}", state.settings.server.base_url(), token.expose())
}

/// Renders the email of `kind` for one invitation. A template that fails to render is
/// reported as a message that cannot be built (permanent: HR sees the reason).
pub fn render(
    state: &AppState,
    kind: MailKind,
    mail: &MailContext,
) -> Result<OutgoingEmail, MailError> {
    let address = mail
        .email
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::InvalidAddress(e.to_string()))?;
    let to = Mailbox::new(Some(mail.name.clone()), address);
    let locale = Locale::parse(&mail.locale).unwrap_or(state.settings.i18n.default_locale);
    let deadline = match (mail.wave.as_deref(), mail.invitation.expires_at) {
        (Some((wave, cycle)), _) => local_time(wave.closes_at, &cycle.timezone),
        (None, Some(expires_at)) => local_time(expires_at, "UTC"),
        (None, None) => String::new(),
    };
    let context_label = mail
        .invitation
        .context_label
        .clone()
        .unwrap_or_else(|| mail.invitation.created_at.format("%Y-%m-%d").to_string());
    let content = Content {
        lang: locale.as_str(),
        organisation: &state.settings.app.organisation_name,
        name: &mail.name,
        services: &mail.services,
        count: mail.services.len(),
        service: mail.services.first().map_or("", String::as_str),
        context: context_label,
        deadline,
        link: survey_link(state, &mail.invitation),
        you_said_we_did: &mail.you_said_we_did,
    };
    let context = tera::Context::from_serialize(&content)
        .map_err(|e| MailError::Build(format!("email context: {e}")))?;
    let part = |name: &str| {
        let template = format!("email/{}/{name}", kind.folder());
        state
            .templates
            .render(&template, &context)
            .map_err(|e| MailError::Build(format!("{e:#}")))
    };
    let subject = part("subject.txt")?.trim().to_owned();
    Ok(OutgoingEmail {
        to,
        subject,
        text: part("body.txt")?,
        html: part("body.html")?,
    })
}

/// `2026-11-30 17:00 (Europe/Amsterdam)`: unambiguous in every language.
fn local_time(at: DateTime<Utc>, timezone: &str) -> String {
    match timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => format!(
            "{} ({})",
            at.with_timezone(&tz).format("%Y-%m-%d %H:%M"),
            tz.name()
        ),
        Err(_) => format!("{} (UTC)", at.format("%Y-%m-%d %H:%M")),
    }
}
