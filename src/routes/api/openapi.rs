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
        super::touchpoints::create,
        super::accounts::list,
        super::accounts::create,
        super::accounts::update,
        super::api_keys::list,
        super::api_keys::create,
        super::api_keys::revoke,
        super::audit::list,
        super::departments::list,
        super::departments::create,
        super::departments::update,
        super::departments::delete,
        super::employees::list,
        super::employees::create,
        super::employees::update,
        super::employee_import::import,
        super::relationships::list,
        super::relationships::create,
        super::relationships::update,
        super::questionnaires::list,
        super::questionnaires::show,
        super::questionnaire_edits::create,
        super::questionnaire_edits::add_question,
        super::questionnaire_edits::replace_question,
        super::cycles::list,
        super::cycles::create,
        super::cycles::show,
        super::cycles::update,
        super::results::provider,
        super::results::slices,
        super::actions::list,
        super::actions::create,
        super::actions::show,
        super::actions::update,
        super::actions::delete,
    ),
    components(schemas(
        crate::store::organisation::employees::StatusFilter,
        super::touchpoints::TouchpointRequest,
        super::touchpoints::TouchpointResponse,
        super::accounts::ApiRole,
        super::accounts::AccountView,
        super::accounts::AccountList,
        super::accounts::InviteBody,
        super::accounts::AccountPatch,
        crate::store::accounts::account_admin::DepartmentRef,
        super::api_keys::ApiKeyView,
        super::api_keys::ApiKeyList,
        super::api_keys::CreateKeyBody,
        super::api_keys::CreatedKeyView,
        super::audit::AuditList,
        crate::store::audit::AuditEntryView,
        crate::domain::Change,
        crate::report::dashboard::Dashboard,
        crate::report::dashboard::ServiceResults,
        crate::report::dashboard::LiveWave,
        crate::report::trend::TrendPoint,
        crate::report::trend::QuestionPoint,
        crate::report::figures::FigureState,
        crate::report::slice::SliceResults,
        crate::report::slice::PeriodRef,
        crate::report::slice::QuestionResult,
        crate::report::slice::Reference,
        crate::report::slice::DimensionScore,
        crate::report::slice::CommentItem,
        crate::report::figures::Figure,
        crate::report::figures::Bar,
        crate::report::figures::Nps,
        crate::report::breakdown::Breakdown,
        crate::report::breakdown::BreakdownRow,
        crate::report::export::ExportRow,
        crate::store::followup::actions::ActionView,
        crate::store::followup::actions::ActionPage,
        super::actions::NewAction,
        super::actions::ActionPatch,
    )),
    modifiers(&SecuritySchemes, &UniqueOperationIds)
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

/// Handler names repeat across modules (`list`, `create` …); operation ids must be unique, so
/// each becomes `<method>_<path>` (e.g. `post_api_v1_accounts`).
struct UniqueOperationIds;

impl Modify for UniqueOperationIds {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in &mut openapi.paths.paths {
            let slug: String = path
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect::<String>()
                .split('_')
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join("_");
            let operations = [
                ("get", &mut item.get),
                ("put", &mut item.put),
                ("post", &mut item.post),
                ("delete", &mut item.delete),
                ("patch", &mut item.patch),
            ];
            for (method, operation) in operations {
                if let Some(operation) = operation {
                    operation.operation_id = Some(format!("{method}_{slug}"));
                }
            }
        }
    }
}

/// `GET /api/v1/openapi.json`
pub async fn document() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}
