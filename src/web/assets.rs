//! The one stylesheet and the survey page's one script, compiled into the binary and served
//! with a long cache lifetime.

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};

const STYLESHEET: &str = include_str!("../../templates/static/style.css");
const SURVEY_SCRIPT: &str = include_str!("../../templates/static/survey.js");

/// `GET /static/style.css`
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLESHEET)
}

/// `GET /static/survey.js`: the characters left for comments as they fill (the page works
/// without it).
pub async fn survey_script() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/javascript; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(SURVEY_SCRIPT)
}
