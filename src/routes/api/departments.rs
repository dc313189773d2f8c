//! `/api/v1/departments`: the department tree for integrations. Every call needs an HR admin
//! session or an API key with the `import` scope (department heads: 403).

use crate::audit::Actor;
use crate::auth::{ApiCaller, Scope};
use crate::domain::Refusal;
use crate::domain::{DepartmentName, Locale};
use crate::error::{AppError, AppResult};
use crate::roster;
use crate::state::AppState;
use crate::store::organisation::departments::{self, DepartmentNode};
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Deserializer};
use utoipa::ToSchema;

/// A new department.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewDepartment {
    /// Unique name, 1–120 characters.
    pub name: String,
    /// Parent department; absent or null for top level.
    #[serde(default)]
    pub parent_id: Option<i32>,
}

/// Changes to a department; absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
pub struct DepartmentChanges {
    /// New unique name.
    #[serde(default)]
    pub name: Option<String>,
    /// New parent; `null` moves the department to the top level.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    pub parent_id: Option<Option<i32>>,
}

/// Distinguishes `"parent_id": null` (move to top level) from an absent field.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<i32>>, D::Error> {
    Option::<i32>::deserialize(deserializer).map(Some)
}

/// A refusal as an API error: missing things 404, a department still in use 409, the rest 422.
pub(super) fn refusal_error(state: &AppState, refusal: Refusal) -> AppError {
    let message = refusal.message().render(&state.i18n, Locale::EN);
    match refusal {
        Refusal::NotFound => AppError::NotFound,
        Refusal::InUse(_) => AppError::Conflict(message),
        Refusal::ParentNotFound
        | Refusal::NameTaken
        | Refusal::WouldLoop
        | Refusal::DepartmentNotFound
        | Refusal::EmailTaken
        | Refusal::ExternalIdTaken => AppError::Validation(message),
    }
}

fn name(raw: &str) -> AppResult<DepartmentName> {
    DepartmentName::parse(raw).map_err(AppError::Validation)
}

async fn node(state: &AppState, id: i32) -> AppResult<DepartmentNode> {
    departments::tree(&state.db)
        .await?
        .into_iter()
        .find(|d| d.id == id)
        .ok_or(AppError::NotFound)
}

/// Every department, parents before children.
#[utoipa::path(
    get,
    path = "/api/v1/departments",
    tag = "organisation",
    responses(
        (status = 200, description = "The department tree, parents before children", body = [DepartmentNode]),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(state: web::Data<AppState>, caller: ApiCaller) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    Ok(HttpResponse::Ok().json(departments::tree(&state.db).await?))
}

/// Creates a department.
#[utoipa::path(
    post,
    path = "/api/v1/departments",
    tag = "organisation",
    request_body = NewDepartment,
    responses(
        (status = 201, description = "Created", body = DepartmentNode),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key"),
        (status = 422, description = "Invalid or taken name, unknown parent")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<NewDepartment>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    let name = name(&body.name)?;
    let id = roster::departments::create(&state.db, &Actor::from(&caller), &name, body.parent_id)
        .await?
        .map_err(|r| refusal_error(&state, r))?;
    Ok(HttpResponse::Created().json(node(&state, id).await?))
}

/// Renames and/or moves a department; a move under its own subtree is refused.
#[utoipa::path(
    patch,
    path = "/api/v1/departments/{id}",
    tag = "organisation",
    params(("id" = i32, Path, description = "Department id")),
    request_body = DepartmentChanges,
    responses(
        (status = 200, description = "Changed", body = DepartmentNode),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key"),
        (status = 404, description = "No such department"),
        (status = 422, description = "Invalid or taken name, unknown parent, or a loop")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
    body: web::Json<DepartmentChanges>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    let id = path.into_inner();
    let new_name = body.name.as_deref().map(name).transpose()?;
    let actor = Actor::from(&caller);
    roster::departments::update(&state.db, &actor, id, new_name.as_ref(), body.parent_id)
        .await?
        .map_err(|r| refusal_error(&state, r))?;
    Ok(HttpResponse::Ok().json(node(&state, id).await?))
}

/// Deletes an empty department; 409 names what is left.
#[utoipa::path(
    delete,
    path = "/api/v1/departments/{id}",
    tag = "organisation",
    params(("id" = i32, Path, description = "Department id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an HR admin or an `import` key"),
        (status = 404, description = "No such department"),
        (status = 409, description = "Still has employees, sub-departments, relationships or accounts")
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn delete(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    roster::departments::delete(&state.db, &Actor::from(&caller), path.into_inner())
        .await?
        .map_err(|r| refusal_error(&state, r))?;
    Ok(HttpResponse::NoContent().finish())
}
