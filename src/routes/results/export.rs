//! CSV exports of the gated figures: `GET /results/providers/{id}/export.csv` (a provider's,
//! within the caller's scope) and `GET /results/export.csv` (every provider; HR and viewers).
//! The rows are `report::export`'s, so they match the pages figure for figure.

use super::load::{self, Scope};
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::report::export::ExportRow;
use crate::state::AppState;
use crate::store::organisation::departments;
use crate::web::page;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;

/// `GET /results/providers/{id}/export.csv`
#[tracing::instrument(skip_all, fields(department.id = *path))]
pub async fn provider(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let provider_id = path.into_inner();
    departments::find(&state.db, provider_id)
        .await?
        .ok_or(AppError::NotFound)?;
    load::check_scope(user.department_scope(), provider_id)?;
    let rows = gated_rows(&state, &request, &user, Some(&[provider_id])).await?;
    csv_response(&rows, &format!("innerpulse-results-{provider_id}.csv"))
}

/// `GET /results/export.csv`
#[tracing::instrument(skip_all)]
pub async fn all(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let scope: Scope<'_> = user.department_scope();
    let rows = gated_rows(&state, &request, &user, scope).await?;
    csv_response(&rows, "innerpulse-results.csv")
}

async fn gated_rows(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    providers: Option<&[i32]>,
) -> AppResult<Vec<ExportRow>> {
    let locale = page::locale(state, request, Some(user));
    load::export_rows(state, locale, providers).await
}

/// Serializes `rows` with a header row, neutralising text that a spreadsheet would run as a
/// formula.
fn csv_response(rows: &[ExportRow], filename: &str) -> AppResult<HttpResponse> {
    let mut writer = csv::Writer::from_writer(vec![]);
    for row in rows {
        let mut row = row.clone();
        row.provider = defuse(&row.provider);
        row.service = row.service.as_deref().map(defuse);
        row.customer_department = row.customer_department.as_deref().map(defuse);
        row.question = defuse(&row.question);
        writer.serialize(row).context("Failed to write a CSV row")?;
    }
    if rows.is_empty() {
        writer
            .write_record(HEADER)
            .context("Failed to write the CSV header")?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("Failed to finish the CSV: {e}"))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CACHE_CONTROL, "no-store"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(body))
}

/// The header of an export without rows (serde writes it with the first row otherwise).
const HEADER: [&str; 20] = [
    "period_kind",
    "period_start",
    "period_end",
    "provider_id",
    "provider",
    "slice",
    "relationship_id",
    "service",
    "customer_department_id",
    "customer_department",
    "responses",
    "question_id",
    "question_kind",
    "dimension",
    "question",
    "answers",
    "mean",
    "favourable_percent",
    "nps",
    "distribution",
];

fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}
