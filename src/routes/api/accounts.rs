//! `/api/v1/accounts`: list, invite and change staff accounts. HR admin session only: an API
//! key, whatever its scopes, gets 403 — keys cannot manage accounts.

use super::paging::Paging;
use crate::accounts::invite::{self, Invitation, InviteInput};
use crate::accounts::{AccountError, FieldErrors, RoleAssignment, manage, role_name};
use crate::auth::{ApiCaller, CurrentUser};
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::accounts::account_admin::{self, AccountSummary, DepartmentRef};
use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use entity::account::Role;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A staff role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApiRole {
    HrAdmin,
    DepartmentHead,
    Viewer,
}

impl From<Role> for ApiRole {
    fn from(role: Role) -> Self {
        match role {
            Role::HrAdmin => ApiRole::HrAdmin,
            Role::DepartmentHead => ApiRole::DepartmentHead,
            Role::Viewer => ApiRole::Viewer,
        }
    }
}

impl From<ApiRole> for Role {
    fn from(role: ApiRole) -> Self {
        match role {
            ApiRole::HrAdmin => Role::HrAdmin,
            ApiRole::DepartmentHead => Role::DepartmentHead,
            ApiRole::Viewer => Role::Viewer,
        }
    }
}

/// A staff account.
#[derive(Serialize, ToSchema)]
pub struct AccountView {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: ApiRole,
    /// Preferred language (en, nl, fr, es, ru, pl).
    pub locale: String,
    pub active: bool,
    /// True until the invitation is accepted (or the first sign-in through a provider).
    pub pending: bool,
    /// The identity provider (its name in `auth.oidc.providers`) the account signs in
    /// through; `null` for a password.
    pub sign_in_provider: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_login_at: Option<DateTime<Utc>>,
    /// Departments of a department head (empty for other roles).
    pub departments: Vec<DepartmentRef>,
}

impl From<AccountSummary> for AccountView {
    fn from(a: AccountSummary) -> Self {
        Self {
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            role: a.role.into(),
            locale: a.locale,
            active: a.active,
            pending: a.pending,
            sign_in_provider: a.sign_in_provider,
            created_at: a.created_at,
            last_login_at: a.last_login_at,
            departments: a.departments,
        }
    }
}

/// One page of accounts.
#[derive(Serialize, ToSchema)]
pub struct AccountList {
    pub accounts: Vec<AccountView>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

/// An invitation: the account is created without a password and receives an email with a
/// link (valid 24 hours, single use) to choose one.
#[derive(Deserialize, ToSchema)]
pub struct InviteBody {
    pub email: String,
    pub display_name: String,
    pub role: ApiRole,
    /// Required (at least one) for department heads; ignored for other roles.
    #[serde(default)]
    pub departments: Vec<i32>,
    /// Language of the account and its emails; the organisation default when absent.
    pub locale: Option<String>,
}

/// A change to an account; absent fields stay as they are.
#[derive(Deserialize, ToSchema)]
pub struct AccountPatch {
    pub role: Option<ApiRole>,
    /// Replaces the departments (department heads only).
    pub departments: Option<Vec<i32>>,
    /// Deactivate (`false`) or reactivate (`true`).
    pub active: Option<bool>,
}

/// The HR admin behind a session; 403 for API keys and other roles.
pub(super) fn hr_session(caller: ApiCaller) -> AppResult<CurrentUser> {
    match caller {
        ApiCaller::Staff(user) if user.is_hr_admin() => Ok(user),
        _ => Err(AppError::Forbidden),
    }
}

fn api_error(state: &AppState, error: AccountError) -> AppError {
    error.into_app_error(&state.i18n, Locale::EN)
}

/// `GET /api/v1/accounts`
#[utoipa::path(
    get,
    path = "/api/v1/accounts",
    tag = "accounts",
    params(
        ("page" = Option<u64>, Query, description = "Page number, from 1"),
        ("per_page" = Option<u64>, Query, description = "Accounts per page (default 50, at most 200)")
    ),
    responses(
        (status = 200, description = "One page of accounts, ordered by email", body = AccountList),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session (API keys cannot manage accounts)")
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
    let (accounts, total) = account_admin::list(&state.db, page, per_page).await?;
    Ok(HttpResponse::Ok().json(AccountList {
        accounts: accounts.into_iter().map(AccountView::from).collect(),
        total,
        page,
        per_page,
    }))
}

/// `POST /api/v1/accounts`
#[utoipa::path(
    post,
    path = "/api/v1/accounts",
    tag = "accounts",
    request_body = InviteBody,
    responses(
        (status = 201, description = "Account created and invitation queued", body = AccountView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session"),
        (status = 422, description = "Invalid email, name, language or departments, or the email is taken")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<InviteBody>,
) -> AppResult<HttpResponse> {
    let user = hr_session(caller)?;
    let body = body.into_inner();
    let input = InviteInput {
        email: body.email,
        display_name: body.display_name,
        role: role_name(body.role.into()).to_owned(),
        departments: body.departments,
        locale: body
            .locale
            .unwrap_or_else(|| state.settings.i18n.default_locale.as_str().to_owned()),
    };
    let invitation = Invitation::try_from(input)
        .map_err(|errors| api_error(&state, AccountError::Invalid(errors)))?;
    let id = invite::invite(&state, &user, invitation)
        .await
        .map_err(|e| api_error(&state, e))?;
    let account = account_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Created().json(AccountView::from(account)))
}

/// `PATCH /api/v1/accounts/{id}`
#[utoipa::path(
    patch,
    path = "/api/v1/accounts/{id}",
    tag = "accounts",
    params(("id" = i32, Path, description = "Account id")),
    request_body = AccountPatch,
    responses(
        (status = 200, description = "The changed account", body = AccountView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session"),
        (status = 404, description = "No such account"),
        (status = 409, description = "The change would demote or deactivate yourself, or remove the last active HR admin"),
        (status = 422, description = "A department head without departments, or unknown departments")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
    body: web::Json<AccountPatch>,
) -> AppResult<HttpResponse> {
    let user = hr_session(caller)?;
    let id = path.into_inner();
    let patch = body.into_inner();
    let current = account_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if patch.role.is_some() || patch.departments.is_some() {
        let role: Role = patch.role.map_or(current.role, Role::from);
        let departments = patch
            .departments
            .unwrap_or_else(|| current.departments.iter().map(|d| d.id).collect());
        let mut errors = FieldErrors::default();
        let assignment = RoleAssignment::parse(role_name(role), departments, &mut errors)
            .ok_or_else(|| api_error(&state, AccountError::Invalid(errors)))?;
        manage::change_role(&state, &user, id, assignment)
            .await
            .map_err(|e| api_error(&state, e))?;
    }
    if let Some(active) = patch.active {
        manage::set_active(&state, &user, id, active)
            .await
            .map_err(|e| api_error(&state, e))?;
    }
    let account = account_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(AccountView::from(account)))
}
