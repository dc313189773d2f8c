//! HR administration pages (`/admin/...`): organisation, relationships, questionnaires,
//! cycles, delivery, accounts, API keys and the audit log. Every handler takes `HrAdmin`.

mod accounts;
mod api_keys;
mod audit;
mod cycles;
mod delivery;
mod departments;
pub(crate) mod employees;
mod home;
pub(crate) mod messages;
mod questionnaires;
mod relationships;
mod wave_list;

use actix_web::web;

/// Mounts the HR administration routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(home::show))
        .route("/admin/audit", web::get().to(audit::show))
        .route("/admin/cycles/{id}/waves", web::get().to(wave_list::list))
        .route(
            "/admin/cycles/{id}/open-now",
            web::post().to(wave_list::open_now),
        )
        .route("/admin/delivery", web::get().to(delivery::show))
        .route(
            "/admin/delivery/retry-failed",
            web::get().to(delivery::confirm_retry),
        )
        .route(
            "/admin/delivery/retry-failed",
            web::post().to(delivery::retry),
        )
        .configure(accounts::configure)
        .configure(api_keys::configure)
        .configure(departments::configure)
        .configure(employees::configure)
        .configure(relationships::configure)
        .configure(cycles::configure)
        .configure(questionnaires::configure);
}
