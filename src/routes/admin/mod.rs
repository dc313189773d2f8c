//! HR administration pages (`/admin/...`): organisation, relationships, questionnaires,
//! cycles, delivery, accounts and API keys. Every handler takes `HrAdmin`.

mod accounts;
mod api_keys;
mod home;

use actix_web::web;

/// Mounts the HR administration routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(home::show))
        .configure(accounts::configure)
        .configure(api_keys::configure);
}
