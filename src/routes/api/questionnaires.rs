//! `/api/v1/questionnaires`: the questionnaires (any staff, or a key with `results:read`), and
//! one questionnaire with its questions (each core or rotating) and their texts in every
//! locale. Writing them is `questionnaire_edits`.

use crate::auth::{ApiCaller, Scope};
use crate::error::{AppError, AppResult};
use crate::programme::question_input::{dimension_value, kind_value};
use crate::state::AppState;
use crate::store::programme::questionnaire_admin::{
    self, QuestionnaireDetail, QuestionnaireSummary,
};
use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

/// A question's texts in one locale.
#[derive(Serialize, ToSchema)]
pub struct TranslationView {
    pub locale: String,
    pub prompt: String,
    pub help: Option<String>,
    /// Option labels of `choice` and `lost_time` questions.
    pub options: Option<Vec<String>>,
}

/// A question.
#[derive(Serialize, ToSchema)]
pub struct QuestionView {
    pub id: i32,
    pub position: i32,
    /// `rating`, `recommend`, `yes_no`, `choice`, `lost_time`, `text` or `thanks`.
    pub kind: String,
    /// `reliability`, `responsiveness`, `communication`, `competence`, `courtesy`, `standard`
    /// or `overall`.
    pub dimension: String,
    pub required: bool,
    /// Asked in every section; `false`: the question rotates (see a cycle's
    /// `questions_per_section`).
    pub core: bool,
    pub option_count: i32,
    pub translations: Vec<TranslationView>,
}

/// A questionnaire version with its questions in order.
#[derive(Serialize, ToSchema)]
pub struct QuestionnaireView {
    pub id: i32,
    pub name: String,
    pub builtin_key: Option<String>,
    pub version: i32,
    pub previous_version_id: Option<i32>,
    pub locked: bool,
    pub archived: bool,
    pub questions: Vec<QuestionView>,
}

/// Every questionnaire version that is not archived.
#[utoipa::path(
    get,
    path = "/api/v1/questionnaires",
    tag = "questionnaires",
    responses(
        (status = 200, description = "The questionnaires", body = Vec<QuestionnaireSummary>),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 403, description = "An API key without results:read")
    ),
    security(("session" = []), ("api_key" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(state: web::Data<AppState>, caller: ApiCaller) -> AppResult<HttpResponse> {
    caller.require(Scope::ResultsRead)?;
    Ok(HttpResponse::Ok().json(questionnaire_admin::list(&state.db).await?))
}

/// One questionnaire with its questions and translations.
#[utoipa::path(
    get,
    path = "/api/v1/questionnaires/{id}",
    tag = "questionnaires",
    params(("id" = i32, Path, description = "Questionnaire id")),
    responses(
        (status = 200, description = "The questionnaire", body = QuestionnaireView),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 404, description = "No such questionnaire")
    ),
    security(("session" = []), ("api_key" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn show(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::ResultsRead)?;
    let detail = questionnaire_admin::load(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(view(detail)))
}

/// The API's view of a questionnaire with its questions.
pub(super) fn view(detail: QuestionnaireDetail) -> QuestionnaireView {
    let q = detail.questionnaire;
    QuestionnaireView {
        id: q.id,
        name: q.name,
        builtin_key: q.builtin_key,
        version: q.version,
        previous_version_id: q.previous_version_id,
        locked: q.locked,
        archived: q.archived,
        questions: detail
            .questions
            .into_iter()
            .map(|d| QuestionView {
                id: d.question.id,
                position: d.question.position,
                kind: kind_value(d.question.kind),
                dimension: dimension_value(d.question.dimension),
                required: d.question.required,
                core: d.question.core,
                option_count: d.question.option_count,
                translations: d
                    .translations
                    .into_iter()
                    .map(|t| TranslationView {
                        options: t
                            .options
                            .as_deref()
                            .and_then(|raw| serde_json::from_str(raw).ok()),
                        locale: t.locale,
                        prompt: t.prompt,
                        help: t.help,
                    })
                    .collect(),
            })
            .collect(),
    }
}
