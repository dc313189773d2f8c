//! `GET /admin/accounts`: every staff account with role, departments, status and last login.

use super::{State, short_time};
use crate::accounts::role_name;
use crate::auth::HrAdmin;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::accounts::account_admin;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// Accounts per page.
const PER_PAGE: u64 = 50;

/// `?page=N` (1-based).
#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<u64>,
}

#[derive(Serialize)]
struct Row {
    id: i32,
    email: String,
    display_name: String,
    role: &'static str,
    departments: String,
    active: bool,
    pending: bool,
    sign_in: SignIn,
    last_login: String,
}

/// How an account signs in: `password`, `pending` (not yet) or `provider` (`label`).
#[derive(Serialize)]
struct SignIn {
    kind: &'static str,
    label: String,
}

impl SignIn {
    fn of(state: &AppState, pending: bool, provider: Option<&str>) -> Self {
        match provider {
            Some(name) => Self {
                kind: "provider",
                label: state
                    .settings
                    .auth
                    .provider(name)
                    .map_or_else(|| name.to_owned(), |p| p.button_label.clone()),
            },
            None if pending => Self {
                kind: "pending",
                label: String::new(),
            },
            None => Self {
                kind: "password",
                label: String::new(),
            },
        }
    }
}

/// `GET /admin/accounts`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    query: web::Query<PageQuery>,
) -> AppResult<HttpResponse> {
    let page_number = query.page.unwrap_or(1).max(1);
    let (accounts, total) = account_admin::list(&state.db, page_number, PER_PAGE).await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let rows: Vec<Row> = accounts
        .into_iter()
        .map(|a| Row {
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            role: role_name(a.role),
            departments: a
                .departments
                .into_iter()
                .map(|d| d.name)
                .collect::<Vec<_>>()
                .join(", "),
            active: a.active,
            pending: a.pending,
            sign_in: SignIn::of(&state, a.pending, a.sign_in_provider.as_deref()),
            last_login: short_time(a.last_login_at),
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("has_rows", &!rows.is_empty());
    context.insert("rows", &rows);
    context.insert("page_number", &page_number);
    context.insert("pages", &pages);
    context.insert("has_previous", &(page_number > 1));
    context.insert("has_next", &(page_number < pages));
    context.insert("previous_page", &page_number.saturating_sub(1));
    context.insert("next_page", &(page_number + 1));
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/accounts/list.html",
        context,
    )
}
