//! Opaque handles for thanks answers. A URL or form must never carry a response id (it would
//! tie the thanks to the person's other answers), so a thanks answer is named by
//! `hex(HMAC-SHA256(key, response_id ":" question_id))[..32]` under a key derived from
//! `security.handle_key` (used for nothing else): stable, unguessable, and different for two answers of one response.

use crate::config::SecuritySettings;
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use sha2::Sha256;
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

/// Length of a handle in hex characters (128 bits).
pub const HANDLE_CHARS: usize = 32;

/// Computes handles with the server's secret.
#[derive(Clone)]
pub struct ThanksHandles {
    key: Vec<u8>,
}

impl ThanksHandles {
    /// The handle key, derived from `security.handle_key`.
    pub fn new(security: &SecuritySettings) -> Self {
        Self {
            key: mac(
                security.handle_key.expose_secret().as_bytes(),
                b"innerpulse thanks handles",
            ),
        }
    }

    /// The handle of the answer (`response_id`, `question_id`).
    pub fn handle(&self, response_id: Uuid, question_id: i32) -> String {
        let digest = mac(
            &self.key,
            format!("{}:{question_id}", response_id.simple()).as_bytes(),
        );
        let mut text = hex::encode(digest);
        text.truncate(HANDLE_CHARS);
        text
    }

    /// Whether `raw` has the shape of a handle (checked before any lookup).
    pub fn is_well_formed(raw: &str) -> bool {
        raw.len() == HANDLE_CHARS
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }
}

fn mac(key: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = HmacSha256::new_from_slice(key) else {
        unreachable!("HMAC-SHA256 takes keys of any length")
    };
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handles(secret: &str) -> ThanksHandles {
        ThanksHandles {
            key: mac(secret.as_bytes(), b"innerpulse thanks handles"),
        }
    }

    #[test]
    fn handles_are_stable_and_differ_per_answer_of_one_response() {
        let h = handles("secret");
        let response = Uuid::new_v4();

        let a = h.handle(response, 1);

        assert_eq!(a, h.handle(response, 1));
        assert_ne!(a, h.handle(response, 2));
        assert!(ThanksHandles::is_well_formed(&a));
        assert!(!a.contains(&response.simple().to_string()[..8]));
    }

    #[test]
    fn another_secret_gives_other_handles() {
        let response = Uuid::new_v4();

        assert_ne!(
            handles("one").handle(response, 1),
            handles("two").handle(response, 1)
        );
    }

    #[test]
    fn malformed_handles_are_recognised() {
        assert!(!ThanksHandles::is_well_formed("xyz"));
        assert!(!ThanksHandles::is_well_formed(&"A".repeat(HANDLE_CHARS)));
    }
}
