//! The landing page.

use crate::auth::extractors::MaybeUser;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /`: what innerpulse is, and the way in for staff (logged-in staff go to their start
/// page).
pub async fn home(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: MaybeUser,
) -> AppResult<HttpResponse> {
    if let Some(user) = user.0 {
        return Ok(page::see_other(super::staff::session::start_page(&user)));
    }
    page::render(
        page::Viewer::new(&state, &request, None),
        "home.html",
        tera::Context::new(),
    )
}
