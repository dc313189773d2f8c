//! Creating and editing a cycle. The first opening is entered as local date and time in the
//! cycle's timezone; on save the next opening (the first one at or after now) is computed.
//! The pulse settings come with what they mean in minutes, worked out from the form's values
//! and questionnaire. Invalid input re-renders the form with 422 and each error next to its
//! field.

use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::domain::CadencePreset;
use crate::error::{AppError, AppResult};
use crate::programme::FieldErrors;
use crate::programme::cycle_input::{COMMON_TIMEZONES, CycleForm};
use crate::programme::pulse_preview::{self, Preview};
use crate::programme::pulse_settings::{
    MAX_ANSWERS_LIMIT, PulseSettings, QuestionnaireShape, shorten_by_values,
};
use crate::programme::save_cycle::{questionnaire_shape, save_cycle};
use crate::state::AppState;
use crate::store::{programme::cycles, programme::questionnaire_admin, programme::relationships};
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

#[derive(Serialize)]
struct RelationshipChoice {
    id: i32,
    label: String,
    active: bool,
    checked: bool,
}

/// A questionnaire's question counts, as the pulse help texts and errors name them.
#[derive(Serialize)]
pub(super) struct ShapeView {
    /// False when the form names no existing questionnaire (the counts are then the widest).
    known: bool,
    core: i32,
    total: i32,
    /// The fewest questions per section and per wave.
    least: i32,
    /// The most questions per wave.
    most: i32,
}

impl ShapeView {
    pub(super) fn of(shape: Option<&QuestionnaireShape>) -> Self {
        let Some(shape) = shape else {
            return Self {
                known: false,
                core: 0,
                total: MAX_ANSWERS_LIMIT,
                least: 1,
                most: MAX_ANSWERS_LIMIT,
            };
        };
        Self {
            known: true,
            core: shape.core_count(),
            total: shape.total(),
            least: shape.least(),
            most: MAX_ANSWERS_LIMIT,
        }
    }
}

/// What the form's pulse settings mean, when they and the fatigue cap are valid.
fn form_preview(form: &CycleForm, shape: Option<&QuestionnaireShape>) -> Option<Preview> {
    let shape = shape?;
    let fatigue_cap = form
        .fatigue_cap
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|cap| *cap >= 1)?;
    let settings = PulseSettings::parse(form.pulse_fields(), Some(shape)).ok()?;
    Some(pulse_preview::preview(shape, settings, fatigue_cap))
}

async fn render_form(
    viewer: page::Viewer<'_>,
    id: Option<i32>,
    form_page: page::FormPage<'_, &CycleForm, FieldErrors>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let chosen = form.chosen_relationship_ids();
    let choices: Vec<RelationshipChoice> = relationships::list(&state.db)
        .await?
        .into_iter()
        .map(|r| RelationshipChoice {
            id: r.id,
            label: format!(
                "{} → {}: {}",
                r.provider_name,
                r.customer_name.unwrap_or_else(|| "*".to_owned()),
                r.service_name
            ),
            active: r.active,
            checked: chosen.contains(&r.id),
        })
        .collect();
    let presets: Vec<&str> = CadencePreset::ALL.iter().map(|p| p.as_str()).collect();
    let mut context = tera::Context::new();
    context.insert("id", &id);
    context.insert("form", form);
    context.insert("errors", errors);
    context.insert(
        "questionnaires",
        &questionnaire_admin::list(&state.db).await?,
    );
    context.insert("relationships", &choices);
    context.insert("presets", &presets);
    context.insert("timezones", COMMON_TIMEZONES);
    let shape = questionnaire_shape(&state.db, form.questionnaire()).await?;
    context.insert("shape", &ShapeView::of(shape.as_ref()));
    context.insert("preview", &form_preview(form, shape.as_ref()));
    context.insert("shorten_by_values", &shorten_by_values());
    page::render_status(viewer, "admin/cycles/form.html", context, status)
}

/// `GET /admin/cycles/new`
#[tracing::instrument(skip_all)]
pub async fn new(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let mut form = CycleForm::defaults("Europe/Amsterdam");
    if let Some(first) = questionnaire_admin::list(&state.db).await?.first() {
        form.questionnaire_id = first.id.to_string();
    }
    let shape = questionnaire_shape(&state.db, form.questionnaire()).await?;
    form.fill_pulse_defaults(None, shape.as_ref());
    let ok = StatusCode::OK;
    render_form(
        page::Viewer::new(&state, &request, Some(&user)),
        None,
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: ok,
        },
    )
    .await
}

/// `POST /admin/cycles`
#[tracing::instrument(skip_all)]
pub async fn create(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    CsrfForm(form): CsrfForm<CycleForm>,
) -> AppResult<HttpResponse> {
    match save_cycle(&state.db, &Actor::from(&user), None, &form).await? {
        Ok(id) => Ok(page::see_other(&format!("/admin/cycles/{id}"))),
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render_form(
                page::Viewer::new(&state, &request, Some(&user)),
                None,
                page::FormPage {
                    form: &form,
                    errors: &errors,
                    status,
                },
            )
            .await
        }
    }
}

/// `GET /admin/cycles/{id}/edit`
#[tracing::instrument(skip_all)]
pub async fn edit(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = cycles::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let chosen = cycles::relationship_ids(&state.db, id).await?;
    let form = CycleForm::from_model(&model, &chosen);
    let ok = StatusCode::OK;
    render_form(
        page::Viewer::new(&state, &request, Some(&user)),
        Some(id),
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: ok,
        },
    )
    .await
}

/// `POST /admin/cycles/{id}`
#[tracing::instrument(skip_all)]
pub async fn update(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<CycleForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = cycles::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    match save_cycle(&state.db, &Actor::from(&user), Some(model), &form).await? {
        Ok(id) => Ok(page::see_other(&format!("/admin/cycles/{id}"))),
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render_form(
                page::Viewer::new(&state, &request, Some(&user)),
                Some(id),
                page::FormPage {
                    form: &form,
                    errors: &errors,
                    status,
                },
            )
            .await
        }
    }
}
