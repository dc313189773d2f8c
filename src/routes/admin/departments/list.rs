//! The department tree and the form to add a department.

use super::{DepartmentForm, NoticeQuery, notice_key, parse_name, parse_parent};
use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::domain::Refusal;
use crate::error::AppResult;
use crate::roster;
use crate::routes::admin::messages::{self, FieldErrors};
use crate::state::AppState;
use crate::store::organisation::departments;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn render(
    viewer: page::Viewer<'_>,
    form_page: page::FormPage<'_, &DepartmentForm, FieldErrors>,
    notice: Option<&str>,
) -> AppResult<HttpResponse> {
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let state = viewer.state;
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    context.insert("departments", &departments::tree(&state.db).await?);
    context.insert("form", form);
    context.insert("errors", &messages::render(state, locale, errors));
    context.insert("notice", &notice);
    page::render_status(viewer, "admin/departments/list.html", context, status)
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
        page::Viewer::new(&state, &request, Some(&user)),
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
        notice,
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
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        page::FormPage {
            form: &form,
            errors: &errors,
            status,
        },
        None,
    )
    .await
}
