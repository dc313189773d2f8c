//! `POST /s/{token}`: validates the answers and hands them to the instance's answer writer
//! (group commit through the one write path), answering once they are committed; a rejected
//! form comes back with status 422, the input kept and each error at its question.

use super::render;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::answers::SubmitError;
use crate::survey::form::Input;
use crate::survey::load::{self, Loaded, Target};
use crate::survey::submission;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

/// Stores the submitted answers and shows the thank-you page. The body is parsed leniently
/// (any `application/x-www-form-urlencoded` text), so a mangled form is a 422, never a 400.
/// Only the question keys are read to validate it; a rejected form loads the whole survey to
/// show it again.
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let token = request.match_info().query("token");
    let target = match load::load_target(&state.db, &state.question_keys, token, Utc::now()).await?
    {
        Target::Open(target) => target,
        Target::Refused(refused) => return render::not_open(&state, &request, &refused),
    };
    let locale = render::locale(&state, &request, target.employee_locale);
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let answers = match submission::validate(&target.specs, &fields) {
        Ok(answers) => answers,
        Err(errors) => {
            return match load::load(&state.db, token, Utc::now()).await? {
                Loaded::Open(survey) => {
                    render::survey_form(
                        &state,
                        locale,
                        &survey,
                        &Input::from_fields(&fields),
                        &errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await
                }
                other => render::not_open(&state, &request, &other),
            };
        }
    };
    let today = Utc::now().date_naive();
    match state.intake.submit(target.submission(answers, today)).await {
        Ok(links) => render::thanks(&state, locale, &target.sections, &links),
        Err(SubmitError::AlreadyAnswered) => {
            render::not_open(&state, &request, &Loaded::Answered(target.employee_locale))
        }
        Err(SubmitError::Unexpected(error)) => Err(error.into()),
    }
}
