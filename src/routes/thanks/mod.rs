//! Thanks: `/thanks` shows the providing department what its internal customers thanked it
//! for (only thanks whose slice passes `report::comment_gate`, without dates, in a stable order
//! that says nothing about when they were written); HR can share one with the whole
//! organisation after confirming, and stop sharing it; `/recognition` shows the shared ones to
//! every staff member, shuffled, dated by month only. A thanks is named in URLs by an opaque
//! handle (`followup::handles`), never by its response.

mod recognition;
mod share;
mod wall;

use actix_web::web;

/// Mounts the thanks pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/thanks", web::get().to(wall::show))
        .route("/thanks/share", web::get().to(share::confirm_share))
        .route("/thanks/share", web::post().to(share::share))
        .route("/thanks/unshare", web::get().to(share::confirm_unshare))
        .route("/thanks/unshare", web::post().to(share::unshare))
        .route("/recognition", web::get().to(recognition::show));
}
