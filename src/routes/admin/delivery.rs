//! HR's delivery page (`/admin/delivery`): invitation counts per delivery state across open
//! waves and live touchpoints, the invitations that failed with their reason, and "retry
//! failed" behind a confirmation step. HR sees who could not be reached, never who answered.

use super::wave_list::NoFields;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::invitations::delivery_report;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

/// Failed invitations per page.
const PER_PAGE: u64 = 50;

/// `?page=N` and the notice after a retry.
#[derive(Deserialize)]
pub struct DeliveryQuery {
    page: Option<u64>,
    retried: Option<u64>,
}

/// `GET /admin/delivery`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<DeliveryQuery>,
) -> AppResult<HttpResponse> {
    let now = Utc::now();
    let page = query.page.unwrap_or(1).max(1);
    let counts = delivery_report::counts(&state.db, now).await?;
    let (failed, total) = delivery_report::failed(&state.db, now, page, PER_PAGE).await?;
    let mut context = tera::Context::new();
    context.insert("counts", &counts);
    context.insert("failed", &failed);
    context.insert("failed_total", &total);
    context.insert("page", &page);
    context.insert("pages", &total.div_ceil(PER_PAGE).max(1));
    context.insert("retried", &query.retried);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/delivery.html",
        context,
    )
}

/// `GET /admin/delivery/retry-failed`: asks for confirmation.
#[tracing::instrument(skip_all)]
pub async fn confirm_retry(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let counts = delivery_report::counts(&state.db, Utc::now()).await?;
    let mut context = tera::Context::new();
    context.insert("count", &counts.failed);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/delivery_retry.html",
        context,
    )
}

/// `POST /admin/delivery/retry-failed`: puts every failed live invitation back in the queue.
#[tracing::instrument(skip_all)]
pub async fn retry(
    state: web::Data<AppState>,
    HrAdmin(_user): HrAdmin,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> AppResult<HttpResponse> {
    let retried = delivery_report::retry_failed(&state.db, Utc::now()).await?;
    tracing::info!(
        invitations.retried = retried,
        "HR retried failed invitations"
    );
    Ok(page::see_other(&format!(
        "/admin/delivery?retried={retried}"
    )))
}
