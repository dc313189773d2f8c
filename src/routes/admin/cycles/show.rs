//! The cycle list and the cycle page: its settings, what its pulse settings mean in minutes
//! (and, for a cycle without questions per section, that it asks every question), the next
//! five openings shown as local wall-clock time in the cycle's timezone (and UTC), pause /
//! resume, and the way to its waves and delivery.

use crate::audit::Actor;
use crate::auth::{CsrfForm, CurrentUser, HrAdmin};
use crate::domain::CadencePreset;
use crate::error::{AppError, AppResult};
use crate::programme::pulse_preview;
use crate::programme::pulse_settings::PulseSettings;
use crate::programme::save_cycle::{self, questionnaire_shape};
use crate::programme::schedule::{self, PREVIEW_COUNT};
use crate::state::AppState;
use crate::store::{
    programme::cycles, programme::questionnaire_admin, programme::relationships, results::sealed,
};
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Serialize;

/// A cycle in the list.
#[derive(Serialize)]
struct CycleRow {
    id: i32,
    name: String,
    cadence: Option<&'static str>,
    timezone: String,
    active: bool,
    next_opening_local: Option<String>,
}

/// `GET /admin/cycles`
#[tracing::instrument(skip_all)]
pub async fn list(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let now = Utc::now();
    let rows: Vec<CycleRow> = cycles::list(&state.db)
        .await?
        .into_iter()
        .map(|model| {
            let next = schedule::cadence_of(&model)
                .and_then(|c| schedule::upcoming(&c, now, 1).into_iter().next());
            CycleRow {
                id: model.id,
                name: model.name,
                cadence: CadencePreset::from_rrule(&model.rrule).map(CadencePreset::as_str),
                timezone: model.timezone,
                active: model.active,
                next_opening_local: next.map(|o| o.local),
            }
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("cycles", &rows);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/cycles/list.html",
        context,
    )
}

/// `GET /admin/cycles/{id}`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = cycles::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let questionnaire = questionnaire_admin::find(&state.db, model.questionnaire_id).await?;
    let chosen = cycles::relationship_ids(&state.db, id).await?;
    let services: Vec<String> = relationships::list(&state.db)
        .await?
        .into_iter()
        .filter(|r| chosen.contains(&r.id))
        .map(|r| format!("{}: {}", r.provider_name, r.service_name))
        .collect();
    let openings = schedule::cadence_of(&model)
        .map(|c| schedule::upcoming(&c, Utc::now(), PREVIEW_COUNT))
        .unwrap_or_default();
    let held = sealed::held_for_cycle(&state.db, id).await?;
    let shape = questionnaire_shape(&state.db, Some(model.questionnaire_id)).await?;
    let preview = shape
        .as_ref()
        .map(|shape| pulse_preview::preview(shape, PulseSettings::of(&model), model.fatigue_cap));
    let mut context = tera::Context::new();
    context.insert("shape", &super::edit::ShapeView::of(shape.as_ref()));
    context.insert("preview", &preview);
    context.insert("held", &held);
    context.insert("cycle", &model);
    context.insert(
        "cadence",
        &CadencePreset::from_rrule(&model.rrule).map(CadencePreset::as_str),
    );
    context.insert("questionnaire", &questionnaire);
    context.insert("services", &services);
    context.insert("openings", &openings);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/cycles/show.html",
        context,
    )
}

async fn set_active(
    state: &AppState,
    user: &CurrentUser,
    id: i32,
    active: bool,
) -> AppResult<HttpResponse> {
    if !save_cycle::set_active(&state.db, &Actor::from(user), id, active).await? {
        return Err(AppError::NotFound);
    }
    Ok(page::see_other(&format!("/admin/cycles/{id}")))
}

/// `POST /admin/cycles/{id}/pause`
#[tracing::instrument(skip_all)]
pub async fn pause(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(_form): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    set_active(&state, &user, path.into_inner(), false).await
}

/// `POST /admin/cycles/{id}/resume` — the next opening is recomputed from now, so openings
/// missed while paused are skipped.
#[tracing::instrument(skip_all)]
pub async fn resume(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(_form): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    set_active(&state, &user, path.into_inner(), true).await
}
