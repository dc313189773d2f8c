//! Outgoing mail: rendering every email from its templates (`render`), building MIME
//! messages (text + HTML, own Message-ID, Date, From from `[mail]`) and handing them to a
//! backend — pooled SMTP, `.eml` files or the log. Handlers never send directly: they queue
//! rows that the scheduler sends. This module knows nothing about the database or retries; it
//! renders or sends one message and says whether a failure is worth retrying. Recipients
//! appear in logs only masked; bodies never.

mod error;
mod file;
mod mailer;
mod mask;
mod message;
pub mod quoted;
mod render;
mod smtp;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;

pub use error::MailError;
pub use mailer::{Mailer, PreparedEmail};
pub use mask::{mask_address, redact_addresses};
pub use message::{EncodedEmail, OutgoingEmail};
pub use render::{RenderedEmail, render_email, render_untidied, tidy_subject};
