//! Emailed links: `/account/accept/{token}` (invite: choose a first password) and
//! `/account/reset/{token}` (choose a new password). A dead link (unknown, used, expired, or
//! its account deactivated) shows a clear 410 page. After the password is set the person is
//! logged in and lands on their start page. Tokens never reach the logs.

use crate::accounts::credentials::{live_link, set_password_by_link};
use crate::accounts::{AccountError, FieldErrors};
use crate::auth::password::NewPassword;
use crate::auth::{CsrfForm, session};
use crate::error::{AppError, AppResult};
use crate::routes::staff::session::start_page;
use crate::state::AppState;
use crate::store::accounts;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use entity::account_token::TokenPurpose;
use secrecy::SecretString;
use serde::Deserialize;

/// Raw set-password form.
#[derive(Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_repeat: String,
}

fn action(purpose: TokenPurpose, token: &str) -> String {
    match purpose {
        TokenPurpose::Invite => format!("/account/accept/{token}"),
        TokenPurpose::Reset => format!("/account/reset/{token}"),
    }
}

fn dead_link(state: &AppState, request: &HttpRequest) -> AppResult<HttpResponse> {
    page::render_status(
        page::Viewer::new(state, request, None),
        "account/link_expired.html",
        tera::Context::new(),
        StatusCode::GONE,
    )
}

fn form_page(
    viewer: page::Viewer<'_>,
    purpose: TokenPurpose,
    token: &str,
    form: page::FormPage<'_, &str, FieldErrors>,
) -> AppResult<HttpResponse> {
    let page::FormPage {
        form: email,
        errors,
        status,
    } = form;
    let state = viewer.state;
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    context.insert("action", &action(purpose, token));
    context.insert("is_invite", &(purpose == TokenPurpose::Invite));
    context.insert("email", email);
    context.insert(
        "errors",
        &errors.for_form(&state.i18n, locale, &["password", "password_repeat"]),
    );
    page::render_status(viewer, "account/set_password.html", context, status)
}

async fn show(
    state: &AppState,
    request: &HttpRequest,
    token: &str,
    purpose: TokenPurpose,
) -> AppResult<HttpResponse> {
    if let Some(away) = super::passwords_off(state) {
        return Ok(away);
    }
    match live_link(&state.db, token, purpose).await? {
        Some((_, account)) => form_page(
            page::Viewer::new(state, request, None),
            purpose,
            token,
            page::FormPage {
                form: &account.email,
                errors: &FieldErrors::default(),
                status: StatusCode::OK,
            },
        ),
        None => dead_link(state, request),
    }
}

async fn submit(
    state: &AppState,
    request: &HttpRequest,
    token: &str,
    purpose: TokenPurpose,
    form: SetPasswordForm,
) -> AppResult<HttpResponse> {
    if let Some(away) = super::passwords_off(state) {
        return Ok(away);
    }
    let Some((_, account)) = live_link(&state.db, token, purpose).await? else {
        return dead_link(state, request);
    };
    let password = match NewPassword::parse_confirmed(
        SecretString::from(form.password),
        &form.password_repeat,
    ) {
        Ok(password) => password,
        Err(problem) => {
            let mut errors = FieldErrors::default();
            let field = match problem {
                crate::auth::password::PasswordError::Mismatch => "password_repeat",
                _ => "password",
            };
            errors.add(field, problem.message_key());
            return form_page(
                page::Viewer::new(state, request, None),
                purpose,
                token,
                page::FormPage {
                    form: &account.email,
                    errors: &errors,
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                },
            );
        }
    };
    let account_id = match set_password_by_link(state, token, purpose, password).await {
        Ok(id) => id,
        Err(AccountError::Gone) => return dead_link(state, request),
        Err(AccountError::Unexpected(error)) => return Err(AppError::Unexpected(error)),
        Err(_) => return Err(AppError::Gone),
    };
    let user = accounts::current_user(&state.db, account_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let cookie = session::issue(&state.settings.security, account_id, user.session_version)?;
    let mut response = page::see_other(start_page(&user));
    response.add_cookie(&cookie).map_err(anyhow::Error::from)?;
    Ok(response)
}

/// `GET /account/accept/{token}`
pub async fn show_accept(
    request: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    show(&state, &request, &token, TokenPurpose::Invite).await
}

/// `POST /account/accept/{token}`
#[tracing::instrument(skip_all)]
pub async fn submit_accept(
    request: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: CsrfForm<SetPasswordForm>,
) -> AppResult<HttpResponse> {
    submit(&state, &request, &token, TokenPurpose::Invite, form.0).await
}

/// `GET /account/reset/{token}`
pub async fn show_reset(
    request: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    show(&state, &request, &token, TokenPurpose::Reset).await
}

/// `POST /account/reset/{token}`
#[tracing::instrument(skip_all)]
pub async fn submit_reset(
    request: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: CsrfForm<SetPasswordForm>,
) -> AppResult<HttpResponse> {
    submit(&state, &request, &token, TokenPurpose::Reset, form.0).await
}
