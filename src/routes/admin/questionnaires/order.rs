//! Moving a question up or down, and removing one after confirmation. A questionnaire keeps
//! at least one question; a locked one gets a new version carrying the change.

use super::{after_edit, refuse_builtin};
use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::programme::questionnaire_edits;
use crate::state::AppState;
use crate::store::programme::questionnaire_admin;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

async fn load(
    state: &AppState,
    id: i32,
    question_id: i32,
) -> AppResult<(entity::questionnaire::Model, entity::question::Model)> {
    let model = questionnaire_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    refuse_builtin(state, &model)?;
    let question = questionnaire_admin::find_question(&state.db, id, question_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((model, question))
}

/// The move form: `direction` is `up` or `down`.
#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    direction: String,
}

/// `POST /admin/questionnaires/{id}/questions/{question}/move`
#[tracing::instrument(skip_all)]
pub async fn move_question(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, i32)>,
    CsrfForm(form): CsrfForm<MoveForm>,
) -> AppResult<HttpResponse> {
    let (id, question_id) = path.into_inner();
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => {
            return Err(AppError::Validation(
                "direction must be up or down".to_owned(),
            ));
        }
    };
    let (_, question) = load(&state, id, question_id).await?;
    let actor = Actor::from(&user);
    let target = questionnaire_edits::move_question(&state.db, &actor, id, &question, up)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(page::see_other(&after_edit(target)))
}

/// `GET /admin/questionnaires/{id}/questions/{question}/delete` — the confirmation step.
#[tracing::instrument(skip_all)]
pub async fn confirm_remove(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, i32)>,
) -> AppResult<HttpResponse> {
    let (id, question_id) = path.into_inner();
    let (model, _) = load(&state, id, question_id).await?;
    let detail = questionnaire_admin::load(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let locale = page::locale(&state, &request, Some(&user));
    let prompt = detail
        .questions
        .iter()
        .find(|q| q.question.id == question_id)
        .and_then(|q| {
            q.translations
                .iter()
                .find(|t| t.locale == locale.as_str())
                .or(q.translations.first())
        })
        .map(|t| t.prompt.clone())
        .unwrap_or_default();
    let mut context = tera::Context::new();
    context.insert("questionnaire", &model);
    context.insert("question_id", &question_id);
    context.insert("prompt", &prompt);
    context.insert("next_version", &(model.version + 1));
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/questionnaires/remove.html",
        context,
    )
}

/// `POST /admin/questionnaires/{id}/questions/{question}/delete`
#[tracing::instrument(skip_all)]
pub async fn remove(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, i32)>,
    CsrfForm(_form): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let (id, question_id) = path.into_inner();
    let (_, question) = load(&state, id, question_id).await?;
    if questionnaire_admin::question_count(&state.db, id).await? <= 1 {
        let extras = super::overview::ShowExtras {
            remove_error: Some("err-qn-last-question"),
            ..Default::default()
        };
        let viewer = page::Viewer::new(&state, &request, Some(&user));
        return super::overview::render_show(viewer, id, extras).await;
    }
    let actor = Actor::from(&user);
    let target = questionnaire_edits::remove_question(&state.db, &actor, id, &question)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(page::see_other(&after_edit(target)))
}
