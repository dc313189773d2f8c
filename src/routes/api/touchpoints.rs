//! `POST /api/v1/touchpoints`: an integration (API key with scope `touchpoint`) asks one
//! employee about one relationship right after an interaction.

use crate::auth::{ApiKeyCaller, Scope};
use crate::domain::EmailAddress;
use crate::domain::text;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::programme::touchpoints::EmployeeKey;
use crate::waves::touchpoint::{self, MAX_CONTEXT_CHARS, Outcome, Skipped, Touchpoint};
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A touchpoint. Name the employee by `employee_email` or by `employee_external_id` (exactly
/// one of them).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TouchpointRequest {
    /// The employee's email address.
    #[schema(example = "ana@example.com")]
    pub employee_email: Option<String>,
    /// The employee's key in the HRIS.
    pub employee_external_id: Option<String>,
    /// The relationship (service) to ask about.
    pub relationship_id: i32,
    /// Shown in the email, e.g. "ticket #4711 closed" (at most 120 characters).
    pub context_label: Option<String>,
    /// Ask only this share (1–100) of the touchpoints reported; the others are skipped with
    /// `not_sampled`. Omit to ask every time.
    #[schema(minimum = 1, maximum = 100)]
    pub sample_percent: Option<u8>,
}

/// What happened. A created touchpoint's link stays valid for 14 days.
#[derive(Serialize, ToSchema)]
pub struct TouchpointResponse {
    /// True when an invitation was created.
    pub created: bool,
    /// True when its email was handed to the mail server already; otherwise the scheduler
    /// delivers it (with retries).
    pub delivered: bool,
    /// Why nothing was created: `repeat_interval`, `not_sampled`, `inactive_employee` or
    /// `inactive_relationship`.
    #[schema(value_type = Option<String>, example = "repeat_interval")]
    pub skipped: Option<Skipped>,
}

impl TryFrom<TouchpointRequest> for Touchpoint {
    type Error = AppError;

    fn try_from(request: TouchpointRequest) -> Result<Self, Self::Error> {
        let employee = match (request.employee_email, request.employee_external_id) {
            (Some(email), None) => EmployeeKey::Email(
                EmailAddress::parse(&email)
                    .map_err(AppError::Validation)?
                    .as_str()
                    .to_owned(),
            ),
            (None, Some(id)) if !id.trim().is_empty() => {
                EmployeeKey::ExternalId(id.trim().to_owned())
            }
            _ => {
                return Err(AppError::Validation(
                    "give exactly one of employee_email and employee_external_id".to_owned(),
                ));
            }
        };
        let context_label = text::optional_single_line(
            request.context_label.as_deref().unwrap_or(""),
            MAX_CONTEXT_CHARS,
        )
        .map_err(|error| {
            AppError::Validation(error.describe("context_label", MAX_CONTEXT_CHARS))
        })?;
        if request
            .sample_percent
            .is_some_and(|p| !(1..=100).contains(&p))
        {
            return Err(AppError::Validation(
                "sample_percent must be between 1 and 100".to_owned(),
            ));
        }
        Ok(Touchpoint {
            employee,
            relationship_id: request.relationship_id,
            context_label,
            sample_percent: request.sample_percent,
        })
    }
}

/// `POST /api/v1/touchpoints`
#[utoipa::path(
    post,
    path = "/api/v1/touchpoints",
    tag = "touchpoints",
    request_body = TouchpointRequest,
    responses(
        (status = 201, description = "Invitation created and emailed (or queued)", body = TouchpointResponse),
        (status = 200, description = "Skipped: see `skipped`", body = TouchpointResponse),
        (status = 401, description = "Missing, unknown or revoked API key"),
        (status = 403, description = "The key lacks the `touchpoint` scope"),
        (status = 404, description = "Unknown employee or relationship"),
        (status = 422, description = "Invalid request body"),
    ),
    security(("api_key" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiKeyCaller,
    body: web::Json<TouchpointRequest>,
) -> AppResult<HttpResponse> {
    caller.require(Scope::Touchpoint)?;
    let touchpoint = Touchpoint::try_from(body.into_inner())?;
    let response = match touchpoint::trigger(&state, touchpoint).await? {
        Outcome::Created { delivered } => HttpResponse::Created().json(TouchpointResponse {
            created: true,
            delivered,
            skipped: None,
        }),
        Outcome::Skipped(reason) => HttpResponse::Ok().json(TouchpointResponse {
            created: false,
            delivered: false,
            skipped: Some(reason),
        }),
    };
    Ok(response)
}
