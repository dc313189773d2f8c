//! `/api/v1/actions`: providers' actions for integrations run by staff (session cookie). Any
//! staff member lists and reads the actions they may read; HR admins and heads of the
//! providing department record, change and delete them (viewers: 403; someone else's: 403).
//! Validation is the same as on the pages; a 422 names each field.

use super::paging::Paging;
use crate::auth::{CurrentUser, Editor};
use crate::error::{AppError, AppResult};
use crate::followup::action_access::may_record_for;
use crate::followup::action_input::{ActionForm, ActionInput, Topic, parse_dimension};
use crate::programme::FieldErrors;
use crate::state::AppState;
use crate::store::followup::actions::{self, ActionFilter, ActionPage, ActionView};
use crate::store::programme::relationships;
use actix_web::{HttpResponse, web};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Filters of the list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActionQuery {
    /// Only this relationship's actions.
    pub relationship_id: Option<i32>,
    /// `planned`, `in_progress` or `done`.
    pub status: Option<String>,
    /// `true`: only actions past their due day and not done.
    pub overdue: Option<bool>,
}

/// A new action.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewAction {
    /// The relationship (service) it responds to.
    pub relationship_id: i32,
    /// 1–200 characters.
    pub title: String,
    /// Up to 4,000 characters.
    #[serde(default)]
    pub description: Option<String>,
    /// Responsible department; the providing department when absent.
    #[serde(default)]
    pub owner_department_id: Option<i32>,
    /// `planned` (default), `in_progress` or `done`.
    #[serde(default)]
    pub status: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub due_on: Option<NaiveDate>,
    /// The question it answers (its dimension is taken with it).
    #[serde(default)]
    pub question_id: Option<i32>,
    /// `reliability`, `responsiveness`, `communication`, `competence`, `courtesy`,
    /// `standard` or `overall`; ignored when `question_id` is given.
    #[serde(default)]
    pub dimension: Option<String>,
}

/// Changes to an action; absent fields keep their value.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ActionPatch {
    pub title: Option<String>,
    pub description: Option<String>,
    pub owner_department_id: Option<i32>,
    /// `planned`, `in_progress` or `done`.
    pub status: Option<String>,
    /// `YYYY-MM-DD`; an empty string removes the due day.
    pub due_on: Option<String>,
}

fn invalid(state: &AppState, errors: &FieldErrors) -> AppError {
    AppError::Validation(errors.describe(&state.i18n))
}

/// Actions the caller may read, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/actions",
    tag = "actions",
    params(
        ActionQuery,
        ("page" = Option<u64>, Query, description = "Page number, from 1"),
        ("per_page" = Option<u64>, Query, description = "Actions per page (default 50, at most 200)")
    ),
    responses(
        (status = 200, description = "One page of actions", body = ActionPage),
        (status = 401, description = "Not logged in")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ActionQuery>,
    paging: web::Query<Paging>,
) -> AppResult<HttpResponse> {
    let status = match query.status.as_deref() {
        None | Some("") => None,
        Some(raw) => Some(
            crate::followup::action_input::parse_status(raw)
                .ok_or_else(|| AppError::Validation(format!("status: `{raw}` is not a status")))?,
        ),
    };
    let filter = ActionFilter {
        scope: user.department_scope().map(<[i32]>::to_vec),
        relationship_id: query.relationship_id,
        status,
        overdue_only: query.overdue.unwrap_or(false),
    };
    let (page, per_page) = paging.resolve();
    let today = Utc::now().date_naive();
    let list = actions::list(&state.db, &filter, today, page, per_page).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Records an action for a relationship.
#[utoipa::path(
    post,
    path = "/api/v1/actions",
    tag = "actions",
    request_body = NewAction,
    responses(
        (status = 201, description = "Recorded", body = ActionView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "A viewer, or a head of another department"),
        (status = 422, description = "Invalid input, e.g. an unknown relationship or an empty title")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    Editor(user): Editor,
    body: web::Json<NewAction>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let relationship = relationships::find_view(&state.db, body.relationship_id)
        .await?
        .ok_or_else(|| AppError::Validation("relationship_id: no such relationship".to_owned()))?;
    if !may_record_for(&user, relationship.provider_department_id) {
        return Err(AppError::Forbidden);
    }
    let topic = match (body.question_id, body.dimension.as_deref()) {
        (Some(id), _) => Topic::Question(id),
        (None, Some(raw)) => Topic::Dimension(parse_dimension(raw).ok_or_else(|| {
            AppError::Validation(format!("dimension: `{raw}` is not a dimension"))
        })?),
        (None, None) => Topic::Service,
    };
    let form = ActionForm {
        title: body.title,
        description: body.description.unwrap_or_default(),
        owner_department_id: body
            .owner_department_id
            .unwrap_or(relationship.provider_department_id)
            .to_string(),
        status: body.status.unwrap_or_else(|| "planned".to_owned()),
        due_on: body
            .due_on
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        topic: topic.form_value(),
    };
    let input = ActionInput::try_from(&form).map_err(|e| invalid(&state, &e))?;
    let id = actions::insert(&state.db, relationship.id, input, user.id, Utc::now())
        .await?
        .map_err(|e| invalid(&state, &e))?;
    let view = actions::find(&state.db, id, Utc::now().date_naive())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Created().json(view))
}

