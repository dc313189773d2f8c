//! Prometheus scrape endpoint.

use crate::error::AppResult;
use crate::metrics::Metrics;
use actix_web::{HttpResponse, web};

/// `GET /metrics`: Prometheus text exposition format.
pub async fn metrics(metrics: web::Data<Metrics>) -> AppResult<HttpResponse> {
    let body = metrics.encode()?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(body))
}
