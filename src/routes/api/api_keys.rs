//! `/api/v1/api-keys`: list, create and revoke API keys. HR admin session only: an API key
//! cannot manage keys (403). A created key is returned once and never again.

use super::accounts::hr_session;
use super::paging::Paging;
use crate::accounts::AccountError;
use crate::accounts::api_keys::{self as keys, NewKey};
use crate::auth::{ApiCaller, Scope};
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::accounts::api_keys::{self, KeySummary};
use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An API key as listed: never the key itself.
#[derive(Serialize, ToSchema)]
pub struct ApiKeyView {
    pub id: i32,
    pub name: String,
    /// The first characters of the key, to recognise it.
    pub prefix: String,
    /// Out of `import`, `touchpoint`, `results:read`.
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<KeySummary> for ApiKeyView {
    fn from(k: KeySummary) -> Self {
        Self {
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            scopes: k.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
            created_at: k.created_at,
            last_used_at: k.last_used_at,
            revoked_at: k.revoked_at,
        }
    }
}

/// One page of keys, newest first.
#[derive(Serialize, ToSchema)]
pub struct ApiKeyList {
    pub keys: Vec<ApiKeyView>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

/// A new key: a name and at least one scope.
#[derive(Deserialize, ToSchema)]
pub struct CreateKeyBody {
    pub name: String,
    /// Out of `import`, `touchpoint`, `results:read`.
    pub scopes: Vec<String>,
}

/// A created key. `key` is shown only in this response: store it now.
#[derive(Serialize, ToSchema)]
pub struct CreatedKeyView {
    pub id: i32,
    pub name: String,
    pub scopes: Vec<String>,
    /// The full key, `ip_…`, for `Authorization: Bearer`.
    pub key: String,
}

/// `GET /api/v1/api-keys`
#[utoipa::path(
    get,
    path = "/api/v1/api-keys",
    tag = "api-keys",
    params(
        ("page" = Option<u64>, Query, description = "Page number, from 1"),
        ("per_page" = Option<u64>, Query, description = "Keys per page (default 50, at most 200)")
    ),
    responses(
        (status = 200, description = "One page of keys, newest first", body = ApiKeyList),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session (API keys cannot manage keys)")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(
    state: web::Data<AppState>,
    caller: ApiCaller,
    paging: web::Query<Paging>,
) -> AppResult<HttpResponse> {
    hr_session(caller)?;
    let (page, per_page) = paging.resolve();
    let (keys, total) = api_keys::list(&state.db, page, per_page).await?;
    Ok(HttpResponse::Ok().json(ApiKeyList {
        keys: keys.into_iter().map(ApiKeyView::from).collect(),
        total,
        page,
        per_page,
    }))
}

/// `POST /api/v1/api-keys`
#[utoipa::path(
    post,
    path = "/api/v1/api-keys",
    tag = "api-keys",
    request_body = CreateKeyBody,
    responses(
        (status = 201, description = "The key, shown only this once", body = CreatedKeyView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session"),
        (status = 422, description = "Missing name, unknown scope or no scope")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<CreateKeyBody>,
) -> AppResult<HttpResponse> {
    let user = hr_session(caller)?;
    let body = body.into_inner();
    let scopes = body
        .scopes
        .iter()
        .map(|raw| Scope::parse(raw))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::Validation)?;
    let new = NewKey::parse(&body.name, &scopes)
        .map_err(|errors| AccountError::Invalid(errors).into_app_error(&state.i18n, Locale::EN))?;
    let created = keys::create(&state.db, &user, &new).await?;
    Ok(HttpResponse::Created().json(CreatedKeyView {
        id: created.id,
        name: new.name,
        scopes: new.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        key: created.key,
    }))
}

/// `DELETE /api/v1/api-keys/{id}`
#[utoipa::path(
    delete,
    path = "/api/v1/api-keys/{id}",
    tag = "api-keys",
    params(("id" = i32, Path, description = "Key id")),
    responses(
        (status = 204, description = "Revoked (revoking a revoked key changes nothing)"),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session"),
        (status = 404, description = "No such key")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn revoke(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let user = hr_session(caller)?;
    let id = path.into_inner();
    if !keys::revoke(&state.db, &user, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(HttpResponse::NoContent().finish())
}
