//! Who the person is, read from an ID token whose signature and claims have been verified.

use openidconnect::{AdditionalClaims, GenderClaim, IdTokenClaims};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Every claim of the ID token beyond the standard ones, for the configured role claim.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ExtraClaims {
    #[serde(flatten)]
    claims: Map<String, Value>,
}

impl AdditionalClaims for ExtraClaims {}

/// A person as a provider vouches for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The provider's name in `auth.oidc.providers`.
    pub provider: String,
    /// The provider's stable id for the person (`sub`).
    pub subject: String,
    pub email: Option<String>,
    /// Whether the provider vouches for `email` (`email_verified`, or the provider's
    /// `assume_email_verified` setting).
    pub email_verified: bool,
    pub name: Option<String>,
    /// The values of `auth.oidc.role_claim`; `None` when no role claim is configured.
    pub role_values: Option<Vec<String>>,
}

impl Identity {
    /// Reads the identity out of verified claims.
    pub fn from_claims<G: GenderClaim>(
        provider: &str,
        claims: &IdTokenClaims<ExtraClaims, G>,
        role_claim: &str,
        assume_email_verified: bool,
    ) -> Self {
        let email = claims
            .email()
            .map(|email| email.as_str().trim().to_lowercase());
        let name = claims
            .name()
            .and_then(|name| name.get(None))
            .map(|name| name.as_str().trim().to_owned())
            .or_else(|| {
                claims
                    .preferred_username()
                    .map(|name| name.as_str().trim().to_owned())
            })
            .filter(|name| !name.is_empty());
        Self {
            provider: provider.to_owned(),
            subject: claims.subject().as_str().to_owned(),
            email,
            email_verified: assume_email_verified || claims.email_verified().unwrap_or(false),
            name,
            role_values: (!role_claim.is_empty())
                .then(|| claim_values(&claims.additional_claims().claims, role_claim)),
        }
    }
}

/// The string values of claim `name`: the claim itself when the token has one of that exact
/// name (`groups`, or a URL-like name), else the dotted path (`realm_access.roles`). A single
/// string counts as a list of one; anything else is ignored.
fn claim_values(claims: &Map<String, Value>, name: &str) -> Vec<String> {
    let found = claims.get(name).or_else(|| {
        let mut parts = name.split('.');
        let first = claims.get(parts.next()?)?;
        parts.try_fold(first, |value, part| value.get(part))
    });
    match found {
        Some(Value::String(value)) => vec![value.clone()],
        Some(Value::Array(values)) => values
            .iter()
            .filter_map(|value| value.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::claim_values;
    use serde_json::json;

    #[test]
    fn role_claims_are_read_by_name_or_by_dotted_path() {
        let claims = json!({
            "groups": ["hr", "it-leads", 7],
            "realm_access": {"roles": ["viewer"]},
            "https://example.com/role": "hr",
            "single": "one",
        });
        let claims = claims.as_object().cloned().unwrap_or_default();
        assert_eq!(claim_values(&claims, "groups"), ["hr", "it-leads"]);
        assert_eq!(claim_values(&claims, "realm_access.roles"), ["viewer"]);
        assert_eq!(claim_values(&claims, "https://example.com/role"), ["hr"]);
        assert_eq!(claim_values(&claims, "single"), ["one"]);
        assert!(claim_values(&claims, "missing").is_empty());
        assert!(claim_values(&claims, "realm_access").is_empty());
    }
}
