//! Deactivating and reactivating an employee, each behind a confirmation page. Inactive
//! employees stay in the database (their history counts) but receive no invitations.

use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::state::AppState;
use crate::store::organisation::employees;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `deactivate` → false, `reactivate` → true; anything else is not a page.
fn target(change: &str) -> AppResult<bool> {
    match change {
        "deactivate" => Ok(false),
        "reactivate" => Ok(true),
        _ => Err(AppError::NotFound),
    }
}

/// `GET /admin/employees/{id}/deactivate` and `/reactivate`: the confirmation step.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, String)>,
) -> AppResult<HttpResponse> {
    let (id, change) = path.into_inner();
    let active = target(&change)?;
    let employee = employees::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut context = tera::Context::new();
    context.insert("employee", &employee);
    context.insert("change", &change);
    context.insert("activate", &active);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/employees/status.html",
        context,
    )
}

/// `POST /admin/employees/{id}/deactivate` and `/reactivate`
#[tracing::instrument(skip_all)]
pub async fn apply(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, String)>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let (id, change) = path.into_inner();
    let active = target(&change)?;
    if !roster::employees::set_active(&state.db, &Actor::from(&user), id, active).await? {
        return Err(AppError::NotFound);
    }
    let notice = if active { "reactivated" } else { "deactivated" };
    Ok(page::see_other(&format!(
        "/admin/employees?notice={notice}"
    )))
}
