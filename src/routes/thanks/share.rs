//! HR shares a thanks with the whole organisation, or stops sharing it — each after a
//! confirmation page. The thanks is found by its handle among the thanks that pass the gate.

use crate::auth::{CsrfForm, CurrentUser, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::followup::handles::ThanksHandles;
use crate::report::comment_gate::Gate;
use crate::state::AppState;
use crate::store::followup::thanks::{self, Thanks};
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// `?h=` of the confirmation pages, and the field of their forms.
#[derive(Debug, Default, Deserialize)]
pub struct HandleForm {
    #[serde(default)]
    h: String,
}

/// The thanks with handle `raw` (404 when it is malformed, unknown or not past the gate).
async fn find(state: &AppState, raw: &str) -> AppResult<Thanks> {
    if !ThanksHandles::is_well_formed(raw) {
        return Err(AppError::NotFound);
    }
    let handles = ThanksHandles::new(&state.settings.security);
    let gate = Gate::now(&state.settings.anonymity);
    crate::report::comment_gate::thanks_wall(&state.db, None, gate, None)
        .await?
        .into_iter()
        .find(|t| handles.handle(t.response_id, t.question_id) == raw)
        .ok_or(AppError::NotFound)
}

async fn confirm(
    request: HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    raw: &str,
    sharing: bool,
) -> AppResult<HttpResponse> {
    let found = find(state, raw).await?;
    let mut context = tera::Context::new();
    context.insert("handle", raw);
    context.insert("text", &found.text);
    context.insert("service", &found.service.service);
    context.insert("provider", &found.service.provider);
    context.insert("sharing", &sharing);
    context.insert("already", &(found.shared == sharing));
    page::render(
        page::Viewer::new(state, &request, Some(user)),
        "thanks/share.html",
        context,
    )
}

/// `GET /thanks/share?h=…`
#[tracing::instrument(skip_all)]
pub async fn confirm_share(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<HandleForm>,
) -> AppResult<HttpResponse> {
    confirm(request, &state, &user, &query.h, true).await
}

/// `GET /thanks/unshare?h=…`
#[tracing::instrument(skip_all)]
pub async fn confirm_unshare(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    query: web::Query<HandleForm>,
) -> AppResult<HttpResponse> {
    confirm(request, &state, &user, &query.h, false).await
}

/// `POST /thanks/share`
#[tracing::instrument(skip_all)]
pub async fn share(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    CsrfForm(form): CsrfForm<HandleForm>,
) -> AppResult<HttpResponse> {
    let found = find(&state, &form.h).await?;
    let today = Gate::now(&state.settings.anonymity).today;
    thanks::share(
        &state.db,
        found.response_id,
        found.question_id,
        user.id,
        today,
    )
    .await?;
    Ok(page::see_other("/thanks?notice=shared"))
}

/// `POST /thanks/unshare`
#[tracing::instrument(skip_all)]
pub async fn unshare(
    state: web::Data<AppState>,
    HrAdmin(_user): HrAdmin,
    CsrfForm(form): CsrfForm<HandleForm>,
) -> AppResult<HttpResponse> {
    let found = find(&state, &form.h).await?;
    thanks::unshare(&state.db, found.response_id, found.question_id).await?;
    Ok(page::see_other("/thanks?notice=unshared"))
}
