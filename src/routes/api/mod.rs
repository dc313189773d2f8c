//! The JSON API under `/api/v1`: staff session cookie or API key (`Authorization: Bearer`).
//! Errors are `{ "error": { "code", "message" } }` (see `web::error_pages`). Every route is
//! described in the OpenAPI document at `/api/v1/openapi.json`.

mod accounts;
mod api_keys;
mod openapi;
pub(crate) mod touchpoints;

use actix_web::web;

/// Mounts the API routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/openapi.json", web::get().to(openapi::document))
        .route("/api/v1/touchpoints", web::post().to(touchpoints::create))
        .route("/api/v1/accounts", web::get().to(accounts::list))
        .route("/api/v1/accounts", web::post().to(accounts::create))
        .route("/api/v1/accounts/{id}", web::patch().to(accounts::update))
        .route("/api/v1/api-keys", web::get().to(api_keys::list))
        .route("/api/v1/api-keys", web::post().to(api_keys::create))
        .route("/api/v1/api-keys/{id}", web::delete().to(api_keys::revoke));
}
