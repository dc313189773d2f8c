//! Email addresses as the organisation's identifiers of people.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A syntactically valid email address, stored lowercase so it is unique however it was typed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Accepts `local@domain` with the checks of lettre's address parser, lowercased and trimmed.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim().to_lowercase();
        if trimmed.is_empty() {
            return Err("email address is empty".to_owned());
        }
        if trimmed.chars().count() > 254 {
            return Err("email address is longer than 254 characters".to_owned());
        }
        trimmed
            .parse::<lettre::Address>()
            .map_err(|_| format!("`{}` is not a valid email address", raw.trim()))?;
        Ok(Self(trimmed))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        EmailAddress::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_trimmed_and_lowercased() {
        let email = EmailAddress::parse("  Ana.Lopez@Example.COM ").unwrap();
        assert_eq!(email.as_str(), "ana.lopez@example.com");
    }

    #[test]
    fn malformed_addresses_are_rejected() {
        for bad in ["", "no-at-sign", "two@@example.com", "a@", "@example.com"] {
            assert!(
                EmailAddress::parse(bad).is_err(),
                "{bad} should be rejected"
            );
        }
    }
}
