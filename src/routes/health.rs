//! Liveness and readiness probes for load balancers and orchestrators.

use crate::state::AppState;
use actix_web::{HttpResponse, web};
use serde_json::json;
use std::time::Duration;

/// How long readiness waits for the database before calling it unreachable.
const READY_TIMEOUT: Duration = Duration::from_secs(3);

/// `GET /healthz`: the process is up and answering.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// `GET /readyz`: 200 when the database answers, 503 otherwise.
#[tracing::instrument(skip_all)]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match tokio::time::timeout(READY_TIMEOUT, state.db.ping()).await {
        Ok(Ok(())) => HttpResponse::Ok().json(json!({ "status": "ready", "database": "ok" })),
        Ok(Err(error)) => {
            tracing::warn!(error = %error, "readiness check: database unreachable");
            not_ready()
        }
        Err(_) => {
            tracing::warn!("readiness check: database did not answer in time");
            not_ready()
        }
    }
}

fn not_ready() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .json(json!({ "status": "unavailable", "database": "unreachable" }))
}
