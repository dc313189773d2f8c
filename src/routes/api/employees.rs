//! `/api/v1/employees`: list, add and change employees. Every call needs an HR admin session
//! or an API key with the `import` scope (department heads: 403).

use crate::audit::Actor;
use crate::auth::{ApiCaller, Scope};
use crate::domain::Locale;
use crate::domain::Refusal;
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::routes::admin::employees::{EmployeeForm, refusal_field};
use crate::routes::admin::messages::FieldErrors;
use crate::state::AppState;
use crate::store::organisation::employees::{
    self, EmployeeFilter, EmployeeInput, EmployeePage, EmployeeView, StatusFilter,
};
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Filters of the list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EmployeeQuery {
    /// Part of the name or email, case-insensitive.
    pub search: Option<String>,
    /// Only employees of this department.
    pub department: Option<i32>,
    /// `active` (default), `inactive` or `all`.
    pub status: Option<StatusFilter>,
    /// 1-based page of 50.
    pub page: Option<u64>,
}

/// A new employee.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewEmployee {
    pub email: String,
    pub name: String,
    pub department_id: i32,
    /// en, nl, fr, es, ru or pl; the organisation default when absent.
    #[serde(default)]
    pub locale: Option<String>,
    /// Key in the HR system.
    #[serde(default)]
    pub external_id: Option<String>,
}

/// Changes to an employee; absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
pub struct EmployeeChanges {
    pub email: Option<String>,
    pub name: Option<String>,
    pub department_id: Option<i32>,
    pub locale: Option<String>,
    /// An empty string removes the external id.
    pub external_id: Option<String>,
    /// `false` deactivates, `true` reactivates.
    pub active: Option<bool>,
}

fn validate(state: &AppState, form: &EmployeeForm) -> AppResult<EmployeeInput> {
    EmployeeInput::try_from(form).map_err(|errors| invalid(state, &errors))
}

fn invalid(state: &AppState, errors: &FieldErrors) -> AppError {
    let text: Vec<String> = errors
        .messages()
        .map(|(field, m)| format!("{field}: {}", m.render(&state.i18n, Locale::EN)))
        .collect();
    AppError::Validation(text.join("; "))
}

fn refused(state: &AppState, refusal: Refusal) -> AppError {
    match refusal {
        Refusal::NotFound => AppError::NotFound,
        other => invalid(state, &FieldErrors::from([refusal_field(other)])),
    }
}

async fn found(state: &AppState, id: i32) -> AppResult<EmployeeView> {
    employees::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// One page of employees, by name.
#[utoipa::path(
    get,
    path = "/api/v1/employees",
    tag = "organisation",
    params(EmployeeQuery),
    responses(
        (status = 200, description = "One page of 50 employees", body = EmployeePage),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(
    state: web::Data<AppState>,
    caller: ApiCaller,
    query: web::Query<EmployeeQuery>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    let query = query.into_inner();
    let filter = EmployeeFilter {
        search: query.search,
        department_id: query.department,
        status: query.status.unwrap_or_default(),
    };
    let page = employees::list(&state.db, &filter, query.page.unwrap_or(1)).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Adds an active employee.
#[utoipa::path(
    post,
    path = "/api/v1/employees",
    tag = "organisation",
    request_body = NewEmployee,
    responses(
        (status = 201, description = "Created", body = EmployeeView),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key"),
        (status = 422, description = "Invalid field, unknown department, or email / external id taken")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<NewEmployee>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    let body = body.into_inner();
    let form = EmployeeForm {
        email: body.email,
        name: body.name,
        department_id: body.department_id.to_string(),
        locale: body
            .locale
            .unwrap_or_else(|| state.settings.i18n.default_locale.as_str().to_owned()),
        external_id: body.external_id.unwrap_or_default(),
    };
    let input = validate(&state, &form)?;
    let id = roster::employees::create(&state.db, &Actor::from(&caller), &input)
        .await?
        .map_err(|r| refused(&state, r))?;
    Ok(HttpResponse::Created().json(found(&state, id).await?))
}

/// Changes an employee's data or status.
#[utoipa::path(
    patch,
    path = "/api/v1/employees/{id}",
    tag = "organisation",
    params(("id" = i32, Path, description = "Employee id")),
    request_body = EmployeeChanges,
    responses(
        (status = 200, description = "Changed", body = EmployeeView),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key"),
        (status = 404, description = "No such employee"),
        (status = 422, description = "Invalid field, unknown department, or email / external id taken")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
    body: web::Json<EmployeeChanges>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    let current = found(&state, path.into_inner()).await?;
    let changes = body.into_inner();
    let mut form = EmployeeForm::from(&current);
    if let Some(email) = changes.email {
        form.email = email;
    }
    if let Some(name) = changes.name {
        form.name = name;
    }
    if let Some(department_id) = changes.department_id {
        form.department_id = department_id.to_string();
    }
    if let Some(locale) = changes.locale {
        form.locale = locale;
    }
    if let Some(external_id) = changes.external_id {
        form.external_id = external_id;
    }
    let input = validate(&state, &form)?;
    let actor = Actor::from(&caller);
    roster::employees::update(&state.db, &actor, current.id, &input, changes.active)
        .await?
        .map_err(|r| refused(&state, r))?;
    Ok(HttpResponse::Ok().json(found(&state, current.id).await?))
}
