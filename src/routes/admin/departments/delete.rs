//! Deleting a department: a confirmation page first, and a refusal naming what is left when
//! employees, sub-departments, relationships or accounts still use it.

use crate::audit::Actor;
use crate::auth::{CsrfForm, CurrentUser, HrAdmin};
use crate::domain::{Refusal, Usage};
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::state::AppState;
use crate::store::organisation::departments;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn render(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    id: i32,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let department = departments::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let usage = departments::usage(&state.db, id).await?;
    let locale = page::locale(state, request, Some(user));
    let refusal = (usage != Usage::default())
        .then(|| Refusal::InUse(usage).message().render(&state.i18n, locale));
    let mut context = tera::Context::new();
    context.insert("department", &department);
    context.insert("refusal", &refusal);
    page::render_status(
        page::Viewer::new(state, request, Some(user)),
        "admin/departments/delete.html",
        context,
        status,
    )
}

/// `GET /admin/departments/{id}/delete`: the confirmation step.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    render(&state, &request, &user, path.into_inner(), StatusCode::OK).await
}

/// `POST /admin/departments/{id}/delete`
#[tracing::instrument(skip_all)]
pub async fn delete(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let outcome = roster::departments::delete(&state.db, &Actor::from(&user), id).await?;
    match outcome {
        Ok(()) => Ok(page::see_other("/admin/departments?notice=deleted")),
        Err(Refusal::NotFound) => Err(AppError::NotFound),
        Err(_) => render(&state, &request, &user, id, StatusCode::CONFLICT).await,
    }
}
