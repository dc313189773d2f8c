//! Writing questionnaires through `/api/v1/questionnaires` (HR admins): a new questionnaire
//! with its questions, a question added, a question replaced. The questions are validated as
//! the question form validates them (`programme::question_input`), all or nothing; a locked
//! questionnaire gets a new version carrying the change (the answer is that version), the
//! built-in one is refused with 409.

use super::questionnaires::{QuestionnaireView, view};
use crate::audit::Actor;
use crate::auth::HrAdmin;
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::programme::FieldErrors;
use crate::programme::question_input::{QuestionForm, QuestionInput, questionnaire_name};
use crate::programme::questionnaire_edits;
use crate::programme::questionnaire_versions::{EditTarget, is_editable};
use crate::state::AppState;
use crate::store::programme::questionnaire_admin;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

/// A question's texts in one locale.
#[derive(Deserialize, ToSchema)]
pub struct TranslationBody {
    /// `en`, `nl`, `fr`, `es`, `ru` or `pl`; each locale once.
    pub locale: String,
    pub prompt: String,
    #[serde(default)]
    pub help: Option<String>,
    /// Option labels of `choice` and `lost_time` questions (2–12, the same number in every
    /// locale).
    #[serde(default)]
    pub options: Option<Vec<String>>,
}

/// A question. A `PUT` replaces every field: one left out takes its default.
#[derive(Deserialize, ToSchema)]
pub struct QuestionBody {
    /// `rating`, `recommend`, `yes_no`, `choice`, `lost_time`, `text` or `thanks`.
    pub kind: String,
    /// `reliability`, `responsiveness`, `communication`, `competence`, `courtesy`, `standard`
    /// or `overall`.
    pub dimension: String,
    /// Whether an answer is required; defaults to `true`.
    #[serde(default = "yes")]
    pub required: bool,
    /// Asked in every section; defaults to `false`: the question rotates (a cycle's
    /// `questions_per_section` says how many rotating questions a section asks).
    #[serde(default)]
    pub core: bool,
    /// The texts; the organisation's default locale is required.
    pub translations: Vec<TranslationBody>,
}

fn yes() -> bool {
    true
}

/// A new questionnaire.
#[derive(Deserialize, ToSchema)]
pub struct NewQuestionnaire {
    pub name: String,
    /// At least one question, in order.
    pub questions: Vec<QuestionBody>,
}

/// The raw question form `body` amounts to, or the error of its `translations`.
fn form_of(body: &QuestionBody) -> Result<QuestionForm, FieldErrors> {
    let mut form = QuestionForm {
        kind: body.kind.clone(),
        dimension: body.dimension.clone(),
        required: if body.required { "on" } else { "" }.to_owned(),
        core: if body.core { "on" } else { "" }.to_owned(),
        ..Default::default()
    };
    let mut seen = Vec::new();
    for t in &body.translations {
        let Some(locale) = Locale::parse(&t.locale).ok().filter(|l| !seen.contains(l)) else {
            let mut errors = FieldErrors::new();
            errors.add("translations", "err-qn-locale");
            return Err(errors);
        };
        seen.push(locale);
        form.set_text("prompt", locale, t.prompt.clone());
        form.set_text("help", locale, t.help.clone().unwrap_or_default());
        let options = t.options.as_deref().unwrap_or_default().join("\n");
        form.set_text("options", locale, options);
    }
    Ok(form)
}

/// Validates `body` as the question form would.
fn question_input(state: &AppState, body: &QuestionBody) -> Result<QuestionInput, FieldErrors> {
    let form = form_of(body)?;
    QuestionInput::try_from((&form, state.settings.i18n.default_locale))
}

fn invalid(state: &AppState, errors: &FieldErrors) -> AppError {
    AppError::Validation(errors.describe(&state.i18n))
}

