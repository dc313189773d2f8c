//! The questionnaire list, one questionnaire with its questions, making an editable copy and
//! renaming a copy.

use super::{after_edit, refuse_builtin};
use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::programme::FieldErrors;
use crate::programme::question_input::{
    dimension_value, has_options, kind_value, questionnaire_name,
};
use crate::programme::questionnaire_edits;
use crate::state::AppState;
use crate::store::programme::questionnaire_admin::{self, QuestionnaireDetail};
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// `GET /admin/questionnaires`
#[tracing::instrument(skip_all)]
pub async fn list(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let mut context = tera::Context::new();
    context.insert(
        "questionnaires",
        &questionnaire_admin::list(&state.db).await?,
    );
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/questionnaires/list.html",
        context,
    )
}

/// A question as the questionnaire page shows it, in the reader's language when it has one.
#[derive(Serialize)]
struct QuestionRow {
    id: i32,
    position: i32,
    kind: String,
    dimension: String,
    required: bool,
    /// Asked in every section; otherwise it rotates.
    core: bool,
    prompt: Option<String>,
    help: Option<String>,
    options: Vec<String>,
    locales: Vec<String>,
}

fn rows(detail: &QuestionnaireDetail, locale: Locale, fallback: Locale) -> Vec<QuestionRow> {
    detail
        .questions
        .iter()
        .map(|d| {
            let text = d
                .translations
                .iter()
                .find(|t| t.locale == locale.as_str())
                .or_else(|| {
                    d.translations
                        .iter()
                        .find(|t| t.locale == fallback.as_str())
                })
                .or_else(|| d.translations.first());
            let options = text
                .and_then(|t| t.options.as_deref())
                .filter(|_| has_options(d.question.kind))
                .and_then(|raw| serde_json::from_str::<Vec<String>>(raw).ok())
                .unwrap_or_default();
            QuestionRow {
                id: d.question.id,
                position: d.question.position,
                kind: kind_value(d.question.kind),
                dimension: dimension_value(d.question.dimension),
                required: d.question.required,
                core: d.question.core,
                prompt: text.map(|t| t.prompt.clone()),
                help: text.and_then(|t| t.help.clone()),
                options,
                locales: d.translations.iter().map(|t| t.locale.clone()).collect(),
            }
        })
        .collect()
}

/// `?new_version=1` after an edit that created a new version.
#[derive(Deserialize)]
pub struct ShowQuery {
    new_version: Option<String>,
}

/// What the questionnaire page shows besides the questionnaire: the rename form coming back
/// with its errors, the notice that a new version was made, a refused removal.
#[derive(Default)]
pub(super) struct ShowExtras<'a> {
    /// The name typed and its errors, when the rename was refused.
    pub name_form: Option<(&'a str, &'a FieldErrors)>,
    /// The edit made a new version.
    pub notice_new_version: bool,
    /// Why a question was not removed.
    pub remove_error: Option<&'static str>,
}

pub(super) async fn render_show(
    viewer: page::Viewer<'_>,
    id: i32,
    extras: ShowExtras<'_>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let ShowExtras {
        name_form,
        notice_new_version,
        remove_error,
    } = extras;
    let detail = questionnaire_admin::load(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    let empty = FieldErrors::new();
    let (name, errors) = name_form.unwrap_or((&detail.questionnaire.name, &empty));
    context.insert("name", name);
    context.insert("errors", errors);
    context.insert("remove_error", &remove_error);
    let questions = rows(&detail, locale, state.settings.i18n.default_locale);
    let core_count = questions.iter().filter(|q| q.core).count();
    context.insert("core_count", &core_count);
    context.insert("rotating_count", &(questions.len() - core_count));
    context.insert("questions", &questions);
    context.insert(
        "editable",
        &crate::programme::questionnaire_versions::is_editable(&detail.questionnaire),
    );
    context.insert("next_version", &(detail.questionnaire.version + 1));
    context.insert("new_version", &notice_new_version);
    context.insert("questionnaire", &detail.questionnaire);
    let status = if errors.is_empty() && remove_error.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page::render_status(viewer, "admin/questionnaires/show.html", context, status)
}

/// `GET /admin/questionnaires/{id}`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    query: web::Query<ShowQuery>,
) -> AppResult<HttpResponse> {
    let new_version = query.new_version.is_some();
    let extras = ShowExtras {
        notice_new_version: new_version,
        ..ShowExtras::default()
    };
    let viewer = page::Viewer::new(&state, &request, Some(&user));
    render_show(viewer, path.into_inner(), extras).await
}

/// `POST /admin/questionnaires/{id}/copy` — an editable copy with every question and text.
#[tracing::instrument(skip_all)]
pub async fn copy(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(_form): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let locale = page::locale(&state, &request, Some(&user));
    let suffix = state.i18n.text(locale, "qn-copy-suffix", None);
    let actor = Actor::from(&user);
    let id = questionnaire_edits::copy(&state.db, &actor, path.into_inner(), &suffix)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(page::see_other(&format!("/admin/questionnaires/{id}")))
}

/// The rename form.
#[derive(Deserialize)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

/// `POST /admin/questionnaires/{id}/name`
#[tracing::instrument(skip_all)]
pub async fn rename(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<NameForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = questionnaire_admin::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    refuse_builtin(&state, &model)?;
    let name = match questionnaire_name(&form.name) {
        Ok(name) => name,
        Err(errors) => {
            let name_form = Some((form.name.as_str(), &errors));
            let extras = ShowExtras {
                name_form,
                ..ShowExtras::default()
            };
            let viewer = page::Viewer::new(&state, &request, Some(&user));
            return render_show(viewer, id, extras).await;
        }
    };
    let actor = Actor::from(&user);
    let target = questionnaire_edits::rename(&state.db, &actor, id, &model.name, name)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(page::see_other(&after_edit(target)))
}
