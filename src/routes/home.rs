//! The landing page and the staff login page.

use crate::error::AppResult;
use crate::i18n::request_locale;
use crate::state::AppState;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /`: what innerpulse is, and the way in for staff.
pub async fn home(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    render_page(&request, &state, "home.html")
}

/// `GET /login`: the staff login form.
pub async fn login(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    render_page(&request, &state, "auth/login.html")
}

fn render_page(request: &HttpRequest, state: &AppState, template: &str) -> AppResult<HttpResponse> {
    let locale = request_locale(request, state.settings.i18n.default_locale);
    let mut context = tera::Context::new();
    context.insert("lang", locale.as_str());
    context.insert("organisation", &state.settings.app.organisation_name);
    let body = state.templates.render(template, &context)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}
