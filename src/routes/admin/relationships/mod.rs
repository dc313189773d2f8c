//! HR's service relationships (`/admin/relationships`): the list, the matrix (providers ×
//! customers), create and edit with field errors, deactivate / reactivate, and delete with a
//! confirmation step — refused once a wave or a response uses the relationship.

mod edit;
mod list;
mod status;

use actix_web::web;

/// Mounts the relationship pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/relationships", web::get().to(list::list))
        .route("/admin/relationships", web::post().to(edit::create))
        .route("/admin/relationships/matrix", web::get().to(list::matrix))
        .route("/admin/relationships/new", web::get().to(edit::new))
        .route("/admin/relationships/{id}/edit", web::get().to(edit::edit))
        .route("/admin/relationships/{id}", web::post().to(edit::update))
        .route(
            "/admin/relationships/{id}/active",
            web::post().to(status::set_active),
        )
        .route(
            "/admin/relationships/{id}/delete",
            web::get().to(status::confirm_delete),
        )
        .route(
            "/admin/relationships/{id}/delete",
            web::post().to(status::delete),
        );
}
