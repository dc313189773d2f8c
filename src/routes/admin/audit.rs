//! `GET /admin/audit`: the audit log for HR admins — newest first, 50 per page, filtered by
//! subject kind, free text (subject or actor) and a range of days (UTC). Read only: no page or
//! route edits or deletes an entry.

use crate::audit::query::{self, SUBJECT_KINDS};
use crate::auth::HrAdmin;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::audit::{self, AuditEntryView, AuditFilter};
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// Entries per page.
const PER_PAGE: u64 = 50;

/// The filters as typed (kept to re-fill the form).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct AuditQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    since: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    page: String,
}

/// One entry as the page shows it.
#[derive(Serialize)]
struct Row {
    at: String,
    entry: AuditEntryView,
}

fn link(filters: &AuditQuery, page: u64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in [
        ("kind", &filters.kind),
        ("q", &filters.q),
        ("since", &filters.since),
        ("until", &filters.until),
    ] {
        if !value.trim().is_empty() {
            query.append_pair(key, value.trim());
        }
    }
    query.append_pair("page", &page.to_string());
    format!("/admin/audit?{}", query.finish())
}

/// `GET /admin/audit`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    filters: web::Query<AuditQuery>,
) -> AppResult<HttpResponse> {
    let filters = filters.into_inner();
    let (filter, status) = match query::filter(
        Some(&filters.kind),
        Some(&filters.q),
        Some(&filters.since),
        Some(&filters.until),
    ) {
        Ok(filter) => (filter, StatusCode::OK),
        Err(_) => (AuditFilter::default(), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let requested = filters.page.trim().parse::<u64>().unwrap_or(1).max(1);
    let (_, total) = audit::page(&state.db, &filter, 1, 1).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_number = requested.min(pages);
    let (entries, _) = audit::page(&state.db, &filter, page_number, PER_PAGE).await?;
    let rows: Vec<Row> = entries
        .into_iter()
        .map(|entry| Row {
            at: entry.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            entry,
        })
        .collect();
    let filtered = [&filters.kind, &filters.q, &filters.since, &filters.until]
        .iter()
        .any(|v| !v.trim().is_empty());
    let mut context = tera::Context::new();
    context.insert("rows", &rows);
    context.insert("total", &total);
    context.insert("page", &page_number);
    context.insert("pages", &pages);
    context.insert(
        "previous",
        &(page_number > 1).then(|| link(&filters, page_number - 1)),
    );
    context.insert(
        "next",
        &(page_number < pages).then(|| link(&filters, page_number + 1)),
    );
    context.insert("filters", &filters);
    context.insert("kinds", &SUBJECT_KINDS);
    context.insert("filtered", &filtered);
    context.insert("invalid_filter", &(status != StatusCode::OK));
    page::render_status(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/audit.html",
        context,
        status,
    )
}
