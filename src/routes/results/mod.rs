//! Results pages for providers and HR (`/results/...`), behind the anonymity gate
//! (`report::gate`): the list of providers, a provider's dashboard, HR's overview with the
//! heatmap, and CSV exports of the same gated figures.

mod charts;
mod comments;
mod dashboard_view;
mod export;
mod index;
pub(crate) mod load;
mod overview;
mod provider;

use actix_web::web;

/// Mounts the results routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/results", web::get().to(index::show))
        .route("/results/overview", web::get().to(overview::show))
        .route("/results/export.csv", web::get().to(export::all))
        .route("/results/providers/{id}", web::get().to(provider::show))
        .route(
            "/results/relationships/{id}/comments",
            web::get().to(comments::show),
        )
        .route(
            "/results/providers/{id}/export.csv",
            web::get().to(export::provider),
        );
}
