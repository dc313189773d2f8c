//! HR administration pages (`/admin/...`): organisation, relationships, questionnaires,
//! cycles, delivery, accounts and API keys. Every handler takes `HrAdmin`.

mod cycles;
mod home;
mod questionnaires;
mod relationships;

use actix_web::web;

/// Mounts the HR administration routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(home::show))
        .configure(relationships::configure)
        .configure(cycles::configure)
        .configure(questionnaires::configure);
}
