//! `GET /recognition`: the thanks HR shared with the whole organisation, for every staff
//! member — shuffled on every visit, with the service and the month only.

use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::report::comment_gate::Gate;
use crate::state::AppState;
use crate::store::followup::labels;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use rand::seq::SliceRandom;
use serde::Serialize;

/// Most thanks shown at once.
const MAX_SHOWN: usize = 200;

/// One shared thanks.
#[derive(Serialize)]
struct Card {
    text: String,
    service: String,
    provider: String,
    month: String,
}

/// `GET /recognition`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let gate = Gate::now(&state.settings.anonymity);
    let mut shared = crate::report::comment_gate::shared_thanks(&state.db, gate).await?;
    shared.shuffle(&mut rand::rng());
    shared.truncate(MAX_SHOWN);
    let months = labels::periods(&state.db, shared.iter().map(|t| t.slice.period)).await?;
    let cards: Vec<Card> = shared
        .into_iter()
        .map(|t| Card {
            month: months
                .get(&t.slice.period)
                .map(|p| p.month.clone())
                .unwrap_or_default(),
            text: t.text,
            service: t.service.service,
            provider: t.service.provider,
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("cards", &cards);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "thanks/recognition.html",
        context,
    )
}
