//! `/api/v1/results/...`: the gated results as JSON — a provider's dashboard and the flat rows
//! of the CSV export. API keys need the `results:read` scope and see every provider; staff see
//! what their role lets them read (department heads: their own departments, else 403).

use crate::auth::{ApiCaller, Scope};
use crate::domain::Locale;
use crate::error::AppResult;
use crate::report::dashboard::Dashboard;
use crate::report::export::ExportRow;
use crate::routes::results::load;
use crate::state::AppState;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::IntoParams;

fn locale_of(state: &AppState, caller: &ApiCaller) -> Locale {
    caller
        .user()
        .map_or(state.settings.i18n.default_locale, |user| user.locale)
}

fn scope_of(caller: &ApiCaller) -> Option<&[i32]> {
    caller.user().and_then(|user| user.department_scope())
}

/// A provider's gated dashboard.
#[utoipa::path(
    get,
    path = "/api/v1/results/providers/{id}",
    tag = "results",
    params(("id" = i32, Path, description = "The providing department")),
    responses(
        (status = 200, description = "The dashboard; figures the anonymity gate withholds are absent", body = Dashboard),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 403, description = "An API key without results:read, or a department head asking for another department"),
        (status = 404, description = "No such department")
    ),
    security(("session" = []), ("api_key" = []))
)]
#[tracing::instrument(skip_all, fields(department.id = *path))]
pub async fn provider(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::ResultsRead)?;
    let dashboard = load::provider_dashboard(
        &state,
        locale_of(&state, &caller),
        scope_of(&caller),
        path.into_inner(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(dashboard))
}

/// `?provider_id=ID`
#[derive(Deserialize, IntoParams)]
pub struct SlicesQuery {
    /// Only this providing department (default: every one the caller may read).
    provider_id: Option<i32>,
}

/// Every gated figure as rows (the CSV export's rows): one per shown slice × question.
#[utoipa::path(
    get,
    path = "/api/v1/results/slices",
    tag = "results",
    params(SlicesQuery),
    responses(
        (status = 200, description = "The rows, newest period first", body = Vec<ExportRow>),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 403, description = "An API key without results:read, or a department head asking for another department")
    ),
    security(("session" = []), ("api_key" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn slices(
    state: web::Data<AppState>,
    caller: ApiCaller,
    query: web::Query<SlicesQuery>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::ResultsRead)?;
    let scope = scope_of(&caller);
    let only: Vec<i32>;
    let providers = match query.provider_id {
        Some(id) => {
            load::check_scope(scope, id)?;
            only = vec![id];
            Some(only.as_slice())
        }
        None => scope,
    };
    let rows: Vec<ExportRow> =
        load::export_rows(&state, locale_of(&state, &caller), providers).await?;
    Ok(HttpResponse::Ok().json(rows))
}
