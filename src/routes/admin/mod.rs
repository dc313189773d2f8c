//! HR administration pages (`/admin/...`): organisation, relationships, questionnaires,
//! cycles, delivery, accounts and API keys. Every handler takes `HrAdmin`.

mod departments;
pub(crate) mod employees;
mod home;
pub(crate) mod messages;

use actix_web::web;

/// Mounts the HR administration routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(home::show))
        .configure(departments::configure)
        .configure(employees::configure);
}
