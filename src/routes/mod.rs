//! HTTP routes, grouped by audience: `staff/` (login), `admin/` (HR), `results/` (providers
//! and HR), plus operations endpoints. `configure` mounts them all; handlers stay thin and
//! call the store or use cases.

mod account;
mod actions;
mod admin;
mod api;
mod conversations;
mod health;
mod home;
mod metrics;
mod results;
pub mod staff;
mod survey;
mod thanks;

use crate::web::assets;
use actix_web::web;

/// Mounts every route of the application.
pub fn configure(cfg: &mut web::ServiceConfig) {
    // The employees' links first: every route before them is tried on each request (and again
    // by the request log's `match_pattern`), so `/s/{token}` — the busiest — is found at once.
    cfg.configure(survey::configure)
        .configure(conversations::configure)
        .route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/metrics", web::get().to(metrics::metrics))
        .route("/static/style.css", web::get().to(assets::stylesheet))
        .route("/static/survey.js", web::get().to(assets::survey_script))
        .route("/", web::get().to(home::home))
        .route("/login", web::get().to(staff::session::show))
        .route("/login", web::post().to(staff::session::submit))
        .route("/logout", web::post().to(staff::session::logout))
        .route(
            "/login/oidc/{provider}",
            web::get().to(staff::single_sign_on::start),
        )
        .route(
            "/login/oidc/{provider}/callback",
            web::get().to(staff::single_sign_on::callback),
        )
        .configure(account::configure)
        .configure(admin::configure)
        .configure(api::configure)
        .configure(results::configure)
        .configure(actions::configure)
        .configure(thanks::configure);
}
