//! `/account`: any logged-in staff member sets their display name and language (stored in
//! `account.locale`, which every page then uses) and changes their password with the current
//! one.

use crate::accounts::credentials::change_own_password;
use crate::accounts::{AccountError, FieldErrors, parse_display_name};
use crate::auth::password::NewPassword;
use crate::auth::{CsrfForm, CurrentUser, session};
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::i18n::LANG_COOKIE;
use crate::state::AppState;
use crate::store::accounts;
use crate::web::page;
use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;

const FIELDS: &[&str] = &[
    "display_name",
    "locale",
    "current_password",
    "password",
    "password_repeat",
];

/// What the page says happened, after a redirect.
#[derive(Deserialize)]
pub struct Outcome {
    saved: Option<String>,
    password: Option<String>,
}

/// Raw profile form.
#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    locale: String,
}

/// Raw password form.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_repeat: String,
}

fn settings_page(
    viewer: page::Viewer<'_>,
    form_page: page::FormPage<'_, &ProfileForm, FieldErrors>,
    notice: &str,
) -> AppResult<HttpResponse> {
    let page::FormPage {
        form: profile,
        errors,
        status,
    } = form_page;
    let state = viewer.state;
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    context.insert("display_name", &profile.display_name);
    context.insert("locale", &profile.locale);
    context.insert("languages", &super::language_choices());
    context.insert("password_login", &state.settings.auth.password_login);
    context.insert("errors", &errors.for_form(&state.i18n, locale, FIELDS));
    context.insert("notice", notice);
    page::render_status(viewer, "account/settings.html", context, status)
}

fn current_profile(user: &CurrentUser) -> ProfileForm {
    ProfileForm {
        display_name: user.display_name.clone(),
        locale: user.locale.as_str().to_owned(),
    }
}

/// `GET /account`
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    outcome: web::Query<Outcome>,
) -> AppResult<HttpResponse> {
    let notice = if outcome.saved.is_some() {
        "settings-notice-saved"
    } else if outcome.password.is_some() {
        "settings-notice-password"
    } else {
        ""
    };
    let profile = current_profile(&user);
    settings_page(
        page::Viewer::new(&state, &request, Some(&user)),
        page::FormPage {
            form: &profile,
            errors: &FieldErrors::default(),
            status: StatusCode::OK,
        },
        notice,
    )
}

/// `POST /account`: name and language.
#[tracing::instrument(skip_all)]
pub async fn save_profile(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<ProfileForm>,
) -> AppResult<HttpResponse> {
    let form = form.0;
    let mut errors = FieldErrors::default();
    let name = parse_display_name(&form.display_name, &mut errors);
    let locale = Locale::parse(&form.locale)
        .map_err(|_| errors.add("locale", "acct-error-locale"))
        .ok();
    let (Some(name), Some(locale)) = (name, locale) else {
        return settings_page(
            page::Viewer::new(&state, &request, Some(&user)),
            page::FormPage {
                form: &form,
                errors: &errors,
                status: StatusCode::UNPROCESSABLE_ENTITY,
            },
            "",
        );
    };
    accounts::update_profile(&state.db, user.id, &name, locale).await?;
    let mut response = page::see_other("/account?saved=1");
    // A language picked in the footer earlier would override the stored one: forget it.
    let mut forget = Cookie::build(LANG_COOKIE, "").path("/").finish();
    forget.make_removal();
    response.add_cookie(&forget).map_err(anyhow::Error::from)?;
    Ok(response)
}

/// `POST /account/password`
#[tracing::instrument(skip_all)]
pub async fn change_password(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    form: CsrfForm<PasswordForm>,
) -> AppResult<HttpResponse> {
    if let Some(away) = super::passwords_off(&state) {
        return Ok(away);
    }
    let form = form.0;
    let refused = |errors: FieldErrors| {
        settings_page(
            page::Viewer::new(&state, &request, Some(&user)),
            page::FormPage {
                form: &current_profile(&user),
                errors: &errors,
                status: StatusCode::UNPROCESSABLE_ENTITY,
            },
            "",
        )
    };
    let new = match NewPassword::parse_confirmed(
        SecretString::from(form.password),
        &form.password_repeat,
    ) {
        Ok(new) => new,
        Err(problem) => {
            let mut errors = FieldErrors::default();
            let field = match problem {
                crate::auth::password::PasswordError::Mismatch => "password_repeat",
                _ => "password",
            };
            errors.add(field, problem.message_key());
            return refused(errors);
        }
    };
    match change_own_password(
        &state,
        &user,
        SecretString::from(form.current_password),
        new,
    )
    .await
    {
        Ok(version) => {
            // Every other session ended; this browser stays logged in with a new cookie.
            let cookie = session::issue(&state.settings.security, user.id, version)?;
            let mut response = page::see_other("/account?password=1");
            response.add_cookie(&cookie).map_err(anyhow::Error::from)?;
            Ok(response)
        }
        Err(AccountError::Invalid(errors)) => refused(errors),
        Err(AccountError::Busy) => {
            let locale = page::locale(&state, &request, Some(&user));
            Err(AppError::TooManyRequests(state.i18n.text(
                locale,
                "login-busy",
                None,
            )))
        }
        Err(AccountError::Unexpected(error)) => Err(AppError::Unexpected(error)),
        Err(_) => Err(AppError::NotFound),
    }
}
