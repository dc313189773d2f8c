//! Invitation, reminder and touchpoint emails: rendered from `templates/email/<kind>/`
//! (subject, text and HTML) by `mail::render_email` in the employee's locale, greeting them
//! by name, listing the services asked about (service names are data, not translated), the deadline in the
//! cycle's timezone, the personal link, "you said, we did" (the providers' actions since the
//! previous wave) and a sentence on anonymity. The link's token is
//! derived again for every email (see `waves::token`); it is never logged.
//!
//! Every email about a survey says how many minutes it takes, from how many questions its
//! sections ask (`survey::estimate::invitation_minutes`): a drawn rotating question counts at
//! the slowest its section could draw, so the figure never tells which one was drawn.
//!
//! Everything but the name, the link and the service names is the email's [`Shape`]; a batch
//! renders each shape once (see `waves::merge`).

use super::token::{TokenInput, survey_token};
use crate::config::Settings;
use crate::domain::Locale;
use crate::mail::{MailError, OutgoingEmail, RenderedEmail, render_email, render_untidied};
use crate::state::AppState;
use crate::store::invitations::invitation_mail::{MailContext, ServiceNotes};
use crate::survey::estimate;
use crate::web::templates::Templates;
use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use serde::Serialize;

/// Which email to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MailKind {
    /// The first email of a wave invitation.
    Invitation,
    /// A reminder of a wave invitation, with the same link.
    Reminder,
    /// The email of a touchpoint invitation.
    Touchpoint,
}

impl MailKind {
    /// Every kind, for tests over all templates.
    #[cfg(test)]
    pub const ALL: [MailKind; 3] = [
        MailKind::Invitation,
        MailKind::Reminder,
        MailKind::Touchpoint,
    ];

    fn folder(self) -> &'static str {
        match self {
            MailKind::Invitation => "invitation",
            MailKind::Reminder => "reminder",
            MailKind::Touchpoint => "touchpoint",
        }
    }
}

/// What an email says besides the recipient's name, link and the names of the services they
/// are asked about: the same for everyone of a wave asked about as many services for as many
/// minutes in the same language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    /// Which email.
    pub kind: MailKind,
    /// Its language.
    pub locale: Locale,
    /// How many services are asked about.
    pub service_count: usize,
    /// About how many minutes the survey takes.
    pub minutes: u32,
    /// Touchpoint context, e.g. "ticket #4711" (the invitation's day when it has none).
    pub context: String,
    /// The deadline in the cycle's timezone; empty when there is none.
    pub deadline: String,
    /// "You said, we did", per service.
    pub you_said_we_did: Vec<ServiceNotes>,
}

impl Shape {
    /// The shape of `mail`'s email of `kind`. Its time estimate does not depend on which
    /// rotating questions were drawn for the employee (`survey::estimate::invitation_minutes`).
    pub fn of(settings: &Settings, kind: MailKind, mail: &MailContext) -> Self {
        let deadline = match (mail.wave.as_deref(), mail.invitation.expires_at) {
            (Some((wave, cycle)), _) => local_time(wave.closes_at, &cycle.timezone),
            (None, Some(expires_at)) => local_time(expires_at, "UTC"),
            (None, None) => String::new(),
        };
        let context = mail
            .invitation
            .context_label
            .clone()
            .unwrap_or_else(|| mail.invitation.created_at.format("%Y-%m-%d").to_string());
        Self {
            kind,
            locale: Locale::parse(&mail.locale).unwrap_or(settings.i18n.default_locale),
            service_count: mail.services.len(),
            minutes: estimate::invitation_minutes(&mail.sections, &mail.questions),
            context,
            deadline,
            you_said_we_did: mail.you_said_we_did.clone(),
        }
    }
}

/// What differs from one recipient to the next within a shape.
#[derive(Clone, Copy, Debug)]
pub struct Personal<'a> {
    /// The recipient's name.
    pub name: &'a str,
    /// Their survey link.
    pub link: &'a str,
    /// The services they are asked about, in section order (as many as the shape says).
    pub services: &'a [String],
}

#[derive(Serialize)]
struct Content<'a> {
    lang: &'static str,
    organisation: &'a str,
    name: &'a str,
    services: &'a [String],
    count: usize,
    minutes: u32,
    service: &'a str,
    context: &'a str,
    deadline: &'a str,
    link: &'a str,
    you_said_we_did: &'a [ServiceNotes],
}

/// The survey link of an invitation: `{server.base_url}/s/{token}`.
pub fn survey_link(settings: &Settings, invitation: &entity::invitation::Model) -> String {
    let token = survey_token(&settings.security, &TokenInput::from(invitation));
    format!("{}/s/{}", settings.server.base_url(), token.expose())
}

/// Renders the email of `kind` for one invitation. A template that fails to render is
/// reported as a message that cannot be built (permanent: HR sees the reason).
pub fn render(
    state: &AppState,
    kind: MailKind,
    mail: &MailContext,
) -> Result<OutgoingEmail, MailError> {
    let settings = &state.settings;
    let shape = Shape::of(settings, kind, mail);
    let link = survey_link(settings, &mail.invitation);
    let personal = Personal {
        name: &mail.name,
        link: &link,
        services: &mail.services,
    };
    let parts = render_parts(&state.templates, settings, &shape, personal)?;
    outgoing(mail, parts)
}

/// The email to `mail`'s recipient with `parts`.
pub(super) fn outgoing(
    mail: &MailContext,
    parts: RenderedEmail,
) -> Result<OutgoingEmail, MailError> {
    Ok(OutgoingEmail {
        to: recipient(mail)?,
        subject: parts.subject,
        text: parts.text,
        html: parts.html,
    })
}

/// The recipient of `mail`'s email: the employee's name and address.
pub(super) fn recipient(mail: &MailContext) -> Result<Mailbox, MailError> {
    let address = mail
        .email
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::InvalidAddress(e.to_string()))?;
    Ok(Mailbox::new(Some(mail.name.clone()), address))
}

/// Renders the subject, text and HTML of `shape` for one recipient through the one email
/// renderer.
pub fn render_parts(
    templates: &Templates,
    settings: &Settings,
    shape: &Shape,
    personal: Personal<'_>,
) -> Result<RenderedEmail, MailError> {
    let context = context(settings, shape, personal)?;
    render_email(templates, shape.kind.folder(), &context).map_err(build_error)
}

/// `render_parts` with the subject as the template wrote it (see `mail::render_untidied`).
pub(super) fn render_untidied_parts(
    templates: &Templates,
    settings: &Settings,
    shape: &Shape,
    personal: Personal<'_>,
) -> Result<RenderedEmail, MailError> {
    let context = context(settings, shape, personal)?;
    render_untidied(templates, shape.kind.folder(), &context).map_err(build_error)
}

/// The template context of `shape` for one recipient.
fn context(
    settings: &Settings,
    shape: &Shape,
    personal: Personal<'_>,
) -> Result<tera::Context, MailError> {
    let content = Content {
        lang: shape.locale.as_str(),
        organisation: &settings.app.organisation_name,
        name: personal.name,
        services: personal.services,
        count: personal.services.len(),
        minutes: shape.minutes,
        service: personal.services.first().map_or("", String::as_str),
        context: &shape.context,
        deadline: &shape.deadline,
        link: personal.link,
        you_said_we_did: &shape.you_said_we_did,
    };
    tera::Context::from_serialize(&content)
        .map_err(|e| MailError::Build(format!("email context: {e}")))
}

/// A template that fails to render: a message that cannot be built.
fn build_error(e: anyhow::Error) -> MailError {
    MailError::Build(format!("{e:#}"))
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
