//! Deactivating, reactivating and deleting a relationship. Deleting asks for confirmation
//! first, and is refused (409) once a wave or a response uses the relationship: such a
//! relationship keeps its history and can only be deactivated.

use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::state::AppState;
use crate::store::programme::relationships;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// The activate / deactivate form.
#[derive(Deserialize)]
pub struct ActiveForm {
    #[serde(default)]
    active: String,
}

/// `POST /admin/relationships/{id}/active`
#[tracing::instrument(skip_all)]
pub async fn set_active(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<ActiveForm>,
) -> AppResult<HttpResponse> {
    let model = relationships::find(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    let active = form.active == "true";
    roster::relationships::set_active(&state.db, &Actor::from(&user), model, active).await?;
    Ok(page::see_other("/admin/relationships"))
}

async fn render_confirmation(
    state: &AppState,
    request: &HttpRequest,
    user: &crate::auth::CurrentUser,
    id: i32,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let relationship = relationships::find_view(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let in_use = relationships::in_use(&state.db, id).await?;
    let mut context = tera::Context::new();
    context.insert("relationship", &relationship);
    context.insert("in_use", &in_use);
    page::render_status(
        page::Viewer::new(state, request, Some(user)),
        "admin/relationships/delete.html",
        context,
        status,
    )
}

/// `GET /admin/relationships/{id}/delete` — the confirmation step.
#[tracing::instrument(skip_all)]
pub async fn confirm_delete(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    render_confirmation(&state, &request, &user, path.into_inner(), StatusCode::OK).await
}

/// `POST /admin/relationships/{id}/delete`
#[tracing::instrument(skip_all)]
pub async fn delete(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(_form): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    relationships::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if relationships::in_use(&state.db, id).await? {
        return render_confirmation(&state, &request, &user, id, StatusCode::CONFLICT).await;
    }
    roster::relationships::delete(&state.db, &Actor::from(&user), id).await?;
    Ok(page::see_other("/admin/relationships"))
}
