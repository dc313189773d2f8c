//! `/admin/departments`: the department tree — list and create, rename and move, delete
//! (with a confirmation step, and only when nothing uses the department any more).

mod delete;
mod edit;
mod list;

use super::messages::{FieldErrors, optional_id};
use crate::domain::DepartmentName;
use crate::domain::Message;
use crate::domain::text::{CONTROL_CHARACTERS_KEY, TextError};
use actix_web::web;
use serde::{Deserialize, Serialize};

/// Mounts the department pages.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/departments", web::get().to(list::show))
        .route("/admin/departments", web::post().to(list::create))
        .route("/admin/departments/{id}", web::get().to(edit::show))
        .route(
            "/admin/departments/{id}/rename",
            web::post().to(edit::rename),
        )
        .route(
            "/admin/departments/{id}/move",
            web::post().to(edit::move_to),
        )
        .route(
            "/admin/departments/{id}/delete",
            web::get().to(delete::confirm),
        )
        .route(
            "/admin/departments/{id}/delete",
            web::post().to(delete::delete),
        );
}

/// The raw department form: a name and a parent (empty for top level).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct DepartmentForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub parent_id: String,
}

/// Validated name.
fn parse_name(raw: &str, errors: &mut FieldErrors) -> Option<DepartmentName> {
    DepartmentName::parse_label(raw)
        .map_err(|error| {
            let message = match error {
                TextError::ControlCharacter => Message::new(CONTROL_CHARACTERS_KEY),
                TextError::Empty | TextError::TooLong => {
                    Message::new("department-name-invalid").number("max", DepartmentName::MAX_CHARS)
                }
            };
            errors.insert("name", message);
        })
        .ok()
}

/// Validated parent choice.
fn parse_parent(raw: &str, errors: &mut FieldErrors) -> Option<Option<i32>> {
    optional_id(raw)
        .map_err(|()| errors.insert("parent_id", Message::new("department-parent-not-found")))
        .ok()
}

/// Query of the list page: what just happened.
#[derive(Deserialize)]
pub struct NoticeQuery {
    #[serde(default)]
    notice: String,
}

/// The notice keys a redirect may ask the list page to show.
fn notice_key(notice: &str) -> Option<&'static str> {
    match notice {
        "created" => Some("department-notice-created"),
        "renamed" => Some("department-notice-renamed"),
        "moved" => Some("department-notice-moved"),
        "deleted" => Some("department-notice-deleted"),
        _ => None,
    }
}
