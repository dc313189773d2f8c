//! One department: rename it, or move it elsewhere in the tree (never under itself).

use super::{DepartmentForm, parse_name, parse_parent};
use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::domain::Refusal;
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::routes::admin::messages::{self, FieldErrors};
use crate::state::AppState;
use crate::store::organisation::departments;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn render(
    viewer: page::Viewer<'_>,
    id: i32,
    form_page: page::FormPage<'_, Option<&DepartmentForm>, FieldErrors>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let department = departments::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let tree = departments::tree(&state.db).await?;
    let current = DepartmentForm {
        name: department.name.clone(),
        parent_id: department
            .parent_id
            .map(|p| p.to_string())
            .unwrap_or_default(),
    };
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    context.insert("department", &department);
    context.insert("departments", &tree);
    context.insert("form", form.unwrap_or(&current));
    context.insert("errors", &messages::render(state, locale, errors));
    page::render_status(viewer, "admin/departments/edit.html", context, status)
}

/// `GET /admin/departments/{id}`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        id,
        page::FormPage {
            form: None,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /admin/departments/{id}/rename`
#[tracing::instrument(skip_all)]
pub async fn rename(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<DepartmentForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let mut errors = FieldErrors::new();
    if let Some(name) = parse_name(&form.name, &mut errors) {
        match roster::departments::update(&state.db, &Actor::from(&user), id, Some(&name), None)
            .await?
        {
            Ok(()) => return Ok(page::see_other("/admin/departments?notice=renamed")),
            Err(Refusal::NotFound) => return Err(AppError::NotFound),
            Err(refusal) => {
                errors.insert("name", refusal.message());
            }
        }
    }
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        id,
        page::FormPage {
            form: Some(&form),
            errors: &errors,
            status,
        },
    )
    .await
}

/// `POST /admin/departments/{id}/move`
#[tracing::instrument(skip_all)]
pub async fn move_to(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<DepartmentForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let mut errors = FieldErrors::new();
    if let Some(parent) = parse_parent(&form.parent_id, &mut errors) {
        match roster::departments::update(&state.db, &Actor::from(&user), id, None, Some(parent))
            .await?
        {
            Ok(()) => return Ok(page::see_other("/admin/departments?notice=moved")),
            Err(Refusal::NotFound) => return Err(AppError::NotFound),
            Err(refusal) => {
                errors.insert("parent_id", refusal.message());
            }
        }
    }
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        id,
        page::FormPage {
            form: Some(&form),
            errors: &errors,
            status,
        },
    )
    .await
}
