//! One account: `GET /admin/accounts/{id}` shows it with its role and departments form and
//! the actions (re-send invite, deactivate, reactivate); `POST /admin/accounts/{id}/role`
//! saves a new role and departments.

use super::{FormProblem, State, department_choices, form_problem, short_time, ticked_departments};
use crate::accounts::manage;
use crate::accounts::{FieldErrors, RoleAssignment, role_name};
use crate::auth::{CsrfForm, CurrentUser, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::accounts::account_admin::{self, AccountSummary};
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use std::collections::HashMap;

const FIELDS: &[&str] = &["role", "departments"];

/// Raw role form; department checkboxes arrive as `department_<id>` fields.
#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

/// What the page says happened, from the query after a redirect.
#[derive(Deserialize)]
pub struct Outcome {
    invited: Option<String>,
    saved: Option<String>,
    resent: Option<String>,
}

/// Everything the account page can show besides the account itself.
struct PageInput<'a> {
    role: &'a str,
    ticked: &'a [i32],
    errors: &'a FieldErrors,
    notice: Option<&'static str>,
    problem: Option<&'static str>,
}

async fn account_page(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    account: &AccountSummary,
    input: PageInput<'_>,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let locale = page::locale(state, request, Some(user));
    let options = account_admin::department_options(&state.db).await?;
    let mut context = tera::Context::new();
    context.insert("account", account);
    context.insert("account_role", role_name(account.role));
    context.insert("is_self", &(account.id == user.id));
    context.insert("last_login", &short_time(account.last_login_at));
    context.insert("created", &short_time(Some(account.created_at)));
    context.insert("role", input.role);
    context.insert("has_departments", &!options.is_empty());
    context.insert("departments", &department_choices(options, input.ticked));
    context.insert(
        "errors",
        &input.errors.for_form(&state.i18n, locale, FIELDS),
    );
    context.insert("notice", &input.notice.unwrap_or_default());
    context.insert(
        "problem",
        &input
            .problem
            .map(|key| crate::accounts::message(&state.i18n, locale, key))
            .unwrap_or_default(),
    );
    page::render_status(
        page::Viewer::new(state, request, Some(user)),
        "admin/accounts/edit.html",
        context,
        status,
    )
}

/// Loads the account or answers 404.
pub(super) async fn load(state: &AppState, id: i32) -> AppResult<AccountSummary> {
    account_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Renders the account page with a rule's message as a notice (409).
pub(super) async fn show_problem(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    id: i32,
    key: &'static str,
) -> AppResult<HttpResponse> {
    let account = load(state, id).await?;
    let ticked: Vec<i32> = account.departments.iter().map(|d| d.id).collect();
    let input = PageInput {
        role: role_name(account.role),
        ticked: &ticked,
        errors: &FieldErrors::default(),
        notice: None,
        problem: Some(key),
    };
    account_page(state, request, user, &account, input, StatusCode::CONFLICT).await
}

/// `GET /admin/accounts/{id}`
pub async fn show(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    outcome: web::Query<Outcome>,
) -> AppResult<HttpResponse> {
    let account = load(&state, path.into_inner()).await?;
    let ticked: Vec<i32> = account.departments.iter().map(|d| d.id).collect();
    let notice = if outcome.invited.is_some() {
        Some("acct-notice-invited")
    } else if outcome.resent.is_some() {
        Some("acct-notice-resent")
    } else if outcome.saved.is_some() {
        Some("acct-notice-saved")
    } else {
        None
    };
    let input = PageInput {
        role: role_name(account.role),
        ticked: &ticked,
        errors: &FieldErrors::default(),
        notice,
        problem: None,
    };
    account_page(&state, &request, &user, &account, input, StatusCode::OK).await
}

/// `POST /admin/accounts/{id}/role`
#[tracing::instrument(skip_all)]
pub async fn save(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    form: CsrfForm<RoleForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let form = form.0;
    let ticked = ticked_departments(&form.rest);
    let mut errors = FieldErrors::default();
    let result = match RoleAssignment::parse(&form.role, ticked.clone(), &mut errors) {
        Some(assignment) => manage::change_role(&state, &user, id, assignment).await,
        None => Err(crate::accounts::AccountError::Invalid(errors)),
    };
    let error = match result {
        Ok(()) => return Ok(page::see_other(&format!("/admin/accounts/{id}?saved=1"))),
        Err(error) => form_problem(error)?,
    };
    let account = load(&state, id).await?;
    let (errors, problem, status) = match error {
        FormProblem::Fields(errors) => (errors, None, StatusCode::UNPROCESSABLE_ENTITY),
        FormProblem::Rule(key) => (FieldErrors::default(), Some(key), StatusCode::CONFLICT),
    };
    let input = PageInput {
        role: &form.role,
        ticked: &ticked,
        errors: &errors,
        notice: None,
        problem,
    };
    account_page(&state, &request, &user, &account, input, status).await
}
