//! The one application error. Handlers return `Result<_, AppError>`; the status of every
//! variant is chosen here, and `web::error_pages` turns it into an HTML page or, under `/api`,
//! JSON `{ "error": { "code", "message" } }`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

/// Everything a request can fail with.
#[derive(thiserror::Error, Debug)]
pub enum AppError {
    /// Input was understood but is not acceptable (422).
    #[error("{0}")]
    Validation(String),
    /// The thing asked for does not exist, or is not visible to the caller (404).
    #[error("not found")]
    NotFound,
    /// No valid login or API key (401).
    #[error("authentication required")]
    Unauthorized,
    /// Logged in, but this role may not do this (403).
    #[error("you are not allowed to do this")]
    Forbidden,
    /// The request clashes with the current state (409).
    #[error("{0}")]
    Conflict(String),
    /// The thing existed but is no longer available (410).
    #[error("no longer available")]
    Gone,
    /// Too many attempts; try again later (429).
    #[error("{0}")]
    TooManyRequests(String),
    /// The form's CSRF token is missing or stale (403, shown as an expired form).
    #[error("the form has expired; reload the page and try again")]
    Csrf,
    /// A dependency (usually the database) is unavailable (503).
    #[error("{0}")]
    Unavailable(String),
    /// Anything else; logged with its cause, shown without details (500).
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl AppError {
    /// A short stable code for API clients and templates.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Validation(_) => "validation_failed",
            AppError::NotFound => "not_found",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::Conflict(_) => "conflict",
            AppError::Gone => "gone",
            AppError::TooManyRequests(_) => "too_many_requests",
            AppError::Csrf => "csrf_failed",
            AppError::Unavailable(_) => "unavailable",
            AppError::Unexpected(_) => "internal_error",
        }
    }

    /// The message shown to the caller; internal causes are never shown.
    pub fn public_message(&self) -> String {
        match self {
            AppError::Unexpected(_) => "something went wrong on our side".to_owned(),
            other => other.to_string(),
        }
    }
}

/// What `web::error_pages` needs to render an error response, carried in its extensions.
#[derive(Clone, Debug)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub message: String,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Gone => StatusCode::GONE,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Unexpected(cause) = self {
            tracing::error!(error.cause_chain = ?cause, "request failed");
        }
        let mut response = HttpResponse::new(self.status_code());
        response.extensions_mut().insert(ErrorInfo {
            code: self.code(),
            message: self.public_message(),
        });
        response
    }
}

/// Shorthand for handler results.
pub type AppResult<T> = Result<T, AppError>;
