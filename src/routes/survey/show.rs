//! `GET /s/{token}`: the survey, or the page saying why it cannot be answered.

use super::render;
use crate::error::AppResult;
use crate::state::AppState;
use crate::survey::form::Input;
use crate::survey::load::{self, Loaded};
use crate::survey::submission::AnswerErrors;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

/// Shows the survey behind the token in the path.
#[tracing::instrument(skip_all)]
pub async fn show(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    match load::load(
        &state.db,
        &state.rotation,
        request.match_info().query("token"),
        Utc::now(),
    )
    .await?
    {
        Loaded::Open(survey) => {
            let locale = render::locale(&state, &request, survey.employee_locale);
            render::survey_form(
                &state,
                locale,
                &survey,
                &Input::default(),
                &AnswerErrors::default(),
                StatusCode::OK,
            )
            .await
        }
        other => render::not_open(&state, &request, &other),
    }
}
