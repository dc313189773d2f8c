//! API keys: `Authorization: Bearer ip_<token>`. Only the key's SHA-256 is stored; a revoked,
//! unknown or malformed key is 401, a key without the needed scope 403.

use super::extractors::CurrentUser;
use crate::domain::SecretToken;
pub use crate::domain::{ApiKeyCaller, KEY_PREFIX, Scope};
use crate::error::AppError;
use crate::store::accounts::api_keys;
use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest};
use entity::account::Role;
use futures_util::future::LocalBoxFuture;

impl ApiKeyCaller {
    /// 403 unless the key carries `scope`.
    pub fn require(&self, scope: Scope) -> Result<(), AppError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Whether the request presents a Bearer key, valid or not (other schemes, such as a
/// reverse proxy's Basic credentials, are not ours and are ignored).
pub fn presents_key(request: &HttpRequest) -> bool {
    request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.as_bytes().get(..6))
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case(b"bearer"))
}

fn bearer(request: &HttpRequest) -> Option<String> {
    let header = request.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, value) = header.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| value.trim().to_owned())
}

async fn load_key(request: &HttpRequest, raw: &str) -> Result<ApiKeyCaller, AppError> {
    let state = super::extractors::app_state(request)?;
    let token = raw
        .strip_prefix(KEY_PREFIX)
        .and_then(|t| SecretToken::parse(t).ok())
        .ok_or(AppError::Unauthorized)?;
    api_keys::authenticate(&state.db, &token.hash())
        .await?
        .ok_or(AppError::Unauthorized)
}

impl FromRequest for ApiKeyCaller {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _: &mut Payload) -> Self::Future {
        let request = request.clone();
        Box::pin(async move {
            let raw = bearer(&request).ok_or(AppError::Unauthorized)?;
            load_key(&request, &raw).await
        })
    }
}

/// Either an API key or a staff session — what the JSON API accepts.
#[derive(Clone, Debug)]
pub enum ApiCaller {
    Key(ApiKeyCaller),
    Staff(CurrentUser),
}

impl ApiCaller {
    /// 403 unless the caller may act with `scope`: a key must carry it; staff need the role
    /// that matches (HR admins for import and touchpoints, any staff for reading results —
    /// their department scope still applies in the query).
    pub fn require(&self, scope: Scope) -> Result<(), AppError> {
        match (self, scope) {
            (ApiCaller::Key(key), scope) => key.require(scope),
            (ApiCaller::Staff(_), Scope::ResultsRead) => Ok(()),
            (ApiCaller::Staff(user), _) if user.role == Role::HrAdmin => Ok(()),
            (ApiCaller::Staff(_), _) => Err(AppError::Forbidden),
        }
    }

    /// The staff member behind the call, if it is not an API key.
    pub fn user(&self) -> Option<&CurrentUser> {
        match self {
            ApiCaller::Staff(user) => Some(user),
            ApiCaller::Key(_) => None,
        }
    }
}

impl FromRequest for ApiCaller {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let request = request.clone();
        let user = CurrentUser::from_request(&request, payload);
        Box::pin(async move {
            if presents_key(&request) {
                let raw = bearer(&request).ok_or(AppError::Unauthorized)?;
                return load_key(&request, &raw).await.map(ApiCaller::Key);
            }
            user.await.map(ApiCaller::Staff)
        })
    }
}
