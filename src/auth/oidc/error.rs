//! Every way a single sign-on can fail, with the page a person sees for it. None is a 500: each
//! names something the person (or their IT team) can act on. The `Display` text is for the
//! log and never holds a token.

use actix_web::http::StatusCode;

/// Why a sign-in through a provider did not end in a session.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error("no identity provider of that name is configured")]
    UnknownProvider,
    #[error("the identity provider cannot be reached: {0}")]
    Unreachable(String),
    #[error("the person cancelled the sign-in at the provider")]
    Cancelled,
    #[error("the sign-in attempt is unknown, expired, used already or from another browser")]
    Expired,
    #[error("the provider's answer was refused: {0}")]
    Refused(String),
    #[error("the provider has not verified the person's email address")]
    UnverifiedEmail,
    #[error("no innerpulse account matches this person")]
    NoAccount { email: String },
    #[error("the person's role claim maps to no innerpulse role")]
    NoRole,
    #[error("the matching innerpulse account is deactivated")]
    Inactive,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl SignInError {
    /// The message id of the page's explanation (`templates/locales/*/sso.ftl`).
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::UnknownProvider => "sso-error-unknown-provider",
            Self::Unreachable(_) => "sso-error-unreachable",
            Self::Cancelled => "sso-error-cancelled",
            Self::Expired => "sso-error-expired",
            Self::Refused(_) | Self::Internal(_) => "sso-error-refused",
            Self::UnverifiedEmail => "sso-error-unverified-email",
            Self::NoAccount { .. } => "sso-error-no-account",
            Self::NoRole => "sso-error-no-role",
            Self::Inactive => "sso-error-inactive",
        }
    }

    /// The page's status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::UnknownProvider => StatusCode::NOT_FOUND,
            Self::Unreachable(_) => StatusCode::BAD_GATEWAY,
            Self::Cancelled | Self::Expired | Self::Refused(_) => StatusCode::BAD_REQUEST,
            Self::UnverifiedEmail | Self::NoAccount { .. } | Self::NoRole | Self::Inactive => {
                StatusCode::FORBIDDEN
            }
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}
