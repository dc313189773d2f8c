//! `GET /results/providers/{id}`: a provider's dashboard — per service the latest final wave's
//! figures, live participation, trends, comments and thanks; results by customer department.

use super::dashboard_view::{period_text, services};
use super::load;
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /results/providers/{id}`
#[tracing::instrument(skip_all, fields(department.id = *path))]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let locale = page::locale(&state, &request, Some(&user));
    let dashboard =
        load::provider_dashboard(&state, locale, user.department_scope(), path.into_inner())
            .await?;
    let mut context = tera::Context::new();
    context.insert("services", &services(&dashboard));
    context.insert(
        "breakdown_period",
        &dashboard.breakdown.as_ref().map(|b| period_text(&b.period)),
    );
    context.insert("dashboard", &dashboard);
    context.insert("can_act", &!user.is_viewer());
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "results/provider.html",
        context,
    )
}
