//! The department tree and the form to add a department.

use super::{DepartmentForm, NoticeQuery, notice_key, parse_name, parse_parent};
use crate::audit::Actor;
use crate::auth::{CsrfForm, CurrentUser, HrAdmin};
use crate::domain::Refusal;
use crate::error::AppResult;
use crate::roster;
use crate::routes::admin::messages::{self, FieldErrors};
use crate::state::AppState;
use crate::store::departments;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn render(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    form: &DepartmentForm,
    errors: &FieldErrors,
    notice: Option<&str>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let locale = page::locale(state, request, Some(user));
    let mut context = tera::Context::new();
    context.insert("departments", &departments::tree(&state.db).await?);
    context.insert("form", form);
    context.insert("errors", &messages::render(state, locale, errors));
    context.insert("notice", &notice);
    page::render_status(
        page::Viewer::new(state, request, Some(user)),
        "admin/departments/list.html",
        context,
        status,
    )
}

/// `GET /admin/departments`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<NoticeQuery>,
) -> AppResult<HttpResponse> {
    let notice = notice_key(&query.notice);
    let form = DepartmentForm::default();
    render(
        &state,
        &request,
        &user,
        &form,
        &FieldErrors::new(),
        notice,
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/departments`
#[tracing::instrument(skip_all)]
pub async fn create(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    CsrfForm(form): CsrfForm<DepartmentForm>,
) -> AppResult<HttpResponse> {
    let mut errors = FieldErrors::new();
    let name = parse_name(&form.name, &mut errors);
    let parent = parse_parent(&form.parent_id, &mut errors);
    if let (Some(name), Some(parent)) = (name, parent) {
        match roster::departments::create(&state.db, &Actor::from(&user), &name, parent).await? {
            Ok(_) => return Ok(page::see_other("/admin/departments?notice=created")),
            Err(refusal @ Refusal::NameTaken) => {
                errors.insert("name", refusal.message());
            }
            Err(refusal) => {
                errors.insert("parent_id", refusal.message());
            }
        }
    }
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    render(&state, &request, &user, &form, &errors, None, status).await
}
