//! Staff sessions: a JWT (HS256, `security.jwt_secret`) in an HttpOnly, SameSite=Lax cookie,
//! `Secure` when `security.cookie_secure`.

use crate::config::SecuritySettings;
use actix_web::HttpRequest;
use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::cookie::{Cookie, SameSite};
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "innerpulse_session";

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// Account id.
    sub: String,
    iat: i64,
    exp: i64,
}

/// A signed session cookie for `account_id`, valid `security.session_hours`.
pub fn issue(settings: &SecuritySettings, account_id: i32) -> anyhow::Result<Cookie<'static>> {
    let now = Utc::now().timestamp();
    let lifetime = i64::from(settings.session_hours) * 3600;
    let claims = Claims {
        sub: account_id.to_string(),
        iat: now,
        exp: now + lifetime,
    };
    let token = encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(settings.jwt_secret.expose_secret().as_bytes()),
    )?;
    Ok(Cookie::build(SESSION_COOKIE, token)
        .http_only(true)
        .secure(settings.cookie_secure)
        .same_site(SameSite::Lax)
        .path("/")
        .max_age(CookieDuration::seconds(lifetime))
        .finish())
}

/// The account id of a valid, unexpired session cookie on `request`.
pub fn account_id(settings: &SecuritySettings, request: &HttpRequest) -> Option<i32> {
    let cookie = request.cookie(SESSION_COOKIE)?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 0;
    validation.set_required_spec_claims(&["exp", "sub"]);
    let data = decode::<Claims>(
        cookie.value(),
        &DecodingKey::from_secret(settings.jwt_secret.expose_secret().as_bytes()),
        &validation,
    )
    .ok()?;
    data.claims.sub.parse().ok()
}

/// A cookie that removes the session from the browser.
pub fn clear(settings: &SecuritySettings) -> Cookie<'static> {
    let mut cookie = Cookie::build(SESSION_COOKIE, "")
        .http_only(true)
        .secure(settings.cookie_secure)
        .same_site(SameSite::Lax)
        .path("/")
        .finish();
    cookie.make_removal();
    cookie
}
