//! `GET /results/overview?period=ID&metric=headline|nps|question&question=ID` (HR admins and
//! viewers): the heatmap
//! of providers × customer departments for one final wave, services ranked by score and by
//! change, and participation per cycle (counts only; rates when at least k were invited).

use super::dashboard_view::period_text;
use super::load;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::report::overview::{self, Metric, Selection};
use crate::state::AppState;
use crate::store::{
    programme::cycles, programme::relationships, programme::wave_lifecycle, results,
};
use crate::survey::form::Languages;
use crate::survey::model::Section;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

/// Final waves offered in the picker.
const PERIOD_CHOICES: u64 = 52;
/// Waves per cycle in the participation table.
const PARTICIPATION_WAVES: u64 = 6;

/// `?period=ID&metric=headline|nps|question&question=ID`
#[derive(Deserialize)]
pub struct OverviewQuery {
    period: Option<i32>,
    metric: Option<Metric>,
    question: Option<i32>,
}

#[derive(Serialize)]
struct PeriodChoice {
    id: i32,
    starts: String,
    ends: String,
    selected: bool,
}

#[derive(Serialize)]
struct WaveParticipation {
    opens: String,
    state: entity::wave::WaveState,
    invited: u64,
    answered: Option<u64>,
    rate: Option<f64>,
}

#[derive(Serialize)]
struct CycleParticipation {
    name: String,
    waves: Vec<WaveParticipation>,
}

/// `GET /results/overview`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<OverviewQuery>,
) -> AppResult<HttpResponse> {
    if user.department_scope().is_some() {
        return Err(AppError::Forbidden);
    }
    let metric = query.metric.unwrap_or_default();
    let periods = results::recent_wave_periods(&state.db, PERIOD_CHOICES).await?;
    let selected = match query.period {
        Some(id) => Some(
            periods
                .iter()
                .find(|p| p.id == id)
                .cloned()
                .ok_or(AppError::NotFound)?,
        ),
        None => periods.first().cloned(),
    };
    let names = load::department_names(&state).await?;
    let relationships = relationships::list(&state.db).await?;
    let locale = page::locale(&state, &request, Some(&user));
    let languages = Languages {
        i18n: &state.i18n,
        locale,
        default: state.settings.i18n.default_locale,
    };
    let generic = Section {
        relationship_id: 0,
        service: state.i18n.text(locale, "overview-the-service", None),
        provider: state.i18n.text(locale, "overview-the-provider", None),
        standard: Some(state.i18n.text(locale, "overview-the-standard", None)),
        ..Section::default()
    };
    let selection = Selection {
        metric,
        question_id: query.question,
    };
    let overview = match &selected {
        Some(period) => {
            overview::overview(
                &state.db,
                &state.reports,
                period,
                selection,
                &relationships,
                &names,
                languages,
                &generic,
            )
            .await?
        }
        None => None,
    };
    let choices: Vec<PeriodChoice> = periods
        .iter()
        .map(|p| {
            let text = period_text(&(p.into()));
            PeriodChoice {
                id: p.id,
                starts: text.starts,
                ends: text.ends,
                selected: selected.as_ref().is_some_and(|s| s.id == p.id),
            }
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("overview", &overview);
    context.insert("choices", &choices);
    context.insert(
        "metric",
        &overview.as_ref().map_or(Metric::Headline, |o| o.metric),
    );
    context.insert("k", &state.settings.anonymity.min_group_size.get());
    context.insert("participation", &participation(&state).await?);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "results/overview.html",
        context,
    )
}

async fn participation(state: &AppState) -> AppResult<Vec<CycleParticipation>> {
    let k = u64::from(state.settings.anonymity.min_group_size.get());
    let mut out = vec![];
    for cycle in cycles::list(&state.db).await? {
        let (summaries, _) =
            wave_lifecycle::list_for_cycle(&state.db, cycle.id, 1, PARTICIPATION_WAVES).await?;
        if summaries.is_empty() {
            continue;
        }
        out.push(CycleParticipation {
            name: cycle.name,
            waves: summaries
                .into_iter()
                .map(|w| {
                    let shown = w.counts.invited >= k && w.counts.answered >= k;
                    WaveParticipation {
                        opens: w.opens_at.format("%Y-%m-%d").to_string(),
                        state: w.state,
                        invited: w.counts.invited,
                        answered: shown.then_some(w.counts.answered),
                        #[expect(
                            clippy::cast_precision_loss,
                            reason = "invitation counts are far below 2^52"
                        )]
                        rate: shown
                            .then(|| w.counts.answered as f64 * 100.0 / w.counts.invited as f64),
                    }
                })
                .collect(),
        });
    }
    Ok(out)
}
