//! Conversations on comments. The respondent's private page `/c/{token}` needs no login and,
//! like the survey, sets no cookie and sends `Cache-Control: no-store` and
//! `Referrer-Policy: no-referrer`; the 256-bit token in the path is the capability, so it needs
//! no CSRF token either. Staff read and reply under `/results/conversations` (a thread is
//! named by its random conversation id), where `report::comment_gate` decides visibility.

mod respondent;
mod staff;
mod view;

use crate::domain::Locale;
use crate::state::AppState;
use crate::survey::model::Section;
use crate::survey::seal::CommentLink;
use actix_web::http::header::{CACHE_CONTROL, REFERRER_POLICY};
use actix_web::middleware::DefaultHeaders;
use actix_web::web;
use serde::Serialize;

/// Mounts the conversation routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/c")
            .wrap(
                DefaultHeaders::new()
                    .add((CACHE_CONTROL, "no-store"))
                    .add((REFERRER_POLICY, "no-referrer")),
            )
            .route("/{token}", web::get().to(respondent::show))
            .route("/{token}", web::post().to(respondent::reply))
            .route("/{token}/close", web::get().to(respondent::confirm_close))
            .route("/{token}/close", web::post().to(respondent::close)),
    )
    .route("/results/conversations", web::get().to(staff::list))
    .route("/results/conversations/{id}", web::get().to(staff::show))
    .route("/results/conversations/{id}", web::post().to(staff::reply))
    .route(
        "/results/conversations/{id}/close",
        web::get().to(staff::confirm_close),
    )
    .route(
        "/results/conversations/{id}/close",
        web::post().to(staff::close),
    );
}

/// A comment's private conversation link, as the thank-you page shows it.
#[derive(Serialize)]
pub struct ConversationLinkView {
    service: String,
    provider: String,
    url: String,
}

/// The thank-you page's links: one per comment, `{base_url}/c/{token}?lang={locale}`.
pub(crate) fn conversation_links(
    state: &AppState,
    locale: Locale,
    sections: &[Section],
    links: &[CommentLink],
) -> Vec<ConversationLinkView> {
    let base = state.settings.server.base_url();
    links
        .iter()
        .map(|link| {
            let section = sections
                .iter()
                .find(|s| s.relationship_id == link.relationship_id);
            ConversationLinkView {
                service: section.map(|s| s.service.clone()).unwrap_or_default(),
                provider: section.map(|s| s.provider.clone()).unwrap_or_default(),
                url: format!("{base}/c/{}?lang={locale}", link.token.expose()),
            }
        })
        .collect()
}
