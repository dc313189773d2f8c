//! `GET /results/relationships/{id}/comments?period=ID&page=N`: every comment and thanks about
//! a service in one final period, 50 per page, behind the comment gate and the reader's scope.

use super::dashboard_view::period_text;
use super::load;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::report::slice::visible_comments;
use crate::state::AppState;
use crate::store::{programme::relationships, results};
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// Comments per page.
const PER_PAGE: usize = 50;

/// `?period=ID&page=N`
#[derive(Deserialize)]
pub struct CommentsQuery {
    period: Option<i32>,
    page: Option<usize>,
}

/// `GET /results/relationships/{id}/comments`
#[tracing::instrument(skip_all, fields(relationship.id = *path))]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<i32>,
    query: web::Query<CommentsQuery>,
) -> AppResult<HttpResponse> {
    let relationship = relationships::find_view(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    load::check_scope(user.department_scope(), relationship.provider_department_id)?;
    let periods = results::periods_of_relationships(&state.db, &[relationship.id], false).await?;
    let period_id = match query.period {
        Some(id) if periods.iter().any(|(p, _)| *p == id) => id,
        Some(_) => return Err(AppError::NotFound),
        None => periods.first().map(|(p, _)| *p).ok_or(AppError::NotFound)?,
    };
    let report = state
        .reports
        .get(&state.db, period_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let comments = state
        .reports
        .comments(&state.db, &report.period, relationship.id)
        .await?;
    let visible = visible_comments(
        &report,
        relationship.id,
        load::thresholds(&state),
        &comments,
    );
    let total = visible.as_ref().map_or(0, Vec::len);
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = query.page.unwrap_or(1).clamp(1, pages);
    let shown: Vec<_> = visible
        .as_ref()
        .map(|all| {
            all.iter()
                .skip((page - 1) * PER_PAGE)
                .take(PER_PAGE)
                .collect()
        })
        .unwrap_or_default();
    let mut context = tera::Context::new();
    context.insert("relationship", &relationship);
    context.insert("period_id", &period_id);
    context.insert("period", &period_text(&(&report.period).into()));
    context.insert("withheld", &visible.is_none());
    context.insert("comments", &shown);
    context.insert("total", &total);
    context.insert("page", &page);
    context.insert("pages", &pages);
    context.insert("can_act", &!user.is_viewer());
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "results/comments.html",
        context,
    )
}
