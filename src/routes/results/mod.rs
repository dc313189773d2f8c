//! Results pages for providers and HR (`/results/...`), behind the anonymity gate.

mod index;

use actix_web::web;

/// Mounts the results routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/results", web::get().to(index::show));
}
