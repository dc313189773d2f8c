//! Staff sessions: a JWT (HS256, `security.jwt_secret`) in an HttpOnly, SameSite=Lax cookie,
//! `Secure` and named with the `__Host-` prefix when `security.cookie_secure`. The token
//! carries the account's `session_version`; raising the version in the database ends every
//! session issued before (the extractor compares the two on each request).

use crate::config::SecuritySettings;
use actix_web::HttpRequest;
use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::cookie::{Cookie, SameSite};
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

/// Name of the session cookie over plain HTTP.
pub const SESSION_COOKIE: &str = "innerpulse_session";
/// Name of the session cookie when cookies are secure: the browser then insists on `Secure`,
/// `Path=/` and no `Domain`, so no sibling subdomain can plant or shadow it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-innerpulse_session";

/// The session cookie's name under these settings.
pub fn cookie_name(settings: &SecuritySettings) -> &'static str {
    if settings.cookie_secure {
        SECURE_SESSION_COOKIE
    } else {
        SESSION_COOKIE
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    /// Account id.
    sub: String,
    /// The account's session version when the token was issued.
    ver: i32,
    /// The identity provider the session was signed in through, if any (for its logout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    idp: Option<String>,
    iat: i64,
    exp: i64,
}

/// What a valid session token says: whose it is and which session version it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionClaims {
    pub account_id: i32,
    pub version: i32,
}

/// A session's identity provider (`None`: signed in with a password).
pub fn provider(settings: &SecuritySettings, request: &HttpRequest) -> Option<String> {
    decode_claims(settings, request)?.idp
}

/// A signed session cookie for `account_id` at session version `version`, valid
/// `security.session_hours`.
pub fn issue(
    settings: &SecuritySettings,
    account_id: i32,
    version: i32,
) -> anyhow::Result<Cookie<'static>> {
    issue_via(settings, account_id, version, None)
}

/// Like `issue`, for a sign-in through identity provider `provider`.
pub fn issue_via(
    settings: &SecuritySettings,
    account_id: i32,
    version: i32,
    provider: Option<&str>,
) -> anyhow::Result<Cookie<'static>> {
    let now = Utc::now().timestamp();
    let lifetime = i64::from(settings.session_hours) * 3600;
    let claims = Claims {
        sub: account_id.to_string(),
        ver: version,
        idp: provider.map(str::to_owned),
        iat: now,
        exp: now + lifetime,
    };
    let token = encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(settings.jwt_secret.expose_secret().as_bytes()),
    )?;
    Ok(lax_cookie(
        settings,
        cookie_name(settings),
        token,
        CookieDuration::seconds(lifetime),
    ))
}

/// An HttpOnly, SameSite=Lax cookie for the whole site, `Secure` when cookies are secure:
/// the session, and the single sign-on attempt's `state` (Lax, because the provider's
/// redirect back is a top-level GET from another site).
pub fn lax_cookie(
    settings: &SecuritySettings,
    name: &'static str,
    value: String,
    max_age: CookieDuration,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .http_only(true)
        .secure(settings.cookie_secure)
        .same_site(SameSite::Lax)
        .path("/")
        .max_age(max_age)
        .finish()
}

/// The claims of a valid, unexpired session cookie on `request`.
pub fn claims(settings: &SecuritySettings, request: &HttpRequest) -> Option<SessionClaims> {
    let claims = decode_claims(settings, request)?;
    Some(SessionClaims {
        account_id: claims.sub.parse().ok()?,
        version: claims.ver,
    })
}

fn decode_claims(settings: &SecuritySettings, request: &HttpRequest) -> Option<Claims> {
    let cookie = request.cookie(cookie_name(settings))?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 0;
    validation.set_required_spec_claims(&["exp", "sub"]);
    let data = decode::<Claims>(
        cookie.value(),
        &DecodingKey::from_secret(settings.jwt_secret.expose_secret().as_bytes()),
        &validation,
    )
    .ok()?;
    Some(data.claims)
}

/// A cookie that removes the session from the browser.
pub fn clear(settings: &SecuritySettings) -> Cookie<'static> {
    let mut cookie = lax_cookie(
        settings,
        cookie_name(settings),
        String::new(),
        CookieDuration::ZERO,
    );
    cookie.make_removal();
    cookie
}
