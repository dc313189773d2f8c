//! Signing in through an identity provider: `GET /login/oidc/{provider}` sends the browser to
//! the provider; `GET /login/oidc/{provider}/callback` takes it back, checks the answer, finds
//! the account and starts the session. The attempt (PKCE verifier, nonce) waits in the
//! database, found by a hash of `state`; the browser holds `state` in a cookie, so an answer
//! meant for another browser, a replayed one, or one older than ten minutes is refused.
//! Every failure is a page the person can act on, logged without any token.

use super::session::{safe_next, start_page};
use crate::accounts::single_sign_on;
use crate::auth::oidc::{self, SignInError};
use crate::auth::session;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::accounts::single_sign_on::{self as attempts, NewAttempt};
use crate::web::page;
use actix_web::cookie::Cookie;
use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// How long a person has at the provider before the attempt expires.
const ATTEMPT_MINUTES: i64 = 10;
/// The cookie holding the attempt's `state` over plain HTTP.
const STATE_COOKIE: &str = "innerpulse_oidc_state";
/// The same over HTTPS, with the `__Host-` prefix.
const SECURE_STATE_COOKIE: &str = "__Host-innerpulse_oidc_state";

fn state_cookie_name(state: &AppState) -> &'static str {
    if state.settings.security.cookie_secure {
        SECURE_STATE_COOKIE
    } else {
        STATE_COOKIE
    }
}

fn state_cookie(state: &AppState, value: &str, max_age: CookieDuration) -> Cookie<'static> {
    session::lax_cookie(
        &state.settings.security,
        state_cookie_name(state),
        value.to_owned(),
        max_age,
    )
}

fn hash_state(value: &str) -> String {
    hex::encode(Sha256::digest(value.as_bytes()))
}

/// Query of the start: where to go afterwards.
#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
}

/// `GET /login/oidc/{provider}`
pub async fn start(
    request: HttpRequest,
    state: web::Data<AppState>,
    provider: web::Path<String>,
    query: web::Query<StartQuery>,
) -> AppResult<HttpResponse> {
    let provider = provider.into_inner();
    let base_url = state.settings.server.base_url();
    let begun = match oidc::begin(
        &state.identity_providers,
        &state.settings.auth,
        &provider,
        base_url,
    )
    .await
    {
        Ok(begun) => begun,
        Err(error) => return refusal(&state, &request, &provider, &error),
    };
    let next = query
        .next
        .as_deref()
        .and_then(safe_next)
        .unwrap_or_default();
    attempts::insert_attempt(
        &state.db,
        NewAttempt {
            state_hash: &hash_state(&begun.state),
            provider: &provider,
            pkce_verifier: &begun.pkce_verifier,
            nonce: &begun.nonce,
            next_path: next,
            expires_at: Utc::now() + chrono::Duration::minutes(ATTEMPT_MINUTES),
        },
    )
    .await?;
    let mut response = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, begun.authorize_url.to_string()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .finish();
    response
        .add_cookie(&state_cookie(
            &state,
            &begun.state,
            CookieDuration::minutes(ATTEMPT_MINUTES),
        ))
        .map_err(anyhow::Error::from)?;
    Ok(response)
}

/// What the provider sends back: a code, or an error; and the attempt's `state` either way.
#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /login/oidc/{provider}/callback`
pub async fn callback(
    request: HttpRequest,
    state: web::Data<AppState>,
    provider: web::Path<String>,
    query: web::Query<CallbackQuery>,
) -> AppResult<HttpResponse> {
    let provider = provider.into_inner();
    let query = query.into_inner();
    let mut response = match finish(&state, &request, &provider, query).await {
        Ok(response) => response,
        Err(error) => refusal(&state, &request, &provider, &error)?,
    };
    let mut gone = state_cookie(&state, "", CookieDuration::ZERO);
    gone.make_removal();
    response.add_cookie(&gone).map_err(anyhow::Error::from)?;
    Ok(response)
}

async fn finish(
    state: &AppState,
    request: &HttpRequest,
    provider: &str,
    query: CallbackQuery,
) -> Result<HttpResponse, SignInError> {
    let returned = query.state.ok_or(SignInError::Expired)?;
    let held = request.cookie(state_cookie_name(state));
    if held.as_ref().map(Cookie::value) != Some(returned.as_str()) {
        return Err(SignInError::Expired);
    }
    let attempt = attempts::take_attempt(&state.db, &hash_state(&returned))
        .await?
        .filter(|attempt| attempt.provider == provider && attempt.expires_at > Utc::now())
        .ok_or(SignInError::Expired)?;
    if let Some(error) = query.error {
        return Err(match error.as_str() {
            "access_denied" => SignInError::Cancelled,
            other => SignInError::Refused(format!("the provider answered `{}`", printable(other))),
        });
    }
    let code = query
        .code
        .ok_or_else(|| SignInError::Refused("no code in the answer".to_owned()))?;
    let identity = oidc::finish(
        &state.identity_providers,
        &state.settings.auth,
        provider,
        state.settings.server.base_url(),
        code,
        attempt.pkce_verifier,
        &attempt.nonce,
    )
    .await?;
    let user = single_sign_on::sign_in(state, &identity).await?;
    tracing::info!(
        account.id = user.id,
        provider,
        "signed in through the identity provider"
    );
    let cookie = session::issue_via(
        &state.settings.security,
        user.id,
        user.session_version,
        Some(provider),
    )?;
    let target = safe_next(&attempt.next_path).unwrap_or(start_page(&user));
    let mut response = page::see_other(target);
    response.add_cookie(&cookie).map_err(anyhow::Error::from)?;
    Ok(response)
}

/// At most 64 characters of an error code from outside, safe to log.
fn printable(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_graphic)
        .take(64)
        .collect()
}

/// The page for a failed sign-in, in the person's language.
fn refusal(
    state: &AppState,
    request: &HttpRequest,
    provider: &str,
    error: &SignInError,
) -> AppResult<HttpResponse> {
    match error {
        SignInError::Internal(inner) => {
            tracing::error!(provider = %printable(provider), error = %inner, "single sign-on failed");
        }
        other => {
            tracing::warn!(provider = %printable(provider), error = %other, "single sign-on refused");
        }
    }
    let label = state
        .settings
        .auth
        .provider(provider)
        .map_or_else(String::new, |settings| settings.button_label.clone());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("provider", label);
    if let SignInError::NoAccount { email } = error {
        args.set("email", email.clone());
    }
    let locale = page::locale(state, request, None);
    let mut context = tera::Context::new();
    context.insert(
        "message",
        &state.i18n.text(locale, error.message_key(), Some(&args)),
    );
    context.insert("retry_url", "/login");
    page::render_status(
        page::Viewer::new(state, request, None),
        "auth/sso_error.html",
        context,
        error.status(),
    )
}
