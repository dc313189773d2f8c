//! HR's questionnaires (`/admin/questionnaires`): the list, a read-only view of the built-in
//! one, editable copies (name; add, edit, reorder and remove questions of every kind with
//! per-locale texts), and new versions when a wave already uses the questionnaire.

mod form;
mod order;
mod overview;
mod questions;

use actix_web::web;

/// Mounts the questionnaire pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/questionnaires", web::get().to(overview::list))
        .route("/admin/questionnaires/{id}", web::get().to(overview::show))
        .route(
            "/admin/questionnaires/{id}/copy",
            web::post().to(overview::copy),
        )
        .route(
            "/admin/questionnaires/{id}/name",
            web::post().to(overview::rename),
        )
        .route(
            "/admin/questionnaires/{id}/questions/new",
            web::get().to(questions::new),
        )
        .route(
            "/admin/questionnaires/{id}/questions",
            web::post().to(questions::create),
        )
        .route(
            "/admin/questionnaires/{id}/questions/{question}",
            web::get().to(questions::edit),
        )
        .route(
            "/admin/questionnaires/{id}/questions/{question}",
            web::post().to(questions::update),
        )
        .route(
            "/admin/questionnaires/{id}/questions/{question}/move",
            web::post().to(order::move_question),
        )
        .route(
            "/admin/questionnaires/{id}/questions/{question}/delete",
            web::get().to(order::confirm_remove),
        )
        .route(
            "/admin/questionnaires/{id}/questions/{question}/delete",
            web::post().to(order::remove),
        );
}

/// Where to go after an edit: the questionnaire edited, telling HR when that is a new version.
fn after_edit(target: crate::programme::questionnaire_versions::EditTarget) -> String {
    match target {
        crate::programme::questionnaire_versions::EditTarget::Same(id) => {
            format!("/admin/questionnaires/{id}")
        }
        crate::programme::questionnaire_versions::EditTarget::NewVersion(id) => {
            format!("/admin/questionnaires/{id}?new_version=1")
        }
    }
}

/// 409 for the built-in questionnaire, which is never edited.
fn refuse_builtin(
    state: &crate::state::AppState,
    model: &entity::questionnaire::Model,
) -> Result<(), crate::error::AppError> {
    if crate::programme::questionnaire_versions::is_editable(model) {
        Ok(())
    } else {
        Err(crate::error::AppError::Conflict(state.i18n.text(
            state.settings.i18n.default_locale,
            "err-qn-builtin",
            None,
        )))
    }
}
