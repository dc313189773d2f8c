//! `/api/v1/cycles`: list and read (any staff, or a key with `results:read`), create and change
//! (HR admins; `{"active": false}` pauses, `{"active": true}` resumes). Every cycle comes with
//! its next five openings in UTC and as local time in the cycle's timezone. The pulse settings
//! (`questions_per_section`, `max_answers_per_wave`, `shorten_by`) left out of a new cycle get
//! the defaults (the questionnaire's core questions plus one, 10, `rotating_questions`); left
//! out of a change they keep their value; `null` asks every question / sets no limit.

use crate::audit::Actor;
use crate::auth::{ApiCaller, HrAdmin, Scope};
use crate::domain::CadencePreset;
use crate::error::{AppError, AppResult};
use crate::programme::cycle_input::{ALL_RELATIONSHIPS, CycleForm};
use crate::programme::pulse_settings::shorten_by_value;
use crate::programme::save_cycle::save_cycle;
use crate::programme::schedule::{self, Opening, PREVIEW_COUNT};
use crate::state::AppState;
use crate::store::programme::cycles;
use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

/// A cycle as the API shows it.
#[derive(Serialize, ToSchema)]
pub struct CycleView {
    pub id: i32,
    pub name: String,
    pub questionnaire_id: i32,
    /// True: every active relationship; false: `relationship_ids`.
    pub all_relationships: bool,
    pub relationship_ids: Vec<i32>,
    /// The preset (`weekly`, `every_two_weeks`, `monthly`, `quarterly`), `null` for another rule.
    pub cadence: Option<String>,
    /// RFC 5545 recurrence rule.
    pub rrule: String,
    /// IANA timezone.
    pub timezone: String,
    /// First opening in UTC.
    pub starts_at: DateTime<Utc>,
    /// First opening as local time, `YYYY-MM-DDTHH:MM`.
    pub first_opening_local: String,
    pub days_open: i32,
    pub reminder_after_days: Option<i32>,
    pub max_reminders: i32,
    pub fatigue_cap: i32,
    /// Questions per section, core questions included; `null` asks every question.
    pub questions_per_section: Option<i32>,
    /// Most questions per employee per wave, all sections together; `null` for no limit.
    pub max_answers_per_wave: Option<i32>,
    /// What goes first when a wave would ask more: `rotating_questions` or `sections`.
    pub shorten_by: String,
    pub sample_percent: Option<i32>,
    /// False while paused.
    pub active: bool,
    /// The next opening the scheduler will create.
    pub next_opening_at: Option<DateTime<Utc>>,
    /// The next five openings from now.
    pub next_openings: Vec<Opening>,
}

/// A new cycle.
#[derive(Deserialize, ToSchema)]
pub struct NewCycle {
    pub name: String,
    pub questionnaire_id: i32,
    /// Defaults to `true`.
    #[serde(default)]
    pub all_relationships: Option<bool>,
    /// The relationships when `all_relationships` is false.
    #[serde(default)]
    pub relationship_ids: Vec<i32>,
    /// `weekly`, `every_two_weeks`, `monthly` or `quarterly`.
    pub cadence: String,
    /// IANA timezone, e.g. `Europe/Amsterdam`.
    pub timezone: String,
    /// First opening as local time in `timezone`, `YYYY-MM-DDTHH:MM`.
    pub first_opening_local: String,
    /// At least 1.
    pub days_open: i32,
    #[serde(default)]
    pub reminder_after_days: Option<i32>,
    #[serde(default)]
    pub max_reminders: Option<i32>,
    /// Sections per employee per wave, at least 1; default 3.
    #[serde(default)]
    pub fatigue_cap: Option<i32>,
    /// Questions per section, core questions included: from the questionnaire's core questions
    /// (at least 1) to its number of questions. Left out: the core questions plus one; `null`:
    /// every question.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 100)]
    pub questions_per_section: Option<Option<i32>>,
    /// Most questions per employee per wave, all sections together: from the questionnaire's
    /// core questions (at least 1) to 100. Left out: 10; `null`: no limit.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 100)]
    pub max_answers_per_wave: Option<Option<i32>>,
    /// What goes first when a wave would ask more than `max_answers_per_wave`:
    /// `rotating_questions` (default) or `sections`.
    #[serde(default)]
    pub shorten_by: Option<String>,
    /// 1–100.
    #[serde(default)]
    pub sample_percent: Option<i32>,
    /// Defaults to `true`.
    #[serde(default)]
    pub active: Option<bool>,
}

fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Changes to a cycle; absent fields keep their value.
#[derive(Deserialize, ToSchema)]
pub struct CyclePatch {
    pub name: Option<String>,
    pub questionnaire_id: Option<i32>,
    pub all_relationships: Option<bool>,
    pub relationship_ids: Option<Vec<i32>>,
    pub cadence: Option<String>,
    pub timezone: Option<String>,
    pub first_opening_local: Option<String>,
    pub days_open: Option<i32>,
    /// `null` turns reminders off.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    pub reminder_after_days: Option<Option<i32>>,
    pub max_reminders: Option<i32>,
    pub fatigue_cap: Option<i32>,
    /// Questions per section, core questions included (from the questionnaire's core
    /// questions, at least 1, to its number of questions); `null` asks every question.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 100)]
    pub questions_per_section: Option<Option<i32>>,
    /// Most questions per employee per wave (from the questionnaire's core questions, at least
    /// 1, to 100); `null` for no limit.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 100)]
    pub max_answers_per_wave: Option<Option<i32>>,
    /// `rotating_questions` or `sections`.
    pub shorten_by: Option<String>,
    /// `null` invites everyone.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    pub sample_percent: Option<Option<i32>>,
    /// `false` pauses the cycle, `true` resumes it.
    pub active: Option<bool>,
}

