//! HR's view of a cycle's waves (`/admin/cycles/{id}/waves`): state, opening and closing in
//! the cycle's timezone, invited / delivered / failed / answered counts (counts only, never
//! who answered), and the "open a wave now" button for a test run.

use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::programme::wave_lifecycle::{self, DeliveryCounts};
use crate::waves::open;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use entity::wave::WaveState;
use serde::{Deserialize, Serialize};

/// Waves per page.
const PER_PAGE: u64 = 20;

/// `?page=N` and the notice after opening a wave.
#[derive(Deserialize)]
pub struct ListQuery {
    page: Option<u64>,
    opened: Option<u8>,
}

/// A form with nothing but its CSRF token.
#[derive(Deserialize)]
pub struct NoFields {}

#[derive(Serialize)]
struct WaveRow {
    state: WaveState,
    opens_at: String,
    closes_at: String,
    counts: DeliveryCounts,
}

/// `GET /admin/cycles/{id}/waves`
#[tracing::instrument(skip_all)]
pub async fn list(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let cycle = wave_lifecycle::find_cycle(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    let page = query.page.unwrap_or(1).max(1);
    let (summaries, total) =
        wave_lifecycle::list_for_cycle(&state.db, cycle.id, page, PER_PAGE).await?;
    let tz = cycle
        .timezone
        .parse::<chrono_tz::Tz>()
        .unwrap_or(chrono_tz::UTC);
    let local = |at: DateTime<Utc>| at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
    let rows: Vec<WaveRow> = summaries
        .into_iter()
        .map(|w| WaveRow {
            state: w.state,
            opens_at: local(w.opens_at),
            closes_at: local(w.closes_at),
            counts: w.counts,
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("cycle_id", &cycle.id);
    context.insert("cycle_name", &cycle.name);
    context.insert("timezone", tz.name());
    context.insert("waves", &rows);
    context.insert("page", &page);
    context.insert("pages", &total.div_ceil(PER_PAGE).max(1));
    context.insert("opened", &query.opened.is_some());
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/waves.html",
        context,
    )
}

/// `POST /admin/cycles/{id}/open-now`: opens a wave at the current time, whatever the
/// schedule; the scheduler sends its invitations on its next pass.
#[tracing::instrument(skip_all)]
pub async fn open_now(
    state: web::Data<AppState>,
    HrAdmin(_user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> AppResult<HttpResponse> {
    let cycle_id = path.into_inner();
    if wave_lifecycle::find_cycle(&state.db, cycle_id)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    open::open_now(&state.db, &state.settings.security, cycle_id)
        .await?
        .ok_or_else(|| AppError::Conflict("a wave was opened at this very moment".to_owned()))?;
    Ok(page::see_other(&format!(
        "/admin/cycles/{cycle_id}/waves?opened=1"
    )))
}
