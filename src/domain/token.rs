//! Secret tokens for capability links (survey, conversation, invite/reset) and API keys:
//! 256 random bits shown once, and only their SHA-256 hash is ever stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Length of an encoded token: 32 bytes in unpadded base64url.
pub const TOKEN_CHARS: usize = 43;

/// A secret token as given to its holder (in a link or an API key).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl SecretToken {
    /// 256 bits from the operating system's random source.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Accepts exactly the shape `generate` produces; anything else cannot be a valid token.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let valid = raw.len() == TOKEN_CHARS
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && URL_SAFE_NO_PAD
                .decode(raw)
                .is_ok_and(|bytes| bytes.len() == 32);
        if valid {
            Ok(Self(raw.to_owned()))
        } else {
            Err("not a valid token".to_owned())
        }
    }

    /// The token text, for building the link once.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Hex SHA-256 of the token: what the database stores and looks up.
    pub fn hash(&self) -> String {
        hash_hex(self.0.as_bytes())
    }

    /// The SHA-256 of the token as raw bytes (`hash` is its hex form).
    pub fn hash_bytes(&self) -> [u8; 32] {
        Sha256::digest(self.0.as_bytes()).into()
    }
}

impl std::fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretToken(***)")
    }
}

/// Hex SHA-256 of arbitrary bytes.
pub fn hash_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_parse_back_and_differ() {
        let a = SecretToken::generate();
        let b = SecretToken::generate();
        assert_ne!(a, b);
        assert_eq!(SecretToken::parse(a.expose()).unwrap(), a);
        assert_eq!(a.hash().len(), 64);
    }

    #[test]
    fn malformed_tokens_are_rejected() {
        for bad in [
            "",
            "short",
            &"a".repeat(44),
            &format!("{}!", "a".repeat(42)),
        ] {
            assert!(SecretToken::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn debug_output_never_shows_the_token() {
        let token = SecretToken::generate();
        assert!(!format!("{token:?}").contains(token.expose()));
    }
}