fn number(value: Option<i32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

fn set_first_opening(form: &mut CycleForm, local: &str) {
    let (date, time) = local.split_once(['T', ' ']).unwrap_or((local, ""));
    date.clone_into(&mut form.first_date);
    time.clone_into(&mut form.first_time);
}

fn set_relationships(form: &mut CycleForm, all: bool, ids: &[i32]) {
    if all { ALL_RELATIONSHIPS } else { "chosen" }.clone_into(&mut form.relationships);
    form.extra.clear();
    for id in ids {
        form.choose_relationship(*id);
    }
}

async fn view(state: &AppState, id: i32) -> AppResult<CycleView> {
    let model = cycles::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let relationship_ids = cycles::relationship_ids(&state.db, id).await?;
    let form = CycleForm::from_model(&model, &[]);
    let next_openings = schedule::cadence_of(&model)
        .map(|c| schedule::upcoming(&c, Utc::now(), PREVIEW_COUNT))
        .unwrap_or_default();
    Ok(CycleView {
        id: model.id,
        name: model.name,
        questionnaire_id: model.questionnaire_id,
        all_relationships: model.all_relationships,
        relationship_ids,
        cadence: CadencePreset::from_rrule(&model.rrule).map(|p| p.as_str().to_owned()),
        rrule: model.rrule,
        timezone: model.timezone,
        starts_at: model.starts_at,
        first_opening_local: format!("{}T{}", form.first_date, form.first_time),
        days_open: model.days_open,
        reminder_after_days: model.reminder_after_days,
        max_reminders: model.max_reminders,
        fatigue_cap: model.fatigue_cap,
        questions_per_section: model.questions_per_section,
        max_answers_per_wave: model.max_answers_per_wave,
        shorten_by: shorten_by_value(model.shorten_by),
        sample_percent: model.sample_percent,
        active: model.active,
        next_opening_at: model.next_opening_at,
        next_openings,
    })
}

/// Every cycle.
#[utoipa::path(
    get,
    path = "/api/v1/cycles",
    tag = "cycles",
    responses(
        (status = 200, description = "Every cycle", body = Vec<CycleView>),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 403, description = "An API key without results:read")
    ),
    security(("session" = []), ("api_key" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn list(state: web::Data<AppState>, caller: ApiCaller) -> AppResult<HttpResponse> {
    caller.require(Scope::ResultsRead)?;
    let mut views = vec![];
    for model in cycles::list(&state.db).await? {
        views.push(view(&state, model.id).await?);
    }
    Ok(HttpResponse::Ok().json(views))
}

/// One cycle with its next five openings.
#[utoipa::path(
    get,
    path = "/api/v1/cycles/{id}",
    tag = "cycles",
    params(("id" = i32, Path, description = "Cycle id")),
    responses(
        (status = 200, description = "The cycle", body = CycleView),
        (status = 401, description = "Not logged in and no valid API key"),
        (status = 404, description = "No such cycle")
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
    Ok(HttpResponse::Ok().json(view(&state, path.into_inner()).await?))
}

/// Creates a cycle.
#[utoipa::path(
    post,
    path = "/api/v1/cycles",
    tag = "cycles",
    request_body = NewCycle,
    responses(
        (status = 201, description = "Created", body = CycleView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 422, description = "Invalid input, e.g. an unknown timezone, a fatigue cap below 1 or fewer questions per section than the questionnaire's core questions")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    body: web::Json<NewCycle>,
) -> AppResult<HttpResponse> {
    let body = body.into_inner();
    let mut form = CycleForm {
        name: body.name,
        questionnaire_id: body.questionnaire_id.to_string(),
        cadence: body.cadence,
        timezone: body.timezone,
        days_open: body.days_open.to_string(),
        reminder_after_days: number(body.reminder_after_days),
        max_reminders: number(body.max_reminders),
        fatigue_cap: number(body.fatigue_cap),
        // Left out (`None`): `save_cycle` fills in the defaults.
        questions_per_section: body.questions_per_section.map(number),
        max_answers_per_wave: body.max_answers_per_wave.map(number),
        shorten_by: body.shorten_by,
        sample_percent: number(body.sample_percent),
        active: if body.active.unwrap_or(true) {
            "on"
        } else {
            ""
        }
        .to_owned(),
        ..Default::default()
    };
    set_first_opening(&mut form, &body.first_opening_local);
    set_relationships(
        &mut form,
        body.all_relationships.unwrap_or(true),
        &body.relationship_ids,
    );
    let id = save_cycle(&state.db, &Actor::from(&user), None, &form)
        .await?
        .map_err(|errors| AppError::Validation(errors.describe(&state.i18n)))?;
    Ok(HttpResponse::Created().json(view(&state, id).await?))
}

/// Changes a cycle; `{"active": false}` pauses it and `{"active": true}` resumes it.
#[utoipa::path(
    patch,
    path = "/api/v1/cycles/{id}",
    tag = "cycles",
    params(("id" = i32, Path, description = "Cycle id")),
    request_body = CyclePatch,
    responses(
        (status = 200, description = "Changed", body = CycleView),
        (status = 401, description = "Not logged in"),
        (status = 403, description = "Not an HR admin"),
        (status = 404, description = "No such cycle"),
        (status = 422, description = "Invalid input")
    ),
    security(("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    body: web::Json<CyclePatch>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = cycles::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let chosen = cycles::relationship_ids(&state.db, id).await?;
    let mut form = CycleForm::from_model(&model, &chosen);
    let patch = body.into_inner();
    if let Some(name) = patch.name {
        form.name = name;
    }
    if let Some(questionnaire_id) = patch.questionnaire_id {
        form.questionnaire_id = questionnaire_id.to_string();
    }
    if patch.all_relationships.is_some() || patch.relationship_ids.is_some() {
        let all = patch.all_relationships.unwrap_or(model.all_relationships);
        set_relationships(&mut form, all, &patch.relationship_ids.unwrap_or(chosen));
    }
    if let Some(cadence) = patch.cadence {
        form.cadence = cadence;
    }
    if let Some(timezone) = patch.timezone {
        form.timezone = timezone;
        form.timezone_other.clear();
    }
    if let Some(local) = patch.first_opening_local {
        set_first_opening(&mut form, &local);
    }
    if let Some(days) = patch.days_open {
        form.days_open = days.to_string();
    }
    if let Some(after) = patch.reminder_after_days {
        form.reminder_after_days = number(after);
    }
    if let Some(max) = patch.max_reminders {
        form.max_reminders = max.to_string();
    }
    if let Some(cap) = patch.fatigue_cap {
        form.fatigue_cap = cap.to_string();
    }
    if let Some(per_section) = patch.questions_per_section {
        form.questions_per_section = Some(number(per_section));
    }
    if let Some(per_wave) = patch.max_answers_per_wave {
        form.max_answers_per_wave = Some(number(per_wave));
    }
    if let Some(shorten_by) = patch.shorten_by {
        form.shorten_by = Some(shorten_by);
    }
    if let Some(sample) = patch.sample_percent {
        form.sample_percent = number(sample);
    }
    if let Some(active) = patch.active {
        if active { "on" } else { "" }.clone_into(&mut form.active);
    }
    save_cycle(&state.db, &Actor::from(&user), Some(model), &form)
        .await?
        .map_err(|errors| AppError::Validation(errors.describe(&state.i18n)))?;
    Ok(HttpResponse::Ok().json(view(&state, id).await?))
}
