//! `POST /s/{token}`: validates the answers and hands them to the instance's answer writer
//! (group commit through the one write path), answering once they are committed; a rejected
//! form comes back with status 422, the input kept and each error at its question.

use super::render;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::answers::SubmitError;
use crate::survey::form::Input;
use crate::survey::load::{self, Loaded};
use crate::survey::submission;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

/// Stores the submitted answers and shows the thank-you page. The body is parsed leniently
/// (any `application/x-www-form-urlencoded` text), so a mangled form is a 422, never a 400.
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let survey =
        match load::load(&state.db, request.match_info().query("token"), Utc::now()).await? {
            Loaded::Open(survey) => survey,
            other => return render::not_open(&state, &request, &other),
        };
    let locale = render::locale(&state, &request, survey.employee_locale);
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let answers = match submission::validate(&survey.specs(), &fields) {
        Ok(answers) => answers,
        Err(errors) => {
            return render::survey_form(
                &state,
                locale,
                &survey,
                &Input::from_fields(&fields),
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let today = Utc::now().date_naive();
    match state.intake.submit(survey.submission(answers, today)).await {
        Ok(()) => render::thanks(&state, locale),
        Err(SubmitError::AlreadyAnswered) => {
            render::not_open(&state, &request, &Loaded::Answered(survey.employee_locale))
        }
        Err(SubmitError::Unexpected(error)) => Err(error.into()),
    }
}
