//! The OpenAPI 3 document of the JSON API, generated from the handlers' annotations so it
//! cannot drift from what the server accepts. Every API handler is listed in `paths(...)`.

use actix_web::HttpResponse;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "innerpulse API",
        description = "Internal customer feedback: organisation, cycles, touchpoints and gated results.",
        version = "1"
    ),
    paths(
        super::relationships::list,
        super::relationships::create,
        super::relationships::update,
        super::questionnaires::list,
        super::questionnaires::show,
        super::cycles::list,
        super::cycles::create,
        super::cycles::show,
        super::cycles::update,
    ),
    modifiers(&SecuritySchemes)
)]
pub struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API key created by HR (`ip_...`)"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("innerpulse_session"))),
        );
    }
}

/// `GET /api/v1/openapi.json`
pub async fn document() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}
