//! `GET /api/v1/audit`: the audit log for HR, newest first, paged and filtered. HR admin
//! session only: an API key, whatever its scopes, gets 403. There is no route that edits or
//! deletes an entry.

use super::accounts::hr_session;
use super::paging::Paging;
use crate::audit::query;
use crate::auth::ApiCaller;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::audit::{self, AuditEntryView};
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Filters of the log.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// `employee`, `department`, `relationship`, `account`, `api_key` or `setting`.
    pub subject_kind: Option<String>,
    /// Part of the subject's name or of the actor, case-insensitive.
    pub search: Option<String>,
    /// Entries at or after this date (`YYYY-MM-DD`, UTC) or RFC 3339 time.
    pub since: Option<String>,
    /// Entries up to this date (included) or before this RFC 3339 time.
    pub until: Option<String>,
}

/// One page of the log, newest first.
#[derive(Serialize, ToSchema)]
pub struct AuditList {
    pub entries: Vec<AuditEntryView>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

/// `GET /api/v1/audit`
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    tag = "audit",
    params(
        AuditQuery,
        ("page" = Option<u64>, Query, description = "Page number, from 1"),
        ("per_page" = Option<u64>, Query, description = "Entries per page (default 50, at most 200)")
    ),
    responses(
        (status = 200, description = "One page of the audit log, newest first", body = AuditList),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin session (API keys cannot read the log)"),
        (status = 422, description = "Unknown subject kind or unreadable date")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(
    state: web::Data<AppState>,
    caller: ApiCaller,
    filters: web::Query<AuditQuery>,
    paging: web::Query<Paging>,
) -> AppResult<HttpResponse> {
    hr_session(caller)?;
    let (page, per_page) = paging.resolve();
    let filter = query::filter(
        filters.subject_kind.as_deref(),
        filters.search.as_deref(),
        filters.since.as_deref(),
        filters.until.as_deref(),
    )
    .map_err(AppError::Validation)?;
    let (entries, total) = audit::page(&state.db, &filter, page, per_page).await?;
    Ok(HttpResponse::Ok().json(AuditList {
        entries,
        total,
        page,
        per_page,
    }))
}
