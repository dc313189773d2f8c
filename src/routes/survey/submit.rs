//! `POST /s/{token}`: first looks the link up (an unknown, closed or answered link gets its
//! page without the body being read), then reads the form within `web::form_body`'s limits
//! (413 beyond them, nothing stored) and hands it to the instance's answer writer, which checks
//! the link again, validates the answers and stores them (group commit through the one write
//! path) and answers once they are committed; a rejected form comes back with status 422, the
//! input kept and each error at its question.

use super::render;
use crate::error::AppResult;
use crate::state::AppState;
use crate::survey::form::Input;
use crate::survey::intake::{Outcome, PostedForm};
use crate::survey::load::{self, Loaded};
use crate::web::form_body;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

/// Stores the submitted answers and shows the thank-you page. The body is parsed leniently
/// (any `application/x-www-form-urlencoded` text), so a mangled form is a 422, never a 400.
/// A rejected form loads the whole survey to show it again.
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let token = request.match_info().query("token");
    let received_at = Utc::now();
    let link = match load::answerable(&state.db, token, received_at).await? {
        Ok(link) => link,
        Err(refused) => return render::not_open(&state, &request, &refused),
    };
    let fields = match form_body::read_form(&request, payload).await {
        Ok(fields) => fields,
        Err(refused) => {
            let locale = render::locale(&state, &request, link.employee_locale);
            return render::refused_body(&state, locale, refused);
        }
    };
    let form = PostedForm {
        token_hash: link.token_hash,
        fields,
        received_at,
    };
    match state.intake.submit(form).await? {
        Outcome::Stored { target, links } => {
            let locale = render::locale(&state, &request, target.employee_locale);
            render::thanks(&state, locale, &target.sections, &links)
        }
        Outcome::Refused(refused) => render::not_open(&state, &request, &refused),
        Outcome::Rejected { errors, fields } => {
            match load::load(&state.db, &state.rotation, token, Utc::now()).await? {
                Loaded::Open(survey) => {
                    let locale = render::locale(&state, &request, survey.employee_locale);
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
            }
        }
    }
}
