//! The survey link, `/s/{token}`: the page an employee answers (`show`) and the submission
//! (`submit`). Every response under `/s` — including the 404/409/410/422 pages — carries
//! `Cache-Control: no-store` and `Referrer-Policy: no-referrer` and sets no cookie.
//!
//! No CSRF token here: the 256-bit token in the path is itself the capability, and a
//! forged cross-site POST would need it — whoever holds it may answer anyway. Sending no cookie
//! also means there is no ambient credential a forged request could ride on.

pub(crate) mod render;
mod show;
mod submit;

use actix_web::http::header::{CACHE_CONTROL, REFERRER_POLICY};
use actix_web::middleware::DefaultHeaders;
use actix_web::web;

/// Mounts the survey routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/s")
            .wrap(
                DefaultHeaders::new()
                    .add((CACHE_CONTROL, "no-store"))
                    .add((REFERRER_POLICY, "no-referrer")),
            )
            .route("/{token}", web::get().to(show::show))
            .route("/{token}", web::post().to(submit::submit)),
    );
}
