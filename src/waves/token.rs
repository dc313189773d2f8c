//! Survey tokens, derived instead of stored. The database keeps only `sha256(token)`
//! (`invitation.token_hash`), yet the invitation and every reminder must carry the link, so
//! the token is an HMAC of the invitation's identity under a key derived from
//! `security.survey_link_key`:
//!
//! `token = base64url(HMAC-SHA256(key, "innerpulse-survey-v1:" + kind + ":" + wave_id or "-" +
//! ":" + employee_id + ":" + created_at as RFC 3339 with nanoseconds))`, with
//! `key = HMAC-SHA256(survey_link_key, "innerpulse survey tokens")`.
//!
//! 256 bits, unguessable without the server secret, re-derivable for each reminder, and a copy
//! of the database alone cannot produce them. The key does nothing else: whoever learns the
//! session secret cannot derive a link, and rotating it leaves links working. Rotating this
//! key leaves links already sent working (the survey page looks them up by hash), but the
//! reminders of open waves would carry links that no longer match: rotate between waves.

use crate::config::SecuritySettings;
use crate::domain::SecretToken;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, DurationRound, SecondsFormat, TimeDelta, Utc};
use entity::invitation::InvitationKind;
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// What identifies an invitation for its token; all of it is stored in the `invitation` row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenInput {
    /// Wave or touchpoint.
    pub kind: InvitationKind,
    /// The wave; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// The invited employee.
    pub employee_id: i32,
    /// The invitation's `created_at`, as stored (see [`storable_now`]).
    pub created_at: DateTime<Utc>,
}

impl From<&entity::invitation::Model> for TokenInput {
    fn from(row: &entity::invitation::Model) -> Self {
        Self {
            kind: row.kind,
            wave_id: row.wave_id,
            employee_id: row.employee_id,
            created_at: row.created_at,
        }
    }
}

/// The current time cut to microseconds: what both PostgreSQL and SQLite store unchanged, so
/// the `created_at` read back derives the same token as the one written.
pub fn storable_now() -> DateTime<Utc> {
    let now = Utc::now();
    now.duration_trunc(TimeDelta::microseconds(1))
        .unwrap_or(now)
}

/// The survey token of an invitation (see the module documentation for the construction).
pub fn survey_token(security: &SecuritySettings, input: &TokenInput) -> SecretToken {
    let key = mac(
        security.survey_link_key.expose_secret().as_bytes(),
        b"innerpulse survey tokens",
    );
    let kind = match input.kind {
        InvitationKind::Wave => "wave",
        InvitationKind::Touchpoint => "touchpoint",
    };
    let wave = input
        .wave_id
        .map_or_else(|| "-".to_owned(), |id| id.to_string());
    let message = format!(
        "innerpulse-survey-v1:{kind}:{wave}:{}:{}",
        input.employee_id,
        input.created_at.to_rfc3339_opts(SecondsFormat::Nanos, true)
    );
    let digest = mac(&key, message.as_bytes());
    // 32 bytes in unpadded base64url is exactly the shape `SecretToken::parse` accepts.
    match SecretToken::parse(&URL_SAFE_NO_PAD.encode(digest)) {
        Ok(token) => token,
        Err(_) => unreachable!("an HMAC-SHA256 digest is 32 bytes"),
    }
}

fn mac(key: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    let Ok(mut mac) = HmacSha256::new_from_slice(key) else {
        unreachable!("HMAC takes keys of any length")
    };
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;
    use secrecy::SecretString;

    pub(crate) fn security(secret: &str) -> SecuritySettings {
        SecuritySettings {
            jwt_secret: SecretString::from("a-session-secret-that-plays-no-part-here".to_owned()),
            jwt_secret_file: String::new(),
            survey_link_key: SecretString::from(secret.to_owned()),
            survey_link_key_file: String::new(),
            handle_key: SecretString::from(String::new()),
            handle_key_file: String::new(),
            rotation_key: SecretString::from(String::new()),
            rotation_key_file: String::new(),
            sealing_key: SecretString::from(String::new()),
            sealing_key_file: String::new(),
            cookie_secure: false,
            session_hours: 12,
            allow_insecure_http: false,
            max_concurrent_password_checks: 4,
        }
    }

    fn input() -> TokenInput {
        TokenInput {
            kind: InvitationKind::Wave,
            wave_id: Some(7),
            employee_id: 42,
            created_at: Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
                + TimeDelta::microseconds(123_456),
        }
    }

    #[test]
    fn the_same_invitation_always_derives_the_same_valid_token() {
        let settings = security("a-secret-that-is-long-enough-0123456789");

        let first = survey_token(&settings, &input());
        let again = survey_token(&settings, &input());

        assert_eq!(first, again);
        assert_eq!(SecretToken::parse(first.expose()).unwrap(), first);
        assert_eq!(first.hash().len(), 64);
    }

    #[test]
    fn another_employee_wave_kind_time_or_secret_gives_another_token() {
        let settings = security("a-secret-that-is-long-enough-0123456789");
        let base = survey_token(&settings, &input());
        let variants = [
            TokenInput {
                employee_id: 43,
                ..input()
            },
            TokenInput {
                wave_id: Some(8),
                ..input()
            },
            TokenInput {
                kind: InvitationKind::Touchpoint,
                wave_id: None,
                ..input()
            },
            TokenInput {
                created_at: input().created_at + TimeDelta::microseconds(1),
                ..input()
            },
        ];
        for variant in variants {
            assert_ne!(survey_token(&settings, &variant), base, "{variant:?}");
        }
        let rotated = security("another-secret-that-is-long-enough-987654");
        assert_ne!(survey_token(&rotated, &input()), base);
    }

    #[test]
    fn the_session_secret_neither_derives_survey_tokens_nor_changes_them() {
        let settings = security("a-survey-link-key-that-is-long-enough-01");
        let mut rotated = settings.clone();
        rotated.jwt_secret =
            SecretString::from("a-new-session-secret-after-rotation-01".to_owned());
        let mut session_as_link_key = settings.clone();
        session_as_link_key.survey_link_key = settings.jwt_secret.clone();

        let token = survey_token(&settings, &input());

        assert_eq!(survey_token(&rotated, &input()), token);
        assert_ne!(survey_token(&session_as_link_key, &input()), token);
    }

    #[test]
    fn storable_times_have_no_nanoseconds_left() {
        assert_eq!(storable_now().timestamp_subsec_nanos() % 1000, 0);
    }
}
