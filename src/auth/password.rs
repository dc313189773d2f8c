//! Password policy and argon2id hashing. Hashing runs on the blocking pool so it never stalls
//! the async workers; `PasswordChecks` bounds how many checks of submitted passwords run at
//! once (each takes about 19 MiB), so a flood of logins cannot exhaust memory.

use anyhow::{Context, anyhow};
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Argon2, PasswordHash};
use rand::Rng;
use rand::distr::Alphanumeric;
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Shortest password accepted for a staff account.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Why a chosen password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordError {
    /// Fewer than `MIN_PASSWORD_CHARS` characters.
    TooShort { length: usize },
    /// On the list of the most common passwords.
    TooCommon,
    /// The repeated password differs from the first.
    Mismatch,
}

impl PasswordError {
    /// The Fluent id of the message shown next to the password field (`$min` for too short).
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordError::TooShort { .. } => "password-too-short",
            PasswordError::TooCommon => "password-too-common",
            PasswordError::Mismatch => "password-mismatch",
        }
    }
}

impl std::fmt::Display for PasswordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PasswordError::TooShort { length } => write!(
                f,
                "the password must have at least {MIN_PASSWORD_CHARS} characters (it has {length})"
            ),
            PasswordError::TooCommon => {
                f.write_str("the password is among the most common passwords; choose another one")
            }
            PasswordError::Mismatch => f.write_str("the two passwords do not match"),
        }
    }
}

impl std::error::Error for PasswordError {}

/// A password that meets the policy, ready to be hashed.
pub struct NewPassword(SecretString);

impl NewPassword {
    /// Accepts passwords of at least `MIN_PASSWORD_CHARS` characters that are not among the
    /// most common passwords (compared case-insensitively).
    pub fn parse(candidate: SecretString) -> Result<Self, PasswordError> {
        let length = candidate.expose_secret().chars().count();
        if length < MIN_PASSWORD_CHARS {
            return Err(PasswordError::TooShort { length });
        }
        if super::common_passwords::is_common(candidate.expose_secret()) {
            return Err(PasswordError::TooCommon);
        }
        Ok(Self(candidate))
    }

    /// Like `parse`, for a form that asks for the password twice: both entries must match.
    pub fn parse_confirmed(candidate: SecretString, repeated: &str) -> Result<Self, PasswordError> {
        let password = Self::parse(candidate)?;
        if password.0.expose_secret() != repeated {
            return Err(PasswordError::Mismatch);
        }
        Ok(password)
    }

    /// The password itself, for hashing.
    pub fn into_secret(self) -> SecretString {
        self.0
    }
}

/// A random 20-character alphanumeric password (~119 bits).
pub fn generate_password() -> SecretString {
    let text: String = rand::rng()
        .sample_iter(&Alphanumeric)
        .take(20)
        .map(char::from)
        .collect();
    SecretString::from(text)
}

/// At most `security.max_concurrent_password_checks` password checks at once. A check waits
/// up to [`PasswordChecks::WAIT`] for its turn; after that the caller answers 429.
#[derive(Clone, Debug)]
pub struct PasswordChecks {
    permits: Arc<Semaphore>,
}

impl PasswordChecks {
    /// How long a check waits for a free slot before giving up.
    pub const WAIT: Duration = Duration::from_secs(2);

    /// Room for `max` checks at once (at least one).
    pub fn new(max: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(max.max(1))),
        }
    }

    /// A slot for one check, held until the permit is dropped; `None` when no slot freed up
    /// within [`Self::WAIT`].
    pub async fn permit(&self) -> Option<OwnedSemaphorePermit> {
        tokio::time::timeout(Self::WAIT, self.permits.clone().acquire_owned())
            .await
            .ok()?
            .ok()
    }
}

/// Hashes with argon2id and a random salt (PHC string format).
pub async fn hash_password(password: SecretString) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.expose_secret().as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow!("Failed to hash a password: {e}"))
    })
    .await
    .context("Password hashing task failed")?
}

/// True when `password` matches `hash`. A malformed hash counts as no match.
pub async fn verify_password(password: SecretString, hash: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let Ok(parsed) = PasswordHash::new(&hash) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.expose_secret().as_bytes(), &parsed)
            .is_ok()
    })
    .await
    .context("Password verification task failed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passwords_are_refused() {
        assert!(NewPassword::parse(SecretString::from("elevenchars")).is_err());
        assert!(NewPassword::parse(SecretString::from("twelve chars")).is_ok());
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(
            NewPassword::parse(SecretString::from("Password1234")).err(),
            Some(PasswordError::TooCommon)
        );
    }

    #[test]
    fn a_repeated_password_must_match() {
        let attempt = NewPassword::parse_confirmed(
            SecretString::from("violet tractor moons"),
            "violet tractor moon",
        );
        assert_eq!(attempt.err(), Some(PasswordError::Mismatch));
    }

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_nothing_else() {
        let hash = hash_password(SecretString::from("correct horse battery"))
            .await
            .unwrap();
        assert!(
            verify_password(SecretString::from("correct horse battery"), hash.clone())
                .await
                .unwrap()
        );
        assert!(
            !verify_password(SecretString::from("wrong horse battery"), hash)
                .await
                .unwrap()
        );
    }
}
