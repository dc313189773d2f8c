//! `GET/POST /forgot-password`: asks for a reset link. The answer is the same page whether or
//! not an account exists for the address, so the form cannot be used to find accounts.
//! Requests are limited per email and per client address (429 beyond).

use crate::accounts::FieldErrors;
use crate::accounts::credentials::request_reset;
use crate::auth::CsrfForm;
use crate::auth::throttle::{self, Counter};
use crate::domain::EmailAddress;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::client_address::client_address;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// Raw form.
#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

fn form_page(
    state: &AppState,
    request: &HttpRequest,
    email: &str,
    errors: &FieldErrors,
    notice: Option<String>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let locale = page::locale(state, request, None);
    let mut context = tera::Context::new();
    context.insert("email", email);
    context.insert("error", &notice);
    context.insert("errors", &errors.for_form(&state.i18n, locale, &["email"]));
    page::render_status(
        page::Viewer::new(state, request, None),
        "account/forgot.html",
        context,
        status,
    )
}

/// `GET /forgot-password`
pub async fn show(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    form_page(
        &state,
        &request,
        "",
        &FieldErrors::default(),
        None,
        StatusCode::OK,
    )
}

/// `POST /forgot-password`
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<ForgotForm>,
) -> AppResult<HttpResponse> {
    let Ok(email) = EmailAddress::parse(&form.0.email) else {
        let mut errors = FieldErrors::default();
        errors.add("email", "acct-error-email");
        return form_page(
            &state,
            &request,
            &form.0.email,
            &errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let address = client_address(&request, &state.settings.server.trusted_proxies);
    let counters = [
        Counter::for_email(throttle::RESET_PER_ACCOUNT, email.as_str()),
        Counter::for_address(throttle::RESET_PER_ADDRESS, &address),
    ];
    if let Err(minutes) = throttle::count_all(&state.db, &[&counters[0], &counters[1]]).await? {
        let locale = page::locale(&state, &request, None);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("minutes", minutes);
        let message = state.i18n.text(locale, "forgot-throttled", Some(&args));
        return form_page(
            &state,
            &request,
            email.as_str(),
            &FieldErrors::default(),
            Some(message),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    request_reset(&state, &email).await?;
    page::render(
        page::Viewer::new(&state, &request, None),
        "account/forgot_sent.html",
        tera::Context::new(),
    )
}
