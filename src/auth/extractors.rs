//! Who is calling: extractors that load the logged-in account (deactivated accounts, and
//! tokens whose session version is no longer the account's, are logged out at once) and
//! enforce roles. Put one in a handler's signature to declare who may
//! call it. Pages answer 401 with a redirect to the login page; `/api` answers JSON.

use super::session;
use crate::domain::{EmailAddress, Locale};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::accounts;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use entity::account::Role;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;

/// A logged-in staff member.
#[derive(Clone, Debug, Serialize)]
pub struct CurrentUser {
    pub id: i32,
    pub email: EmailAddress,
    pub display_name: String,
    pub role: Role,
    pub locale: Locale,
    /// Departments whose results a department head may read (empty for other roles).
    pub department_ids: Vec<i32>,
    /// The account's current session version; a session token must carry the same.
    #[serde(skip)]
    pub session_version: i32,
}

impl CurrentUser {
    /// HR admins manage everything.
    pub fn is_hr_admin(&self) -> bool {
        self.role == Role::HrAdmin
    }

    /// Viewers read everything and change nothing.
    pub fn is_viewer(&self) -> bool {
        self.role == Role::Viewer
    }

    /// HR admins and viewers read results of every department; heads only of their own.
    pub fn can_read_department(&self, department_id: i32) -> bool {
        match self.role {
            Role::HrAdmin | Role::Viewer => true,
            Role::DepartmentHead => self.department_ids.contains(&department_id),
        }
    }

    /// The departments this user may read, or `None` for all of them.
    pub fn department_scope(&self) -> Option<&[i32]> {
        match self.role {
            Role::HrAdmin | Role::Viewer => None,
            Role::DepartmentHead => Some(&self.department_ids),
        }
    }
}

/// The application state of a request (registered once at startup).
pub(crate) fn app_state(request: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    request
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("application state is missing")))
}

async fn load(request: HttpRequest) -> Result<CurrentUser, AppError> {
    let state = app_state(&request)?;
    // A request that presents a key is judged by the key alone: an invalid key is 401 even
    // when a valid session cookie rides along.
    if super::api_key::presents_key(&request) {
        return Err(AppError::Unauthorized);
    }
    let claims =
        session::claims(&state.settings.security, &request).ok_or(AppError::Unauthorized)?;
    super::api_csrf::check(&request, state.settings.server.base_url())?;
    accounts::current_user(&state.db, claims.account_id)
        .await?
        .filter(|user| user.session_version == claims.version)
        .ok_or(AppError::Unauthorized)
}

/// Loads the user and lets them through only when `allowed` says so (403 otherwise).
fn require(
    request: &HttpRequest,
    allowed: fn(&CurrentUser) -> bool,
) -> LocalBoxFuture<'static, Result<CurrentUser, AppError>> {
    let request = request.clone();
    Box::pin(async move {
        let user = load(request).await?;
        if allowed(&user) {
            Ok(user)
        } else {
            Err(AppError::Forbidden)
        }
    })
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(load(request.clone()))
    }
}

/// An HR admin (everyone else: 403).
pub struct HrAdmin(pub CurrentUser);

impl FromRequest for HrAdmin {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let user = require(request, CurrentUser::is_hr_admin);
        Box::pin(async move { user.await.map(HrAdmin) })
    }
}

/// Anyone who may change things within their scope: HR admins and department heads, not
/// viewers (403).
pub struct Editor(pub CurrentUser);

impl FromRequest for Editor {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let user = require(request, |user| !user.is_viewer());
        Box::pin(async move { user.await.map(Editor) })
    }
}

/// The logged-in user when there is one, for pages anyone may see.
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let request = request.clone();
        Box::pin(async move {
            match load(request).await {
                Ok(user) => Ok(MaybeUser(Some(user))),
                Err(AppError::Unauthorized) => Ok(MaybeUser(None)),
                Err(other) => Err(other),
            }
        })
    }
}
