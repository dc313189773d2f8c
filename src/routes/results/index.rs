//! The results start page.

use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /results`
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    page::render(
        &state,
        &request,
        Some(&user),
        "results/index.html",
        tera::Context::new(),
    )
}
