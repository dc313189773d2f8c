//! The one stylesheet, compiled into the binary and served with a long cache lifetime.

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE};

const STYLESHEET: &str = include_str!("../../templates/static/style.css");

/// `GET /static/style.css`
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/css; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLESHEET)
}
