//! `/api/v1/relationships`: list (any staff, or a key with `results:read`), create and
//! change (HR admins). Validation is the same as on the HR pages; a 422 names each field.

use crate::audit::Actor;
use crate::auth::{ApiCaller, HrAdmin, Scope};
use crate::error::{AppError, AppResult};
use crate::programme::relationship_input::{EVERYONE, RelationshipForm};
use crate::roster;
use crate::state::AppState;
use crate::store::programme::relationships::{self, RelationshipView};
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Deserializer};
use utoipa::ToSchema;

/// A new relationship.
#[derive(Deserialize, ToSchema)]
pub struct NewRelationship {
    /// The providing department.
    pub provider_department_id: i32,
    /// The customer department; `null` or absent for the whole organisation.
    #[serde(default)]
    pub customer_department_id: Option<i32>,
    /// Name of the service, 1–120 characters.
    pub service_name: String,
    /// The provider's promise.
    #[serde(default)]
    pub service_standard: Option<String>,
    /// Days between touchpoint surveys per employee (1–365); default 30.
    #[serde(default)]
    pub touchpoint_repeat_days: Option<i32>,
    /// Defaults to `true`.
    #[serde(default)]
    pub active: Option<bool>,
}

fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Changes to a relationship; absent fields keep their value.
#[derive(Deserialize, ToSchema)]
pub struct RelationshipPatch {
    pub provider_department_id: Option<i32>,
    /// `null` makes the whole organisation the customer.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    pub customer_department_id: Option<Option<i32>>,
    pub service_name: Option<String>,
    /// `null` removes the standard.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub service_standard: Option<Option<String>>,
    /// `null` returns to the default of 30 days.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    pub touchpoint_repeat_days: Option<Option<i32>>,
    pub active: Option<bool>,
}

fn customer_field(customer: Option<i32>) -> String {
    customer.map_or_else(|| EVERYONE.to_owned(), |id| id.to_string())
}

fn flag(value: bool) -> String {
    if value { "on" } else { "" }.to_owned()
}

async fn respond(state: &AppState, id: i32, created: bool) -> AppResult<HttpResponse> {
    let view = relationships::find_view(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(if created {
        HttpResponse::Created().json(view)
    } else {
        HttpResponse::Ok().json(view)
    })
}

/// Every relationship with its department names.
#[utoipa::path(
    get,
    path = "/api/v1/relationships",
    tag = "relationships",
    responses(
        (status = 200, description = "Every relationship", body = Vec<RelationshipView>),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 403, description = "An API key without results:read")
    ),
    security(("session" = []), ("api_key" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(state: web::Data<AppState>, caller: ApiCaller) -> AppResult<HttpResponse> {
    caller.require(Scope::ResultsRead)?;
    Ok(HttpResponse::Ok().json(relationships::list(&state.db).await?))
}

/// Creates a relationship.
#[utoipa::path(
    post,
    path = "/api/v1/relationships",
    tag = "relationships",
    request_body = NewRelationship,
    responses(
        (status = 201, description = "Created", body = RelationshipView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 422, description = "Invalid input, e.g. a department serving itself or a duplicate")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    body: web::Json<NewRelationship>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let form = RelationshipForm {
        provider_department_id: body.provider_department_id.to_string(),
        customer_department_id: customer_field(body.customer_department_id),
        service_name: body.service_name,
        service_standard: body.service_standard.unwrap_or_default(),
        touchpoint_repeat_days: body
            .touchpoint_repeat_days
            .map(|d| d.to_string())
            .unwrap_or_default(),
        active: flag(body.active.unwrap_or(true)),
    };
    let input = crate::programme::relationship_input::validate(&state.db, &form, None)
        .await?
        .map_err(|errors| AppError::Validation(errors.describe(&state.i18n)))?;
    let model = roster::relationships::create(&state.db, &Actor::from(&user), input).await?;
    respond(&state, model.id, true).await
}

/// Changes a relationship (for example `{"active": false}` to deactivate it).
#[utoipa::path(
    patch,
    path = "/api/v1/relationships/{id}",
    tag = "relationships",
    params(("id" = i32, Path, description = "Relationship id")),
    request_body = RelationshipPatch,
    responses(
        (status = 200, description = "Changed", body = RelationshipView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 404, description = "No such relationship"),
        (status = 422, description = "Invalid input")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    body: web::Json<RelationshipPatch>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = relationships::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let patch = body.into_inner();
    let mut form = RelationshipForm::from_model(&model);
    if let Some(provider) = patch.provider_department_id {
        form.provider_department_id = provider.to_string();
    }
    if let Some(customer) = patch.customer_department_id {
        form.customer_department_id = customer_field(customer);
    }
    if let Some(name) = patch.service_name {
        form.service_name = name;
    }
    if let Some(standard) = patch.service_standard {
        form.service_standard = standard.unwrap_or_default();
    }
    if let Some(days) = patch.touchpoint_repeat_days {
        form.touchpoint_repeat_days = days.map(|d| d.to_string()).unwrap_or_default();
    }
    if let Some(active) = patch.active {
        form.active = flag(active);
    }
    let input = crate::programme::relationship_input::validate(&state.db, &form, Some(id))
        .await?
        .map_err(|errors| AppError::Validation(errors.describe(&state.i18n)))?;
    roster::relationships::update(&state.db, &Actor::from(&user), model, input).await?;
    respond(&state, id, false).await
}