/// The questionnaire `id` when HR may change it: 404 when missing, 409 for the built-in one.
async fn editable(state: &AppState, id: i32) -> AppResult<()> {
    let model = questionnaire_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if is_editable(&model) {
        Ok(())
    } else {
        let locale = state.settings.i18n.default_locale;
        Err(AppError::Conflict(state.i18n.text(
            locale,
            "err-qn-builtin",
            None,
        )))
    }
}

async fn view_of(state: &AppState, id: i32) -> AppResult<QuestionnaireView> {
    let detail = questionnaire_admin::load(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(view(detail))
}

/// Creates a questionnaire with its questions.
#[utoipa::path(
    post,
    path = "/api/v1/questionnaires",
    tag = "questionnaires",
    request_body = NewQuestionnaire,
    responses(
        (status = 201, description = "Created", body = QuestionnaireView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 422, description = "Invalid input, named by field (`questions[0].prompt_en`)")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    body: web::Json<NewQuestionnaire>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let mut errors = FieldErrors::new();
    let name = match questionnaire_name(&body.name) {
        Ok(name) => Some(name),
        Err(e) => {
            errors.merge(e);
            None
        }
    };
    if body.questions.is_empty() {
        errors.add("questions", "err-qn-last-question");
    }
    let mut inputs = Vec::with_capacity(body.questions.len());
    for (index, question) in body.questions.iter().enumerate() {
        match question_input(&state, question) {
            Ok(input) => inputs.push(input),
            Err(e) => errors.extend_prefixed(&format!("questions[{index}]."), e),
        }
    }
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        return Err(invalid(&state, &errors));
    };
    let id = questionnaire_edits::create(&state.db, &Actor::from(&user), name, &inputs).await?;
    Ok(HttpResponse::Created().json(view_of(&state, id).await?))
}

/// Adds a question at the end of a questionnaire. A locked questionnaire gets a new version
/// with the question; the answer is that version.
#[utoipa::path(
    post,
    path = "/api/v1/questionnaires/{id}/questions",
    tag = "questionnaires",
    params(("id" = i32, Path, description = "Questionnaire id")),
    request_body = QuestionBody,
    responses(
        (status = 201, description = "Added; the questionnaire (or its new version)", body = QuestionnaireView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 404, description = "No such questionnaire"),
        (status = 409, description = "The built-in questionnaire, which never changes"),
        (status = 422, description = "Invalid input")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn add_question(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    body: web::Json<QuestionBody>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    editable(&state, id).await?;
    let input = question_input(&state, &body).map_err(|e| invalid(&state, &e))?;
    let (target, _) = questionnaire_edits::add_question(&state.db, &Actor::from(&user), id, &input)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Created().json(view_of(&state, target.id()).await?))
}

/// Replaces a question (every field; one left out takes its default, so `core` left out makes
/// the question rotate). A locked questionnaire gets a new version with the change; the answer
/// is that version.
#[utoipa::path(
    put,
    path = "/api/v1/questionnaires/{id}/questions/{question}",
    tag = "questionnaires",
    params(
        ("id" = i32, Path, description = "Questionnaire id"),
        ("question" = i32, Path, description = "Question id")
    ),
    request_body = QuestionBody,
    responses(
        (status = 200, description = "Replaced; the questionnaire (or its new version)", body = QuestionnaireView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 404, description = "No such questionnaire or question"),
        (status = 409, description = "The built-in questionnaire, which never changes"),
        (status = 422, description = "Invalid input")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn replace_question(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<(i32, i32)>,
    body: web::Json<QuestionBody>,
) -> AppResult<HttpResponse> {
    let (id, question_id) = path.into_inner();
    editable(&state, id).await?;
    let question = questionnaire_admin::find_question(&state.db, id, question_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = question_input(&state, &body).map_err(|e| invalid(&state, &e))?;
    let actor = Actor::from(&user);
    let target: EditTarget =
        questionnaire_edits::change_question(&state.db, &actor, id, &question, &input)
            .await?
            .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(view_of(&state, target.id()).await?))
}
