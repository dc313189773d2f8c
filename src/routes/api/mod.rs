//! The JSON API under `/api/v1`: staff session cookie or API key (`Authorization: Bearer`).
//! Errors are `{ "error": { "code", "message" } }` (see `web::error_pages`). Every route is
//! described in the OpenAPI document at `/api/v1/openapi.json`.

mod cycles;
mod openapi;
mod questionnaires;
mod relationships;

use actix_web::web;

/// Mounts the API routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/openapi.json", web::get().to(openapi::document))
        .route("/api/v1/relationships", web::get().to(relationships::list))
        .route(
            "/api/v1/relationships",
            web::post().to(relationships::create),
        )
        .route(
            "/api/v1/relationships/{id}",
            web::patch().to(relationships::update),
        )
        .route(
            "/api/v1/questionnaires",
            web::get().to(questionnaires::list),
        )
        .route(
            "/api/v1/questionnaires/{id}",
            web::get().to(questionnaires::show),
        )
        .route("/api/v1/cycles", web::get().to(cycles::list))
        .route("/api/v1/cycles", web::post().to(cycles::create))
        .route("/api/v1/cycles/{id}", web::get().to(cycles::show))
        .route("/api/v1/cycles/{id}", web::patch().to(cycles::update));
}
