//! The JSON API under `/api/v1`: staff session cookie or API key (`Authorization: Bearer`).
//! Errors are `{ "error": { "code", "message" } }` (see `web::error_pages`). Every route is
//! described in the OpenAPI document at `/api/v1/openapi.json`.

mod departments;
mod employee_import;
mod employees;
mod openapi;

use actix_web::web;

/// Mounts the API routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/openapi.json", web::get().to(openapi::document))
        .route("/api/v1/departments", web::get().to(departments::list))
        .route("/api/v1/departments", web::post().to(departments::create))
        .route(
            "/api/v1/departments/{id}",
            web::patch().to(departments::update),
        )
        .route(
            "/api/v1/departments/{id}",
            web::delete().to(departments::delete),
        )
        .route("/api/v1/employees", web::get().to(employees::list))
        .route("/api/v1/employees", web::post().to(employees::create))
        .route(
            "/api/v1/employees/import",
            web::post().to(employee_import::import),
        )
        .route("/api/v1/employees/{id}", web::patch().to(employees::update));
}
