//! HR's account administration (`/admin/accounts`): the list, inviting staff, changing roles
//! and departments, re-sending invites, deactivating and reactivating. Every handler takes
//! `HrAdmin`; the rules live in `crate::accounts`.

mod edit;
mod invite;
mod list;
mod status;

use crate::accounts::{AccountError, FieldErrors};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::accounts::account_admin::DepartmentRef;
use actix_web::web;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;

/// Mounts the account administration routes.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin/accounts", web::get().to(list::show))
        .route("/admin/accounts", web::post().to(invite::submit))
        .route("/admin/accounts/invite", web::get().to(invite::show))
        .route("/admin/accounts/{id}", web::get().to(edit::show))
        .route("/admin/accounts/{id}/role", web::post().to(edit::save))
        .route(
            "/admin/accounts/{id}/resend",
            web::post().to(status::resend),
        )
        .route(
            "/admin/accounts/{id}/deactivate",
            web::get().to(status::confirm),
        )
        .route(
            "/admin/accounts/{id}/deactivate",
            web::post().to(status::deactivate),
        )
        .route(
            "/admin/accounts/{id}/reactivate",
            web::post().to(status::reactivate),
        );
}

/// The department ids ticked in a form: checkboxes are named `department_<id>`.
fn ticked_departments(fields: &HashMap<String, String>) -> Vec<i32> {
    let mut ids: Vec<i32> = fields
        .keys()
        .filter_map(|key| key.strip_prefix("department_"))
        .filter_map(|id| id.parse().ok())
        .collect();
    ids.sort_unstable();
    ids
}

/// A department checkbox of a form.
#[derive(Serialize)]
struct DepartmentChoice {
    id: i32,
    name: String,
    checked: bool,
}

fn department_choices(options: Vec<DepartmentRef>, ticked: &[i32]) -> Vec<DepartmentChoice> {
    options
        .into_iter()
        .map(|d| DepartmentChoice {
            checked: ticked.contains(&d.id),
            id: d.id,
            name: d.name,
        })
        .collect()
}

/// A time as shown in lists (UTC, to the minute); empty for none.
fn short_time(at: Option<DateTime<Utc>>) -> String {
    at.map(|at| at.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// Turns a refused use case into what a page shows: field errors re-render the form, a rule
/// becomes a notice; everything else is an error page.
enum FormProblem {
    Fields(FieldErrors),
    Rule(&'static str),
}

fn form_problem(error: AccountError) -> Result<FormProblem, AppError> {
    match error {
        AccountError::Invalid(errors) => Ok(FormProblem::Fields(errors)),
        AccountError::Rule(key) => Ok(FormProblem::Rule(key)),
        AccountError::NotFound => Err(AppError::NotFound),
        AccountError::Gone => Err(AppError::Gone),
        AccountError::Busy => Err(AppError::TooManyRequests(
            "the server is busy; try again in a few seconds".to_owned(),
        )),
        AccountError::Unexpected(error) => Err(AppError::Unexpected(error)),
    }
}

/// The state, for handlers that need only the database and rendering.
type State = web::Data<AppState>;
