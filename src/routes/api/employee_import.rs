//! `POST /api/v1/employees/import`: the CSV import for HRIS integrations, the same use case
//! as the upload page and `innerpulse import`. Needs an `import` key or an HR admin session.

use crate::audit::Actor;
use crate::auth::{ApiCaller, Scope};
use crate::domain::Locale;
use crate::error::AppResult;
use crate::import::{self, Message, Options, Outcome, Person, Summary};
use crate::state::AppState;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Import options.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// Create departments the file names that do not exist yet.
    pub create_departments: Option<bool>,
    /// Proceed even when more than 20 % of the active employees would be deactivated.
    pub confirm_deactivation: Option<bool>,
}

/// One bad row.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowReason {
    /// Line in the file (the header is line 1).
    pub line: usize,
    pub reason: String,
}

/// `{ "code", "message" }`
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}

/// 422: the file or some rows are wrong; nothing was written.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportRejected {
    pub error: ErrorBody,
    /// Every bad row (empty when the file as a whole is unreadable).
    pub rows: Vec<RowReason>,
}

/// 409: confirmation needed; nothing was written.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportNeedsConfirmation {
    pub error: ErrorBody,
    /// Who would be deactivated.
    pub deactivate: Vec<Person>,
    /// Active employees before the import.
    pub active: usize,
}

fn text(state: &AppState, message: &Message) -> String {
    message.render(&state.i18n, Locale::EN)
}

/// Imports a CSV file (columns email, name, department, locale, `external_id`).
#[utoipa::path(
    post,
    path = "/api/v1/employees/import",
    tag = "organisation",
    params(ImportQuery),
    request_body(content = String, content_type = "text/csv", description = "The CSV file, UTF-8, `,` or `;` separated, with a header row"),
    responses(
        (status = 200, description = "Applied", body = Summary),
        (status = 401, description = "No valid session or API key"),
        (status = 403, description = "Needs an `import` key or an HR admin"),
        (status = 409, description = "Would deactivate more than 20 % of the active employees; repeat with confirm_deactivation=true", body = ImportNeedsConfirmation),
        (status = 422, description = "Bad file or bad rows; nothing was written", body = ImportRejected)
    ),
    security(("api_key" = []), ("session" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn import(
    state: web::Data<AppState>,
    caller: ApiCaller,
    query: web::Query<ImportQuery>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Import)?;
    let options = Options {
        create_departments: query.create_departments.unwrap_or(false),
        confirm_deactivation: query.confirm_deactivation.unwrap_or(false),
        default_locale: state.settings.i18n.default_locale,
    };
    let response = match import::run(&state.db, &body, options, &Actor::from(&caller)).await? {
        Outcome::Applied(summary) => HttpResponse::Ok().json(summary),
        Outcome::FileRejected(message) => {
            HttpResponse::UnprocessableEntity().json(ImportRejected {
                error: ErrorBody {
                    code: "invalid_file".to_owned(),
                    message: text(&state, &message),
                },
                rows: vec![],
            })
        }
        Outcome::RowsRejected(problems) => {
            let rows: Vec<RowReason> = problems
                .iter()
                .map(|p| RowReason {
                    line: p.line,
                    reason: text(&state, &p.message),
                })
                .collect();
            let message = Message::new("import-rejected").number("count", rows.len());
            HttpResponse::UnprocessableEntity().json(ImportRejected {
                error: ErrorBody {
                    code: "invalid_rows".to_owned(),
                    message: text(&state, &message),
                },
                rows,
            })
        }
        Outcome::NeedsConfirmation { deactivate, active } => {
            let message = Message::new("import-needs-confirmation")
                .number("count", deactivate.len())
                .number("active", active);
            HttpResponse::Conflict().json(ImportNeedsConfirmation {
                error: ErrorBody {
                    code: "confirmation_required".to_owned(),
                    message: text(&state, &message),
                },
                deactivate,
                active,
            })
        }
    };
    Ok(response)
}
