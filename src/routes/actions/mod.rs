//! Providers' actions: `/actions` lists every action the user may read (HR: all, overdue ones
//! highlighted); `/results/relationships/{id}/actions` lists one service's actions and is
//! where the results dashboard links to record one (`…/actions/new`, optionally
//! `?topic=dimension:<name>` or `?topic=question:<id>`); `/actions/{id}/…` edits, changes the
//! status, translates and deletes. Heads act for services their departments provide (or
//! actions their departments own), HR for all; viewers read.

mod form;
mod list;
mod manage;

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::followup::actions::{self, ActionView};
use actix_web::web;
use chrono::Utc;

/// Mounts the action pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/actions", web::get().to(list::all))
        .route(
            "/results/relationships/{id}/actions",
            web::get().to(list::for_relationship),
        )
        .route(
            "/results/relationships/{id}/actions",
            web::post().to(form::create),
        )
        .route(
            "/results/relationships/{id}/actions/new",
            web::get().to(form::new),
        )
        .route("/actions/{id}/edit", web::get().to(form::edit))
        .route("/actions/{id}", web::post().to(form::update))
        .route("/actions/{id}/status", web::post().to(manage::set_status))
        .route(
            "/actions/{id}/delete",
            web::get().to(manage::confirm_delete),
        )
        .route("/actions/{id}/delete", web::post().to(manage::delete))
        .route(
            "/actions/{id}/translations",
            web::get().to(manage::translations),
        )
        .route(
            "/actions/{id}/translations",
            web::post().to(manage::save_translations),
        );
}

/// The action `id` if `user` may change it: 404 when it does not exist, 403 when it is not
/// theirs to change.
pub(crate) async fn editable(
    state: &AppState,
    user: &CurrentUser,
    id: i32,
) -> AppResult<ActionView> {
    let view = actions::find(&state.db, id, Utc::now().date_naive())
        .await?
        .ok_or(AppError::NotFound)?;
    if view.editable_by(user) {
        Ok(view)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Where to go after changing `view`: its service's list when the user may read it, else
/// `/actions`; with a `notice` to show.
pub(crate) fn list_after_change(user: &CurrentUser, view: &ActionView, notice: &str) -> String {
    if user.can_read_department(view.provider_department_id) {
        format!(
            "/results/relationships/{}/actions?notice={notice}",
            view.relationship_id
        )
    } else {
        format!("/actions?notice={notice}")
    }
}
