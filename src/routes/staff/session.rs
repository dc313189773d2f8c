//! Login and logout. Unknown accounts get the same answer, after the same password work, as
//! wrong passwords. Every attempt is counted per account and per client address before the
//! password is checked, and too many failures are throttled (429); so is a login that finds
//! every password-check slot busy. Logging out ends every session of the account.

use crate::auth::extractors::MaybeUser;
use crate::auth::password::verify_password;
use crate::auth::throttle::{self, Counter};
use crate::auth::{CsrfForm, CurrentUser, session};
use crate::domain::EmailAddress;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::accounts;
use crate::web::client_address::client_address;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use entity::account::Role;
use secrecy::SecretString;
use serde::Deserialize;
use tokio::sync::OnceCell;

/// A hash of a random password, verified against when the account does not exist so that
/// unknown emails cost the same time as wrong passwords.
static DUMMY_HASH: OnceCell<String> = OnceCell::const_new();

async fn dummy_hash() -> anyhow::Result<String> {
    DUMMY_HASH
        .get_or_try_init(|| async {
            crate::auth::password::hash_password(crate::auth::password::generate_password()).await
        })
        .await
        .cloned()
}

/// Where a user lands after login.
pub fn start_page(user: &CurrentUser) -> &'static str {
    match user.role {
        Role::HrAdmin => "/admin",
        Role::DepartmentHead | Role::Viewer => "/results",
    }
}

/// Query of the login page: where to go afterwards.
#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Raw login form.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Only same-origin paths are followed after login (no open redirect): a single leading `/`,
/// no `//`, no backslash, no control or whitespace characters, before and after
/// percent-decoding (browsers drop a tab in `/\t/evil.example` and read `//evil.example`).
pub(super) fn safe_next(next: &str) -> Option<&str> {
    let decoded = percent_decode(next)?;
    (is_local_path(next) && is_local_path(&decoded)).then_some(next)
}

fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// `%XX` sequences decoded (repeatedly, until nothing changes); `None` for a malformed
/// escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut current = text.to_owned();
    loop {
        if !current.contains('%') {
            return Some(current);
        }
        let bytes = current.as_bytes();
        let mut decoded = Vec::with_capacity(bytes.len());
        let mut index = 0;
        while index < bytes.len() {
            if bytes[index] == b'%' {
                let hex = current.get(index + 1..index + 3)?;
                decoded.push(u8::from_str_radix(hex, 16).ok()?);
                index += 3;
            } else {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
        let next = String::from_utf8(decoded).ok()?;
        if next == current {
            return Some(next);
        }
        current = next;
    }
}

/// A "Sign in with ..." button of the login page.
#[derive(serde::Serialize)]
struct ProviderButton<'a> {
    name: &'a str,
    label: &'a str,
}

fn login_page(
    state: &AppState,
    request: &HttpRequest,
    email: &str,
    next: &str,
    error: Option<String>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let mut context = tera::Context::new();
    context.insert("email", email);
    context.insert("next", next);
    context.insert("error", &error);
    context.insert("password_login", &state.settings.auth.password_login);
    let providers: Vec<ProviderButton> = state
        .settings
        .auth
        .oidc
        .providers
        .iter()
        .map(|(name, provider)| ProviderButton {
            name,
            label: &provider.button_label,
        })
        .collect();
    context.insert("providers", &providers);
    page::render_status(
        page::Viewer::new(state, request, None),
        "auth/login.html",
        context,
        status,
    )
}

/// `GET /login`
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<NextQuery>,
) -> AppResult<HttpResponse> {
    let next = query
        .next
        .as_deref()
        .and_then(safe_next)
        .unwrap_or_default();
    login_page(&state, &request, "", next, None, StatusCode::OK)
}

