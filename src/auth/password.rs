//! Password policy and argon2id hashing. Hashing runs on the blocking pool so it never stalls
//! the async workers.

use anyhow::{Context, anyhow};
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Argon2, PasswordHash};
use rand::Rng;
use rand::distr::Alphanumeric;
use secrecy::{ExposeSecret, SecretString};

/// Shortest password accepted for a staff account.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// A password that meets the policy, ready to be hashed.
pub struct NewPassword(SecretString);

impl NewPassword {
    /// Accepts passwords of at least `MIN_PASSWORD_CHARS` characters.
    pub fn parse(candidate: SecretString) -> Result<Self, String> {
        let length = candidate.expose_secret().chars().count();
        if length < MIN_PASSWORD_CHARS {
            return Err(format!(
                "the password must have at least {MIN_PASSWORD_CHARS} characters (it has {length})"
            ));
        }
        Ok(Self(candidate))
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
