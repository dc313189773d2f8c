//! Turns error responses into pages people can read: an HTML page in the visitor's language,
//! or JSON `{ "error": { "code", "message" } }` under `/api`. Responses that already carry an
//! HTML or JSON body (a re-rendered form with its errors, say) pass unchanged.

use crate::error::ErrorInfo;
use crate::i18n::request_locale;
use crate::state::AppState;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

/// The middleware.
pub async fn error_pages(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody, BoxBody>>, actix_web::Error> {
    let response = next.call(request).await?;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || has_rendered_body(&response) {
        return Ok(response.map_into_left_body());
    }
    let info = response
        .response()
        .extensions()
        .get::<ErrorInfo>()
        .cloned()
        .unwrap_or_else(|| fallback_info(status, response.response().error()));
    let (request, old) = response.into_parts();
    let is_api = request.path().starts_with("/api/") || request.path() == "/api";
    if status == StatusCode::UNAUTHORIZED && !is_api {
        // Pages send people to the login form and bring them back afterwards.
        let next: String =
            url::form_urlencoded::byte_serialize(request.path().as_bytes()).collect();
        let redirect = HttpResponse::SeeOther()
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("/login?next={next}"),
            ))
            .finish();
        return Ok(ServiceResponse::new(request, redirect).map_into_right_body());
    }
    let mut replacement = if is_api {
        HttpResponse::build(status).json(json!({
            "error": { "code": info.code, "message": info.message }
        }))
    } else {
        html_page(&request, status, &info)
    };
    for (name, value) in old.headers() {
        if name != CONTENT_TYPE && name != actix_web::http::header::CONTENT_LENGTH {
            replacement
                .headers_mut()
                .insert(name.clone(), value.clone());
        }
    }
    Ok(ServiceResponse::new(request, replacement).map_into_right_body())
}

fn has_rendered_body<B>(response: &ServiceResponse<B>) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value: &HeaderValue| value.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"))
}

fn fallback_info(status: StatusCode, error: Option<&actix_web::Error>) -> ErrorInfo {
    let code = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNAUTHORIZED => "unauthorized",
        StatusCode::FORBIDDEN => "forbidden",
        s if s.is_server_error() => "internal_error",
        _ => "bad_request",
    };
    let message = match (status.is_server_error(), error) {
        (false, Some(error)) => error.to_string(),
        _ => status.canonical_reason().unwrap_or("error").to_lowercase(),
    };
    ErrorInfo { code, message }
}

fn html_page(request: &HttpRequest, status: StatusCode, info: &ErrorInfo) -> HttpResponse {
    let Some(state) = request.app_data::<web::Data<AppState>>() else {
        return HttpResponse::build(status)
            .content_type("text/plain; charset=utf-8")
            .body(info.message.clone());
    };
    let locale = request_locale(request, state.settings.i18n.default_locale);
    let known = [403, 404, 409, 410, 413, 422, 429, 500, 503];
    let page = if status == StatusCode::UNAUTHORIZED {
        403
    } else if known.contains(&status.as_u16()) {
        status.as_u16()
    } else if status.is_server_error() {
        500
    } else {
        422
    };
    let mut context = tera::Context::new();
    context.insert("lang", locale.as_str());
    context.insert("status", &status.as_u16());
    context.insert("page", &page);
    context.insert("code", info.code);
    context.insert("message", &info.message);
    context.insert("organisation", &state.settings.app.organisation_name);
    match state.templates.render("errors/error.html", &context) {
        Ok(body) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body),
        Err(error) => {
            tracing::error!(error.cause_chain = ?error, "error page failed to render");
            HttpResponse::build(status)
                .content_type("text/plain; charset=utf-8")
                .body(info.message.clone())
        }
    }
}
