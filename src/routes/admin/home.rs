//! HR's start page: the state of the programme at a glance and the way into every area.

use crate::auth::HrAdmin;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::organisation::organisation_counts;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /admin`
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let counts = organisation_counts::count(&state.db).await?;
    let mut context = tera::Context::new();
    context.insert("counts", &counts);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/home.html",
        context,
    )
}
