//! Login and logout. Unknown accounts get the same answer, after the same password work, as
//! wrong passwords; repeated failures per account and address are throttled (429).

use crate::auth::password::verify_password;
use crate::auth::{CsrfForm, CurrentUser, session, throttle};
use crate::domain::EmailAddress;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::accounts;
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

/// Only local paths are followed after login (no open redirect).
fn safe_next(next: &str) -> Option<&str> {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    local.then_some(next)
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
    page::render_status(state, request, None, "auth/login.html", context, status)
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
    let address = request
        .connection_info()
        .realip_remote_addr()
        .unwrap_or("unknown")
        .to_owned();
    let key = throttle::key(&form.email, &address);
    if let Err(minutes) = throttle::check(&state.db, &key).await? {
        let locale = page::locale(&state, &request, None);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("minutes", minutes);
        let message = state.i18n.text(locale, "login-throttled", Some(&args));
        return login_page(
            &state,
            &request,
            &form.email,
            &form.next,
            Some(message),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let account = match EmailAddress::parse(&form.email) {
        Ok(email) => accounts::find_by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    let usable = account
        .as_ref()
        .filter(|a| a.active)
        .and_then(|a| a.password_hash.clone().map(|hash| (a.id, hash)));
    let password = SecretString::from(form.password.clone());
    let verified = match usable {
        Some((id, hash)) => verify_password(password, hash).await?.then_some(id),
        None => {
            // Same work as a real check, then the same answer.
            let _ = verify_password(password, dummy_hash().await?).await?;
            None
        }
    };
    let Some(account_id) = verified else {
        throttle::record_failure(&state.db, &key).await?;
        let locale = page::locale(&state, &request, None);
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
    throttle::clear(&state.db, &key).await?;
    accounts::touch_login(&state.db, account_id).await?;
    let user = accounts::current_user(&state.db, account_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let cookie = session::issue(&state.settings.security, account_id)?;
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

/// `POST /logout`
pub async fn logout(
    state: web::Data<AppState>,
    _form: CsrfForm<LogoutForm>,
) -> AppResult<HttpResponse> {
    let mut response = page::see_other("/login");
    response
        .add_cookie(&session::clear(&state.settings.security))
        .map_err(anyhow::Error::from)?;
    Ok(response)
}
