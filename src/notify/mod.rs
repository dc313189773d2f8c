//! Staff emails: builds the context of `templates/email/<name>/`, renders it in the
//! recipient's language through `mail::render_email` and queues the result in `mail_outbox`,
//! where the scheduler picks it up. Handlers and use cases call this; it never talks to SMTP itself.
//! `results_available` tells department heads when a wave's results are ready.

pub mod results_available;

use crate::domain::{EmailAddress, Locale};
use crate::mail::{RenderedEmail, render_email};
use crate::state::AppState;
use crate::store::outbox;
use crate::web::templates::Templates;
use anyhow::Context;
use sea_orm::ConnectionTrait;

/// A staff email and what its template needs.
#[derive(Clone, Copy, Debug)]
pub enum StaffEmail<'a> {
    /// An invitation to set a first password (`templates/email/staff-invite`).
    Invite {
        /// Who sent the invitation.
        inviter: &'a str,
        /// The accept link, `{base_url}/account/accept/{token}`.
        link: &'a str,
    },
    /// A password-reset link (`templates/email/password-reset`).
    PasswordReset {
        /// The reset link, `{base_url}/account/reset/{token}`.
        link: &'a str,
    },
    /// The employee's survey links were reissued to another address
    /// (`templates/email/link-moved`), sent to the address they used to go to.
    LinkMoved {
        /// The new address, masked (`n***@example.com`).
        new_address: &'a str,
        /// How many links moved.
        links: usize,
    },
    /// A wave's results are ready (`templates/email/results-available`).
    ResultsAvailable {
        /// First day of the wave.
        starts: &'a str,
        /// Last day of the wave.
        ends: &'a str,
        /// The head's services with the figures that passed the anonymity gate.
        services: &'a [ResultLine],
        /// The results page.
        link: &'a str,
    },
}

/// One service in the results email; figures are absent where the gate withheld them.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ResultLine {
    /// Service name.
    pub service: String,
    /// Responses with answers.
    pub responses: Option<u32>,
    /// Overall satisfaction in the reader's notation ("—" when withheld).
    pub headline: String,
    /// Internal NPS in the reader's notation ("—" when withheld).
    pub nps: String,
}

impl StaffEmail<'_> {
    /// The template folder under `templates/email/`.
    pub fn template(&self) -> &'static str {
        match self {
            StaffEmail::Invite { .. } => "staff-invite",
            StaffEmail::PasswordReset { .. } => "password-reset",
            StaffEmail::LinkMoved { .. } => "link-moved",
            StaffEmail::ResultsAvailable { .. } => "results-available",
        }
    }
}

/// Renders `email` for a recipient called `name`, in `locale`, through the one email renderer.
pub fn render(
    templates: &Templates,
    organisation: &str,
    name: &str,
    locale: Locale,
    email: StaffEmail<'_>,
) -> anyhow::Result<RenderedEmail> {
    let mut context = tera::Context::new();
    context.insert("lang", locale.as_str());
    context.insert("organisation", organisation);
    context.insert("name", name);
    match email {
        StaffEmail::Invite { inviter, link } => {
            context.insert("inviter", inviter);
            context.insert("link", link);
        }
        StaffEmail::PasswordReset { link } => context.insert("link", link),
        StaffEmail::LinkMoved { new_address, links } => {
            context.insert("new_address", new_address);
            context.insert("links", &links);
        }
        StaffEmail::ResultsAvailable {
            starts,
            ends,
            services,
            link,
        } => {
            context.insert("starts", starts);
            context.insert("ends", ends);
            context.insert("services", services);
            context.insert("link", link);
        }
    }
    render_email(templates, email.template(), &context)
}

/// Renders `email` and queues it for `to`; call it inside the transaction of the change that
/// causes the email.
pub async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    to: &EmailAddress,
    name: &str,
    locale: Locale,
    email: StaffEmail<'_>,
) -> anyhow::Result<i32> {
    let rendered = render(
        &state.templates,
        &state.settings.app.organisation_name,
        name,
        locale,
        email,
    )
    .with_context(|| format!("Failed to render the {} email", email.template()))?;
    outbox::enqueue(db, to, &rendered.subject, &rendered.text, &rendered.html).await
}

/// The absolute link `{server.base_url}{path}`.
pub fn link(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.settings.server.base_url())
}
