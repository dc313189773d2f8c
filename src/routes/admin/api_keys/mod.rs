//! HR's API keys (`/admin/api-keys`): the list with a form to create a key, the key shown once
//! after creation, and revocation after a confirmation page. Every handler takes `HrAdmin`.

mod create;
mod list;
mod revoke;

use actix_web::web;

/// Mounts the API key routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/api-keys", web::get().to(list::show))
        .route("/admin/api-keys", web::post().to(create::submit))
        .route(
            "/admin/api-keys/{id}/revoke",
            web::get().to(revoke::confirm),
        )
        .route(
            "/admin/api-keys/{id}/revoke",
            web::post().to(revoke::submit),
        );
}
