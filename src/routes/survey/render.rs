//! Rendering survey pages with their own minimal layout (`survey/layout.html`): no staff
//! navigation, no CSRF token and no cookies (unlike `web::page`), always `text/html` so the
//! error-page middleware leaves the survey's own 400/404/409/410/413/422 pages alone. The
//! conversation links (`/c/{token}`) use the same layout.

use crate::domain::Locale;
use crate::error::AppResult;
use crate::report::last_score::{LastScore, last_scores};
use crate::routes::conversations::conversation_links;
use crate::state::AppState;
use crate::survey::estimate;
use crate::survey::form::{self, Input, Languages};
use crate::survey::load::{Loaded, OpenSurvey};
use crate::survey::model::Section;
use crate::survey::seal::CommentLink;
use crate::survey::submission::AnswerErrors;
use actix_web::http::StatusCode;
use actix_web::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, REFERRER_POLICY};
use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;

/// One entry of the language switch.
#[derive(Serialize)]
struct LanguageLink {
    code: &'static str,
    name: &'static str,
    current: bool,
}

/// The survey's language: `?lang=`, then the employee's locale, then Accept-Language, then
/// the organisation default. Deliberately no `lang` cookie: the survey sets and reads none.
pub fn locale(state: &AppState, request: &HttpRequest, employee: Option<Locale>) -> Locale {
    url::form_urlencoded::parse(request.query_string().as_bytes())
        .find(|(key, _)| key == "lang")
        .and_then(|(_, value)| Locale::parse(&value).ok())
        .or(employee)
        .or_else(|| {
            request
                .headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(state.settings.i18n.default_locale)
}

/// Renders a survey template in `locale` with `status`.
pub(crate) fn page(
    state: &AppState,
    locale: Locale,
    template: &str,
    mut context: tera::Context,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let languages: Vec<LanguageLink> = Locale::ALL
        .iter()
        .map(|l| LanguageLink {
            code: l.as_str(),
            name: l.native_name(),
            current: *l == locale,
        })
        .collect();
    context.insert("lang", locale.as_str());
    context.insert("organisation", &state.settings.app.organisation_name);
    context.insert("languages", &languages);
    let body = state.templates.render(template, &context)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((CACHE_CONTROL, "no-store"))
        .insert_header((REFERRER_POLICY, "no-referrer"))
        .body(body))
}

/// The survey form; with `errors` (status 422) it keeps `input` and shows each error at its
/// question. Each section shows the service's last gated headline score, when there is one;
/// the intro says how many minutes the questions on the page take (`survey::estimate`).
pub async fn survey_form(
    state: &AppState,
    locale: Locale,
    survey: &OpenSurvey,
    input: &Input,
    errors: &AnswerErrors,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let relationships: Vec<i32> = survey.sections.iter().map(|s| s.relationship_id).collect();
    let last: std::collections::BTreeMap<String, LastScore> =
        last_scores(&state.db, &state.reports, &relationships)
            .await?
            .into_iter()
            .map(|(relationship, score)| (format!("s{relationship}"), score))
            .collect();
    let languages = Languages {
        i18n: &state.i18n,
        locale,
        default: state.settings.i18n.default_locale,
    };
    let mut context = tera::Context::new();
    context.insert(
        "sections",
        &form::sections(survey, languages, input, errors),
    );
    context.insert("section_count", &survey.sections.len());
    context.insert(
        "minutes",
        &estimate::minutes(&survey.sections, &survey.questions),
    );
    context.insert("group", &survey.group);
    context.insert("last_scores", &last);
    context.insert("context_label", &survey.context_label);
    context.insert("error_count", &errors.len());
    context.insert("form_error", &form::form_error(languages, errors));
    context.insert(
        "text_cap",
        &crate::survey::submission::MAX_SUBMISSION_TEXT_CHARS,
    );
    page(state, locale, "survey/form.html", context, status)
}

/// The thank-you page after a stored submission, with the private conversation link of each
/// comment (shown this once: only its hash is stored).
pub fn thanks(
    state: &AppState,
    locale: Locale,
    sections: &[Section],
    links: &[CommentLink],
) -> AppResult<HttpResponse> {
    let mut context = tera::Context::new();
    context.insert(
        "conversations",
        &conversation_links(state, locale, sections, links),
    );
    page(state, locale, "survey/thanks.html", context, StatusCode::OK)
}

/// The page for a link that cannot be answered: unknown (404), answered (409) or closed (410).
/// An open survey has no such page; it is answered as unknown rather than panicking.
pub fn not_open(
    state: &AppState,
    request: &HttpRequest,
    loaded: &Loaded,
) -> AppResult<HttpResponse> {
    let (kind, status, employee) = match loaded {
        Loaded::Closed(employee) => ("closed", StatusCode::GONE, *employee),
        Loaded::Answered(employee) => ("answered", StatusCode::CONFLICT, *employee),
        Loaded::Unknown | Loaded::Open(_) => ("unknown", StatusCode::NOT_FOUND, None),
    };
    let locale = locale(state, request, employee);
    let mut context = tera::Context::new();
    context.insert("kind", kind);
    context.insert("status", &status.as_u16());
    page(state, locale, "survey/status.html", context, status)
}

/// The page for a posted body that was not read into a form (413 too large or too many
/// fields, 400 unreadable): nothing was stored.
pub fn refused_body(
    state: &AppState,
    locale: Locale,
    refused: crate::web::form_body::Refused,
) -> AppResult<HttpResponse> {
    let status = refused.status();
    let mut context = tera::Context::new();
    context.insert("kind", refused.kind());
    context.insert("status", &status.as_u16());
    page(state, locale, "survey/status.html", context, status)
}
