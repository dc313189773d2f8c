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
    viewer: page::Viewer<'_>,
    form: page::FormPage<'_, &str, FieldErrors>,
    notice: Option<String>,
) -> AppResult<HttpResponse> {
    let page::FormPage {
        form: email,
        errors,
        status,
    } = form;
    let state = viewer.state;
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    context.insert("email", email);
    context.insert("error", &notice);
    context.insert("errors", &errors.for_form(&state.i18n, locale, &["email"]));
    page::render_status(viewer, "account/forgot.html", context, status)
}

/// `GET /forgot-password`
pub async fn show(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    if let Some(away) = super::passwords_off(&state) {
        return Ok(away);
    }
    form_page(
        page::Viewer::new(&state, &request, None),
        page::FormPage {
            form: "",
            errors: &FieldErrors::default(),
            status: StatusCode::OK,
        },
        None,
    )
}

/// `POST /forgot-password`
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<ForgotForm>,
) -> AppResult<HttpResponse> {
    if let Some(away) = super::passwords_off(&state) {
        return Ok(away);
    }
    let Ok(email) = EmailAddress::parse(&form.0.email) else {
        let mut errors = FieldErrors::default();
        errors.add("email", "acct-error-email");
        return form_page(
            page::Viewer::new(&state, &request, None),
            page::FormPage {
                form: &form.0.email,
                errors: &errors,
                status: StatusCode::UNPROCESSABLE_ENTITY,
            },
            None,
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
            page::Viewer::new(&state, &request, None),
            page::FormPage {
                form: email.as_str(),
                errors: &FieldErrors::default(),
                status: StatusCode::TOO_MANY_REQUESTS,
            },
            Some(message),
        );
    }
    request_reset(&state, &email).await?;
    page::render(
        page::Viewer::new(&state, &request, None),
        "account/forgot_sent.html",
        tera::Context::new(),
    )
}
