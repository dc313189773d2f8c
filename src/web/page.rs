//! Rendering a full page: the template plus what every page needs — language, the logged-in
//! user and their navigation, the CSRF token for forms, the organisation's name.

use crate::auth::CurrentUser;
use crate::auth::csrf;
use crate::domain::Locale;
use crate::error::AppResult;
use crate::i18n::{LANG_COOKIE, request_locale_for};
use crate::state::AppState;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpRequest, HttpResponse};
use entity::account::Role;
use serde::Serialize;

/// One link of the staff navigation.
#[derive(Serialize)]
struct NavItem {
    href: &'static str,
    label: &'static str,
    current: bool,
}

const HR_NAV: &[(&str, &str)] = &[
    ("/results", "nav-results"),
    ("/admin/departments", "nav-departments"),
    ("/admin/employees", "nav-employees"),
    ("/admin/relationships", "nav-relationships"),
    ("/admin/questionnaires", "nav-questionnaires"),
    ("/admin/cycles", "nav-cycles"),
    ("/admin/delivery", "nav-delivery"),
    ("/actions", "nav-actions"),
    ("/results/conversations", "nav-conversations"),
    ("/thanks", "nav-thanks"),
    ("/recognition", "nav-recognition"),
    ("/admin/accounts", "nav-accounts"),
    ("/admin/api-keys", "nav-api-keys"),
    ("/admin/audit", "nav-audit"),
];
const HEAD_NAV: &[(&str, &str)] = &[
    ("/results", "nav-results"),
    ("/actions", "nav-actions"),
    ("/results/conversations", "nav-conversations"),
    ("/thanks", "nav-thanks"),
    ("/recognition", "nav-recognition"),
];
const VIEWER_NAV: &[(&str, &str)] = &[
    ("/results", "nav-results"),
    ("/actions", "nav-actions"),
    ("/results/conversations", "nav-conversations"),
    ("/thanks", "nav-thanks"),
    ("/recognition", "nav-recognition"),
];

/// The user's navigation with the one link the page belongs to marked current: the longest
/// link that `path` is or lies under (`/results/conversations/…` is under Conversations, not
/// Results).
fn navigation(user: &CurrentUser, path: &str) -> Vec<NavItem> {
    let items = match user.role {
        Role::HrAdmin => HR_NAV,
        Role::DepartmentHead => HEAD_NAV,
        Role::Viewer => VIEWER_NAV,
    };
    let under = |href: &str| path == href || path.starts_with(&format!("{href}/"));
    let current = items
        .iter()
        .map(|(href, _)| *href)
        .filter(|href| under(href))
        .max_by_key(|href| href.len());
    items
        .iter()
        .map(|(href, label)| NavItem {
            href,
            label,
            current: current == Some(*href),
        })
        .collect()
}

/// The language of a page for this request and user.
pub fn locale(state: &AppState, request: &HttpRequest, user: Option<&CurrentUser>) -> Locale {
    request_locale_for(
        request,
        user.map(|u| u.locale),
        state.settings.i18n.default_locale,
    )
}

/// Who a page is rendered for: the application, the request and the signed-in staff member
/// (none on the public pages).
#[derive(Clone, Copy)]
pub struct Viewer<'a> {
    /// The application.
    pub state: &'a AppState,
    /// The request being answered.
    pub request: &'a HttpRequest,
    /// The signed-in staff member, if any.
    pub user: Option<&'a CurrentUser>,
}

impl<'a> Viewer<'a> {
    /// The viewer of `request`, signed in as `user`.
    pub fn new(
        state: &'a AppState,
        request: &'a HttpRequest,
        user: Option<&'a CurrentUser>,
    ) -> Self {
        Self {
            state,
            request,
            user,
        }
    }

    /// The language of the page (see [`locale`]).
    pub fn locale(self) -> Locale {
        locale(self.state, self.request, self.user)
    }
}

/// A form as its page shows it: the values in its fields, their errors and the status (200
/// for a fresh form, 422 or 409 when it comes back refused).
pub struct FormPage<'a, F, E> {
    /// The values in the fields.
    pub form: F,
    /// The errors, by field.
    pub errors: &'a E,
    /// The response status.
    pub status: StatusCode,
}

/// Renders `template` as a 200 page.
pub fn render(
    viewer: Viewer<'_>,
    template: &str,
    context: tera::Context,
) -> AppResult<HttpResponse> {
    render_status(viewer, template, context, StatusCode::OK)
}

/// Renders `template` with `status` (a form re-rendered with its errors is a 422).
pub fn render_status(
    viewer: Viewer<'_>,
    template: &str,
    mut context: tera::Context,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let Viewer {
        state,
        request,
        user,
    } = viewer;
    let locale = locale(state, request, user);
    let secure = state.settings.security.cookie_secure;
    let (csrf_token, csrf_cookie) = csrf::token_for(request, secure);
    context.insert("lang", locale.as_str());
    context.insert("organisation", &state.settings.app.organisation_name);
    context.insert("csrf_token", &csrf_token);
    context.insert("path", request.path());
    if let Some(user) = user {
        context.insert("user", user);
        context.insert("nav", &navigation(user, request.path()));
    }
    let body = state.templates.render(template, &context)?;
    let mut response = HttpResponse::build(status);
    response
        .content_type("text/html; charset=utf-8")
        .insert_header((CACHE_CONTROL, "no-store"));
    if let Some(cookie) = csrf_cookie {
        response.cookie(cookie);
    }
    if let Some(chosen) = chosen_language(request) {
        response.cookie(
            Cookie::build(LANG_COOKIE, chosen.as_str())
                .path("/")
                .same_site(SameSite::Lax)
                .secure(secure)
                .permanent()
                .finish(),
        );
    }
    Ok(response.body(body))
}

fn chosen_language(request: &HttpRequest) -> Option<Locale> {
    url::form_urlencoded::parse(request.query_string().as_bytes())
        .find(|(key, _)| key == "lang")
        .and_then(|(_, value)| Locale::parse(&value).ok())
}

/// A 303 redirect (after a successful POST).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location.to_owned()))
        .finish()
}
