//! Adding and editing one employee. Invalid input re-renders the form (422) with the input
//! kept and each error next to its field.

use super::{EmployeeForm, refusal_field};
use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::domain::Locale;
use crate::domain::Refusal;
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::routes::admin::messages::{self, FieldErrors};
use crate::state::AppState;
use crate::store::organisation::departments;
use crate::store::organisation::employees::{self, EmployeeInput, EmployeeView};
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn render(
    viewer: page::Viewer<'_>,
    employee: Option<&EmployeeView>,
    form_page: page::FormPage<'_, &EmployeeForm, FieldErrors>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let locale = viewer.locale();
    let locales: Vec<(&str, &str)> = Locale::ALL
        .iter()
        .map(|l| (l.as_str(), l.native_name()))
        .collect();
    let mut context = tera::Context::new();
    context.insert("employee", &employee);
    // Open links that still go to an earlier address: HR may move them (see `reissue`).
    let elsewhere = match employee {
        Some(employee) => Some(crate::waves::reissue::pending(&state.db, employee).await?),
        None => None,
    };
    context.insert(
        "links_elsewhere",
        &elsewhere.filter(|found| found.links > 0),
    );
    context.insert("form", form);
    context.insert("errors", &messages::render(state, locale, errors));
    context.insert("departments", &departments::tree(&state.db).await?);
    context.insert("locales", &locales);
    page::render_status(viewer, "admin/employees/form.html", context, status)
}

/// `GET /admin/employees/new`
#[tracing::instrument(skip_all)]
pub async fn new(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let form = EmployeeForm {
        locale: state.settings.i18n.default_locale.as_str().to_owned(),
        ..EmployeeForm::default()
    };
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        None,
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /admin/employees`
#[tracing::instrument(skip_all)]
pub async fn create(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    CsrfForm(form): CsrfForm<EmployeeForm>,
) -> AppResult<HttpResponse> {
    let errors = match EmployeeInput::try_from(&form) {
        Ok(input) => match roster::employees::create(&state.db, &Actor::from(&user), &input).await?
        {
            Ok(_) => return Ok(page::see_other("/admin/employees?notice=created")),
            Err(refusal) => FieldErrors::from([refusal_field(refusal)]),
        },
        Err(errors) => errors,
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        None,
        page::FormPage {
            form: &form,
            errors: &errors,
            status,
        },
    )
    .await
}

/// `GET /admin/employees/{id}`
#[tracing::instrument(skip_all)]
pub async fn edit(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let employee = employees::find(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    let form = EmployeeForm::from(&employee);
    let errors = FieldErrors::new();
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        Some(&employee),
        page::FormPage {
            form: &form,
            errors: &errors,
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /admin/employees/{id}`
#[tracing::instrument(skip_all)]
pub async fn update(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<EmployeeForm>,
) -> AppResult<HttpResponse> {
    let employee = employees::find(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    let errors = match EmployeeInput::try_from(&form) {
        Ok(input) => match roster::employees::update(
            &state.db,
            &Actor::from(&user),
            employee.id,
            &input,
            None,
        )
        .await?
        {
            Ok(()) => return Ok(page::see_other("/admin/employees?notice=updated")),
            Err(Refusal::NotFound) => return Err(AppError::NotFound),
            Err(refusal) => FieldErrors::from([refusal_field(refusal)]),
        },
        Err(errors) => errors,
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    render(
        page::Viewer::new(&state, &request, Some(&user)),
        Some(&employee),
        page::FormPage {
            form: &form,
            errors: &errors,
            status,
        },
    )
    .await
}
