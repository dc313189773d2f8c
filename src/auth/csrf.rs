//! CSRF protection for HTML forms (double-submit): a random token in an HttpOnly,
//! SameSite=Strict cookie, repeated in a hidden `csrf_token` field of every state-changing
//! form. JSON endpoints need no token: they only accept `application/json`, which browsers
//! cannot send cross-site without a CORS preflight. Survey and conversation links carry their
//! own capability token and set no cookies at all.

use crate::error::AppError;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Name of the CSRF cookie over plain HTTP.
pub const CSRF_COOKIE: &str = "innerpulse_csrf";
/// Name of the CSRF cookie when cookies are secure (`__Host-`: Secure, `Path=/`, no Domain,
/// so a sibling subdomain cannot plant a token of its own).
pub const SECURE_CSRF_COOKIE: &str = "__Host-innerpulse_csrf";
/// Name of the hidden form field.
pub const CSRF_FIELD: &str = "csrf_token";

/// The CSRF cookie's name: with the `__Host-` prefix when cookies are secure.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_CSRF_COOKIE
    } else {
        CSRF_COOKIE
    }
}

/// The request's CSRF token, and a cookie to set when the browser does not have one yet.
pub fn token_for(request: &HttpRequest, secure: bool) -> (String, Option<Cookie<'static>>) {
    if let Some(existing) = request.cookie(cookie_name(secure))
        && crate::domain::SecretToken::parse(existing.value()).is_ok()
    {
        return (existing.value().to_owned(), None);
    }
    let token = crate::domain::SecretToken::generate().expose().to_owned();
    let cookie = Cookie::build(cookie_name(secure), token.clone())
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .path("/")
        .finish();
    (token, Some(cookie))
}

/// Checks a submitted token against the cookie, in constant time.
pub fn verify(request: &HttpRequest, submitted: &str) -> Result<(), AppError> {
    let secure = super::extractors::app_state(request)?
        .settings
        .security
        .cookie_secure;
    let Some(cookie) = request.cookie(cookie_name(secure)) else {
        return Err(AppError::Csrf);
    };
    let expected = cookie.value().as_bytes();
    let submitted = submitted.as_bytes();
    let same = expected.len() == submitted.len()
        && expected
            .iter()
            .zip(submitted)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if same && !expected.is_empty() {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}

#[derive(Deserialize)]
struct Envelope<T> {
    #[serde(default)]
    csrf_token: String,
    #[serde(flatten)]
    form: T,
}

/// A URL-encoded form whose CSRF token has been checked. Fields of `T` should be strings
/// (raw input, converted with `TryFrom` so the form can be re-rendered with the input kept).
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let request = request.clone();
        let form = web::Form::<Envelope<T>>::from_request(&request, payload);
        Box::pin(async move {
            let envelope = form
                .await
                .map_err(|e| AppError::Validation(format!("the form could not be read: {e}")))?
                .into_inner();
            verify(&request, &envelope.csrf_token)?;
            Ok(CsrfForm(envelope.form))
        })
    }
}
