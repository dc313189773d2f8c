//! Adding and editing a question of an editable questionnaire. Input is validated before
//! anything is written; a locked questionnaire gets a new version carrying the change.

use super::form::{self, QuestionPage};
use super::{after_edit, refuse_builtin};
use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::programme::FieldErrors;
use crate::programme::question_input::{QuestionForm, QuestionInput};
use crate::programme::questionnaire_edits;
use crate::state::AppState;
use crate::store::programme::questionnaire_admin;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn questionnaire(state: &AppState, id: i32) -> AppResult<entity::questionnaire::Model> {
    let model = questionnaire_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    refuse_builtin(state, &model)?;
    Ok(model)
}

/// `GET /admin/questionnaires/{id}/questions/new`
#[tracing::instrument(skip_all)]
pub async fn new(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let model = questionnaire(&state, path.into_inner()).await?;
    let blank = form::blank_form();
    let no_errors = FieldErrors::new();
    form::render(
        page::Viewer::new(&state, &request, Some(&user)),
        QuestionPage {
            questionnaire: &model,
            question: None,
            form: &blank,
            errors: &no_errors,
        },
        StatusCode::OK,
    )
}

/// `POST /admin/questionnaires/{id}/questions`
#[tracing::instrument(skip_all)]
pub async fn create(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(raw): CsrfForm<QuestionForm>,
) -> AppResult<HttpResponse> {
    let model = questionnaire(&state, path.into_inner()).await?;
    let input = match QuestionInput::try_from((&raw, state.settings.i18n.default_locale)) {
        Ok(input) => input,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return form::render(
                page::Viewer::new(&state, &request, Some(&user)),
                QuestionPage {
                    questionnaire: &model,
                    question: None,
                    form: &raw,
                    errors: &errors,
                },
                status,
            );
        }
    };
    let (target, _) =
        questionnaire_edits::add_question(&state.db, &Actor::from(&user), model.id, &input)
            .await?
            .ok_or(AppError::NotFound)?;
    Ok(page::see_other(&after_edit(target)))
}

/// `GET /admin/questionnaires/{id}/questions/{question}`
#[tracing::instrument(skip_all)]
pub async fn edit(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, i32)>,
) -> AppResult<HttpResponse> {
    let (id, question_id) = path.into_inner();
    let model = questionnaire(&state, id).await?;
    let detail = questionnaire_admin::load(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let question = detail
        .questions
        .iter()
        .find(|q| q.question.id == question_id)
        .ok_or(AppError::NotFound)?;
    let filled = form::form_from(question);
    let no_errors = FieldErrors::new();
    let ok = StatusCode::OK;
    form::render(
        page::Viewer::new(&state, &request, Some(&user)),
        QuestionPage {
            questionnaire: &model,
            question: Some(question_id),
            form: &filled,
            errors: &no_errors,
        },
        ok,
    )
}

/// `POST /admin/questionnaires/{id}/questions/{question}`
#[tracing::instrument(skip_all)]
pub async fn update(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, i32)>,
    CsrfForm(raw): CsrfForm<QuestionForm>,
) -> AppResult<HttpResponse> {
    let (id, question_id) = path.into_inner();
    let model = questionnaire(&state, id).await?;
    let question = questionnaire_admin::find_question(&state.db, id, question_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = match QuestionInput::try_from((&raw, state.settings.i18n.default_locale)) {
        Ok(input) => input,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let question = Some(question_id);
            return form::render(
                page::Viewer::new(&state, &request, Some(&user)),
                QuestionPage {
                    questionnaire: &model,
                    question,
                    form: &raw,
                    errors: &errors,
                },
                status,
            );
        }
    };
    let target =
        questionnaire_edits::change_question(&state.db, &Actor::from(&user), id, &question, &input)
            .await?
            .ok_or(AppError::NotFound)?;
    Ok(page::see_other(&after_edit(target)))
}