/// `POST /login`
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<LoginForm>,
) -> AppResult<HttpResponse> {
    let form = form.0;
    if !state.settings.auth.password_login {
        let locale = page::locale(&state, &request, None);
        let message = state.i18n.text(locale, "login-password-off", None);
        return login_page(
            &state,
            &request,
            "",
            &form.next,
            Some(message),
            StatusCode::FORBIDDEN,
        );
    }
    let address = client_address(&request, &state.settings.server.trusted_proxies);
    let per_account = Counter::for_email(throttle::LOGIN_PER_ACCOUNT, &form.email);
    let per_address = Counter::for_address(throttle::LOGIN_PER_ADDRESS, &address);
    let locale = page::locale(&state, &request, None);
    let refuse = |message: String| {
        login_page(
            &state,
            &request,
            &form.email,
            &form.next,
            Some(message),
            StatusCode::TOO_MANY_REQUESTS,
        )
    };
    if let Err(minutes) = throttle::count_all(&state.db, &[&per_account, &per_address]).await? {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("minutes", minutes);
        return refuse(state.i18n.text(locale, "login-throttled", Some(&args)));
    }
    let Some(permit) = state.password_checks.permit().await else {
        // Nothing was checked: the attempt does not count against the user.
        per_account.forgive(&state.db).await?;
        per_address.forgive(&state.db).await?;
        tracing::warn!("every password check slot is busy; login refused with 429");
        return refuse(state.i18n.text(locale, "login-busy", None));
    };
    let account = match EmailAddress::parse(&form.email) {
        Ok(email) => accounts::find_by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    let usable = account
        .as_ref()
        .filter(|a| a.active)
        .and_then(|a| a.password_hash.clone().map(|hash| (a.id, hash)));
    let password = SecretString::from(form.password.clone());
    let verified = if let Some((id, hash)) = usable {
        verify_password(password, hash).await?.then_some(id)
    } else {
        // Same work as a real check, then the same answer.
        let _ = verify_password(password, dummy_hash().await?).await?;
        None
    };
    drop(permit);
    let Some(account_id) = verified else {
        let message = state.i18n.text(locale, "login-failed", None);
        return login_page(
            &state,
            &request,
            &form.email,
            &form.next,
            Some(message),
            StatusCode::UNAUTHORIZED,
        );
    };
    per_account.clear(&state.db).await?;
    per_address.forgive(&state.db).await?;
    accounts::touch_login(&state.db, account_id).await?;
    let user = accounts::current_user(&state.db, account_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let cookie = session::issue(&state.settings.security, account_id, user.session_version)?;
    let target = safe_next(&form.next)
        .unwrap_or(start_page(&user))
        .to_owned();
    let mut response = page::see_other(&target);
    response.add_cookie(&cookie).map_err(anyhow::Error::from)?;
    Ok(response)
}

/// Raw logout form (only the CSRF token).
#[derive(Deserialize)]
pub struct LogoutForm {}

/// `POST /logout`: ends every session of the account (other browsers included), not only
/// this browser's cookie. A session signed in through a provider that publishes an
/// end-session endpoint goes on there (RP-initiated logout), which sends the browser back to
/// `/login`.
pub async fn logout(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
    _form: CsrfForm<LogoutForm>,
) -> AppResult<HttpResponse> {
    if let MaybeUser(Some(user)) = user {
        accounts::bump_session_version(&state.db, user.id).await?;
        tracing::info!(account.id = user.id, "logged out; every session ended");
    }
    let provider_logout = match session::provider(&state.settings.security, &request) {
        Some(provider) => {
            crate::auth::oidc::logout_url(
                &state.identity_providers,
                &state.settings.auth,
                &provider,
                state.settings.server.base_url(),
            )
            .await
        }
        None => None,
    };
    let mut response = page::see_other(provider_logout.as_ref().map_or("/login", url::Url::as_str));
    response
        .add_cookie(&session::clear(&state.settings.security))
        .map_err(anyhow::Error::from)?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn local_paths_are_followed() {
        for next in ["/admin", "/results?period=2", "/admin/accounts/7"] {
            assert_eq!(safe_next(next), Some(next));
        }
    }

    #[test]
    fn other_origins_and_disguised_ones_are_refused() {
        for next in [
            "",
            "admin",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%252F%252Fevil.example",
            "/%5Cevil.example",
            "/%zz",
            "/%FF",
        ] {
            assert_eq!(safe_next(next), None, "{next:?}");
        }
    }
}
