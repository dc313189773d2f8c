//! Reissuing an employee's open survey links to their current address, behind a
//! confirmation page that says what will happen: the links move, the old ones die, the old
//! address is told.

use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::organisation::employees;
use crate::waves::reissue;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /admin/employees/{id}/reissue`: what a reissue would move, and the button.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let employee = employees::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pending = reissue::pending(&state.db, &employee).await?;
    let mut context = tera::Context::new();
    context.insert("employee", &employee);
    context.insert("links", &pending.links);
    context.insert("old_addresses", &pending.old_addresses);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/employees/reissue.html",
        context,
    )
}

/// `POST /admin/employees/{id}/reissue`
#[tracing::instrument(skip_all)]
pub async fn apply(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let done = reissue::reissue(&state, &Actor::from(&user), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = if done.links > 0 {
        "links-reissued"
    } else {
        "links-current"
    };
    Ok(page::see_other(&format!(
        "/admin/employees?notice={notice}"
    )))
}
