//! Prometheus scrape endpoint. With `metrics.token` set it answers only a request carrying
//! `Authorization: Bearer <token>` (compared in constant time; anything else is 401). Without
//! a token it answers only when the server is bound to loopback (`server.host`); on any other
//! address it is 404, as if it did not exist, and startup warns once (`startup`). Its refusals
//! are JSON, so the error-page middleware neither renders them as HTML nor sends a scraper to
//! the login form.

use crate::error::AppResult;
use crate::metrics::{Access, Metrics};
use crate::state::AppState;
use actix_web::http::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use actix_web::{HttpRequest, HttpResponse, web};
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use serde_json::json;
use sha2::Sha256;

/// `GET /metrics`: Prometheus text exposition format.
pub async fn metrics(
    request: HttpRequest,
    state: web::Data<AppState>,
    metrics: web::Data<Metrics>,
) -> AppResult<HttpResponse> {
    match Access::of(&state.settings) {
        Access::Loopback => {}
        Access::Hidden => return Ok(refusal(HttpResponse::NotFound(), "not_found", "not found")),
        Access::Token => {
            let expected = state.settings.metrics.token.expose_secret().trim();
            let presented = request
                .headers()
                .get(AUTHORIZATION)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.strip_prefix("Bearer "))
                .map(str::trim);
            if !presented.is_some_and(|presented| same_token(presented, expected)) {
                let mut response = HttpResponse::Unauthorized();
                response.insert_header((WWW_AUTHENTICATE, "Bearer realm=\"metrics\""));
                return Ok(refusal(response, "unauthorized", "metrics.token required"));
            }
        }
    }
    let body = metrics.encode()?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(body))
}

fn refusal(mut builder: actix_web::HttpResponseBuilder, code: &str, message: &str) -> HttpResponse {
    builder.json(json!({ "error": { "code": code, "message": message } }))
}

/// Whether `presented` is `expected`, in time that depends on neither: both are first keyed
/// into fixed-length MACs, which `verify_slice` compares in constant time.
fn same_token(presented: &str, expected: &str) -> bool {
    type HmacSha256 = Hmac<Sha256>;
    const KEY: &[u8] = b"innerpulse metrics token";
    let (Ok(mut expected_mac), Ok(mut presented_mac)) = (
        HmacSha256::new_from_slice(KEY),
        HmacSha256::new_from_slice(KEY),
    ) else {
        return false;
    };
    expected_mac.update(expected.as_bytes());
    presented_mac.update(presented.as_bytes());
    presented_mac
        .verify_slice(&expected_mac.finalize().into_bytes())
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_token_matches() {
        let token = "a-metrics-token-of-at-least-32-characters";
        assert!(same_token(token, token));
        assert!(!same_token("a-metrics-token", token));
        assert!(!same_token("", token));
    }
}