/// One action.
#[utoipa::path(
    get,
    path = "/api/v1/actions/{id}",
    tag = "actions",
    params(("id" = i32, Path, description = "Action id")),
    responses(
        (status = 200, description = "The action", body = ActionView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "A head of another department"),
        (status = 404, description = "No such action")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn show(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let view = actions::find(&state.db, path.into_inner(), Utc::now().date_naive())
        .await?
        .ok_or(AppError::NotFound)?;
    if !view.readable_by(&user) {
        return Err(AppError::Forbidden);
    }
    Ok(HttpResponse::Ok().json(view))
}

/// Changes an action (for example `{"status": "done"}`).
#[utoipa::path(
    patch,
    path = "/api/v1/actions/{id}",
    tag = "actions",
    params(("id" = i32, Path, description = "Action id")),
    request_body = ActionPatch,
    responses(
        (status = 200, description = "Changed", body = ActionView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "A viewer, or a head of another department"),
        (status = 404, description = "No such action"),
        (status = 422, description = "Invalid input")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    body: web::Json<ActionPatch>,
) -> AppResult<HttpResponse> {
    let view = crate::routes::actions::editable(&state, &user, path.into_inner()).await?;
    let patch = body.into_inner();
    let mut form = ActionForm {
        title: view.title.clone(),
        description: view.description.clone(),
        owner_department_id: view.owner_department_id.to_string(),
        status: view.status.clone(),
        due_on: view
            .due_on
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        topic: match (view.question_id, view.dimension.as_deref()) {
            (Some(id), _) => Topic::Question(id),
            (None, Some(d)) => parse_dimension(d).map_or(Topic::Service, Topic::Dimension),
            (None, None) => Topic::Service,
        }
        .form_value(),
    };
    if let Some(title) = patch.title {
        form.title = title;
    }
    if let Some(description) = patch.description {
        form.description = description;
    }
    if let Some(owner) = patch.owner_department_id {
        form.owner_department_id = owner.to_string();
    }
    if let Some(status) = patch.status {
        form.status = status;
    }
    if let Some(due_on) = patch.due_on {
        form.due_on = due_on;
    }
    let input = ActionInput::try_from(&form).map_err(|e| invalid(&state, &e))?;
    let model = actions::find_model(&state.db, view.id)
        .await?
        .ok_or(AppError::NotFound)?;
    actions::update(&state.db, model, input, Utc::now())
        .await?
        .map_err(|e| invalid(&state, &e))?;
    let changed = actions::find(&state.db, view.id, Utc::now().date_naive())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(changed))
}

/// Deletes an action.
#[utoipa::path(
    delete,
    path = "/api/v1/actions/{id}",
    tag = "actions",
    params(("id" = i32, Path, description = "Action id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "A viewer, or a head of another department"),
        (status = 404, description = "No such action")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn delete(
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let view = crate::routes::actions::editable(&state, &user, path.into_inner()).await?;
    actions::delete(&state.db, view.id).await?;
    Ok(HttpResponse::NoContent().finish())
}
