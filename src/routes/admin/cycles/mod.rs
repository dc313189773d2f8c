//! HR's survey cycles (`/admin/cycles`): list, create / edit with field errors, the cycle page
//! with a preview of the next five openings in the cycle's timezone, and pause / resume.
//! Waves and delivery (`/admin/cycles/{id}/waves`) are another room.

mod edit;
mod show;

use actix_web::web;

/// Mounts the cycle pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/cycles", web::get().to(show::list))
        .route("/admin/cycles", web::post().to(edit::create))
        .route("/admin/cycles/new", web::get().to(edit::new))
        .route("/admin/cycles/{id}", web::get().to(show::show))
        .route("/admin/cycles/{id}", web::post().to(edit::update))
        .route("/admin/cycles/{id}/edit", web::get().to(edit::edit))
        .route("/admin/cycles/{id}/pause", web::post().to(show::pause))
        .route("/admin/cycles/{id}/resume", web::post().to(show::resume));
}
