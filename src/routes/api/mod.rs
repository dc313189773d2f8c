//! The JSON API under `/api/v1`: staff session cookie or API key (`Authorization: Bearer`).
//! Errors are `{ "error": { "code", "message" } }` (see `web::error_pages`). Every route is
//! described in the OpenAPI document at `/api/v1/openapi.json`.

mod accounts;
mod actions;
mod api_keys;
mod audit;
mod cycles;
mod departments;
mod employee_import;
mod employees;
mod openapi;
mod paging;
mod questionnaire_edits;
mod questionnaires;
mod relationships;
mod results;
pub(crate) mod touchpoints;

use actix_web::web;

/// Mounts the API routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/openapi.json", web::get().to(openapi::document))
        .route(
            "/api/v1/results/providers/{id}",
            web::get().to(results::provider),
        )
        .route("/api/v1/results/slices", web::get().to(results::slices))
        .route("/api/v1/touchpoints", web::post().to(touchpoints::create))
        .route("/api/v1/actions", web::get().to(actions::list))
        .route("/api/v1/actions", web::post().to(actions::create))
        .route("/api/v1/actions/{id}", web::get().to(actions::show))
        .route("/api/v1/actions/{id}", web::patch().to(actions::update))
        .route("/api/v1/actions/{id}", web::delete().to(actions::delete))
        .route("/api/v1/accounts", web::get().to(accounts::list))
        .route("/api/v1/accounts", web::post().to(accounts::create))
        .route("/api/v1/accounts/{id}", web::patch().to(accounts::update))
        .route("/api/v1/audit", web::get().to(audit::list))
        .route("/api/v1/api-keys", web::get().to(api_keys::list))
        .route("/api/v1/api-keys", web::post().to(api_keys::create))
        .route("/api/v1/api-keys/{id}", web::delete().to(api_keys::revoke))
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
        .route("/api/v1/employees/{id}", web::patch().to(employees::update))
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
            "/api/v1/questionnaires",
            web::post().to(questionnaire_edits::create),
        )
        .route(
            "/api/v1/questionnaires/{id}",
            web::get().to(questionnaires::show),
        )
        .route(
            "/api/v1/questionnaires/{id}/questions",
            web::post().to(questionnaire_edits::add_question),
        )
        .route(
            "/api/v1/questionnaires/{id}/questions/{question}",
            web::put().to(questionnaire_edits::replace_question),
        )
        .route("/api/v1/cycles", web::get().to(cycles::list))
        .route("/api/v1/cycles", web::post().to(cycles::create))
        .route("/api/v1/cycles/{id}", web::get().to(cycles::show))
        .route("/api/v1/cycles/{id}", web::patch().to(cycles::update));
}
