//! Action lists: everything the user may read (`/actions`, with status and overdue filters;
//! HR sees how many are overdue), and one service's actions (`/results/relationships/{id}/
//! actions`). 50 per page, newest first; overdue actions are highlighted.

use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::followup::action_access::may_record_for;
use crate::followup::action_input::parse_status;
use crate::state::AppState;
use crate::store::followup::actions::{self, ActionFilter};
use crate::store::programme::relationships;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};

/// Actions per page.
pub const PER_PAGE: u64 = 50;

/// The lists' query string; raw, so a bad value never breaks the page.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    overdue: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    notice: String,
}

/// Which list is shown.
#[derive(Serialize)]
struct Heading {
    /// The service of a relationship's list.
    service: Option<String>,
    provider: Option<String>,
    relationship_id: Option<i32>,
    /// The user may record an action for this relationship.
    may_record: bool,
}

fn notice_key(notice: &str) -> Option<&'static str> {
    match notice {
        "created" => Some("loop-action-created"),
        "updated" => Some("loop-action-updated"),
        "deleted" => Some("loop-action-deleted"),
        "translated" => Some("loop-action-translated"),
        _ => None,
    }
}

async fn render(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    query: &ListQuery,
    relationship_id: Option<i32>,
    heading: Heading,
) -> AppResult<HttpResponse> {
    let today = Utc::now().date_naive();
    let status = parse_status(&query.status);
    let overdue_only = query.overdue == "1";
    let filter = ActionFilter {
        scope: user.department_scope().map(<[i32]>::to_vec),
        relationship_id,
        status,
        overdue_only,
    };
    let requested = query.page.trim().parse::<u64>().unwrap_or(1);
    let list = actions::list(&state.db, &filter, today, requested, PER_PAGE).await?;
    let overdue = actions::overdue_count(&state.db, &filter, today).await?;
    let base = match relationship_id {
        Some(id) => format!("/results/relationships/{id}/actions"),
        None => "/actions".to_owned(),
    };
    let link = |page: u64| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(status) = status {
            query.append_pair("status", &sea_orm::ActiveEnum::to_value(&status));
        }
        if overdue_only {
            query.append_pair("overdue", "1");
        }
        query.append_pair("page", &page.to_string());
        format!("{base}?{}", query.finish())
    };
    let editable: Vec<bool> = list.items.iter().map(|a| a.editable_by(user)).collect();
    let mut context = tera::Context::new();
    context.insert("actions", &list.items);
    context.insert("editable", &editable);
    context.insert("page", &list.page);
    context.insert("pages", &list.pages);
    context.insert("total", &list.total);
    context.insert("overdue_count", &overdue);
    context.insert("previous", &(list.page > 1).then(|| link(list.page - 1)));
    context.insert(
        "next",
        &(list.page < list.pages).then(|| link(list.page + 1)),
    );
    context.insert("status", &status.map(|s| sea_orm::ActiveEnum::to_value(&s)));
    context.insert("overdue_only", &overdue_only);
    context.insert("base", &base);
    context.insert("heading", &heading);
    context.insert("notice", &notice_key(&query.notice));
    context.insert("return_to", &request.path());
    page::render(
        page::Viewer::new(state, request, Some(user)),
        "actions/list.html",
        context,
    )
}

/// `GET /actions`
#[tracing::instrument(skip_all)]
pub async fn all(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let heading = Heading {
        service: None,
        provider: None,
        relationship_id: None,
        may_record: false,
    };
    render(&state, &request, &user, &query, None, heading).await
}

/// `GET /results/relationships/{id}/actions`: 404 for an unknown relationship, 403 for a head
/// whose departments do not provide it.
#[tracing::instrument(skip_all)]
pub async fn for_relationship(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<i32>,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let relationship = relationships::find_view(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !user.can_read_department(relationship.provider_department_id) {
        return Err(AppError::Forbidden);
    }
    let heading = Heading {
        may_record: may_record_for(&user, relationship.provider_department_id),
        service: Some(relationship.service_name),
        provider: Some(relationship.provider_name),
        relationship_id: Some(id),
    };
    render(&state, &request, &user, &query, Some(id), heading).await
}
