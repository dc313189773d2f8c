//! `GET /admin/api-keys`: every key (name, prefix, scopes, created, last used, revoked) and
//! the form to create one.

use crate::accounts::FieldErrors;
use crate::auth::{CurrentUser, HrAdmin};
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::accounts::api_keys;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// Keys per page.
const PER_PAGE: u64 = 50;

/// `?page=N` (1-based) and `revoked=1` after a revocation.
#[derive(Deserialize)]
pub struct ListQuery {
    page: Option<u64>,
    revoked: Option<String>,
}

#[derive(Serialize)]
struct Row {
    id: i32,
    name: String,
    prefix: String,
    scopes: String,
    created: String,
    last_used: String,
    revoked: String,
    is_revoked: bool,
}

/// The create form as typed, to re-render it.
#[derive(Serialize, Default)]
pub(super) struct CreateInput {
    pub name: String,
    pub import: bool,
    pub touchpoint: bool,
    pub results_read: bool,
}

fn time(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|at| at.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// What the list page shows besides the keys.
pub(super) struct ListView<'a> {
    pub page_number: u64,
    pub input: &'a CreateInput,
    pub errors: &'a FieldErrors,
    pub notice: &'a str,
}

/// Renders the list page with the create form.
pub(super) async fn list_page(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    view: ListView<'_>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let ListView {
        page_number,
        input,
        errors,
        notice,
    } = view;
    let locale = page::locale(state, request, Some(user));
    let (keys, total) = api_keys::list(&state.db, page_number, PER_PAGE).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let rows: Vec<Row> = keys
        .into_iter()
        .map(|k| Row {
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            scopes: k
                .scopes
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            created: time(Some(k.created_at)),
            last_used: time(k.last_used_at),
            revoked: time(k.revoked_at),
            is_revoked: k.revoked_at.is_some(),
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("has_rows", &!rows.is_empty());
    context.insert("rows", &rows);
    context.insert("input", input);
    context.insert(
        "errors",
        &errors.for_form(&state.i18n, locale, &["name", "scopes"]),
    );
    context.insert("notice", notice);
    context.insert("page_number", &page_number);
    context.insert("pages", &pages);
    context.insert("has_previous", &(page_number > 1));
    context.insert("has_next", &(page_number < pages));
    context.insert("previous_page", &page_number.saturating_sub(1));
    context.insert("next_page", &(page_number + 1));
    page::render_status(
        page::Viewer::new(state, request, Some(user)),
        "admin/api_keys/list.html",
        context,
        status,
    )
}

/// `GET /admin/api-keys`
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let notice = if query.revoked.is_some() {
        "apikey-notice-revoked"
    } else {
        ""
    };
    let view = ListView {
        page_number: query.page.unwrap_or(1).max(1),
        input: &CreateInput::default(),
        errors: &FieldErrors::default(),
        notice,
    };
    list_page(&state, &request, &user, view, StatusCode::OK).await
}
