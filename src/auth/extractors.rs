//! Who is calling: extractors that load the logged-in account (deactivated accounts, and
//! tokens whose session version is no longer the account's, are logged out at once) and
//! enforce roles. Put one in a handler's signature to declare who may
//! call it. Pages answer 401 with a redirect to the login page; `/api` answers JSON.

use super::session;
pub use crate::domain::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::accounts;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

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
