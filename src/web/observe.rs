//! Request log lines and metrics. Paths are logged by route pattern (`/s/{token}`), never the
//! raw path or query string, so survey and conversation tokens never reach the logs. The
//! metrics leave the anonymous links out (`metrics::is_anonymous_route`).

use crate::metrics::{HttpLabels, Metrics};
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web;
use std::time::Instant;

/// Logs and measures every request.
pub async fn observe(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".to_owned());
    let metrics = request.app_data::<web::Data<Metrics>>().cloned();
    let response = next.call(request).await?;
    let status = response.status().as_u16();
    let elapsed = started.elapsed();
    tracing::info!(
        http.method = %method,
        http.route = %route,
        http.status = status,
        duration_ms = elapsed.as_secs_f64() * 1000.0,
        "request"
    );
    if let Some(metrics) = metrics {
        metrics.observe_request(
            HttpLabels {
                method,
                route,
                status,
            },
            elapsed.as_secs_f64(),
        );
    }
    Ok(response)
}
