//! A ballot: everything one submission says, as it is sealed. `seal` encodes it compactly,
//! pads it to `PLAINTEXT_LEN` and encrypts it under the current sealing key with a random
//! 192-bit nonce, so every sealed record is exactly `SEALED_LEN` bytes whatever it holds;
//! `open` reverses that with the key the record names.

use super::key_file::{SealingKey, SealingKeys};
use chacha20poly1305::XNonce;
use chacha20poly1305::aead::Aead;
use chacha20poly1305::aead::Payload;
use rand::RngCore;
use serde::{Deserialize, Serialize};

/// Length of every sealed record: nonce, encrypted padded ballot, authentication tag.
pub const SEALED_LEN: usize = 12 * 1024;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Length of the padded plaintext inside every record.
pub const PLAINTEXT_LEN: usize = SEALED_LEN - NONCE_LEN - TAG_LEN;
/// Bytes in front of the encoded ballot that give its length.
const LENGTH_PREFIX: usize = 4;
/// Associated data of every record: a record of another format never opens as a ballot.
const CONTEXT: &[u8] = b"innerpulse sealed ballot v1";

/// The answers of one submission, as sealed: nothing in it names the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    /// The questionnaire version answered.
    pub questionnaire_id: i32,
    /// The respondent's department when answering.
    pub customer_department_id: i32,
    /// One section per relationship answered about.
    pub sections: Vec<BallotSection>,
}

/// The answers about one relationship.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotSection {
    /// The relationship.
    pub relationship_id: i32,
    /// "I haven't used this service recently".
    pub not_applicable: bool,
    /// The answers given (none when not applicable).
    pub answers: Vec<BallotAnswer>,
}

/// One answered question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotAnswer {
    /// The question.
    pub question_id: i32,
    /// A number (rating, score, option, yes/no) or a text.
    pub value: BallotValue,
    /// For a comment: the SHA-256 of its conversation link's token, so the conversation can be
    /// opened once the comment is released.
    pub conversation: Option<[u8; 32]>,
}

/// The value of an answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BallotValue {
    /// Rating, recommend, yes/no (1/0) or option index.
    Number(i32),
    /// Comment or thanks.
    Text(String),
}

/// A sealed ballot ready to store: the id of the key that sealed it and `SEALED_LEN` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    /// Id of the sealing key.
    pub key_id: String,
    /// Nonce, ciphertext and tag.
    pub bytes: Vec<u8>,
}

/// Why a ballot could not be sealed or opened.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    /// The ballot does not fit in one record (too much text).
    #[error("the submission is too large to seal ({0} bytes encoded, {max} at most)", max = PLAINTEXT_LEN - LENGTH_PREFIX)]
    TooLarge(usize),
    /// The record names a key that is not configured.
    #[error(
        "it was sealed with key {0}, which is not in the configured sealing keys (security.sealing_key_file)"
    )]
    UnknownKey(String),
    /// The record does not open with its key: tampered with, or a different key of that id.
    #[error("it does not open with key {0}: the record or the key is not the one that sealed it")]
    Damaged(String),
}

impl Ballot {
    /// Seals the ballot under the current key of `keys`.
    pub fn seal(&self, keys: &SealingKeys) -> Result<Sealed, SealError> {
        let encoded = postcard::to_allocvec(self).map_err(|_| SealError::TooLarge(usize::MAX))?;
        if encoded.len() > PLAINTEXT_LEN - LENGTH_PREFIX {
            return Err(SealError::TooLarge(encoded.len()));
        }
        let mut plaintext = vec![0u8; PLAINTEXT_LEN];
        let length =
            u32::try_from(encoded.len()).map_err(|_| SealError::TooLarge(encoded.len()))?;
        plaintext[..LENGTH_PREFIX].copy_from_slice(&length.to_le_bytes());
        plaintext[LENGTH_PREFIX..LENGTH_PREFIX + encoded.len()].copy_from_slice(&encoded);
        let key = keys.current();
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = key
            .cipher()
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &plaintext,
                    aad: CONTEXT,
                },
            )
            .map_err(|_| SealError::Damaged(key.id().to_owned()))?;
        let mut bytes = Vec::with_capacity(SEALED_LEN);
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&ciphertext);
        Ok(Sealed {
            key_id: key.id().to_owned(),
            bytes,
        })
    }

    /// Opens a record sealed with the key `key_id`.
    pub fn open(keys: &SealingKeys, key_id: &str, bytes: &[u8]) -> Result<Self, SealError> {
        let key: &SealingKey = keys
            .find(key_id)
            .ok_or_else(|| SealError::UnknownKey(key_id.to_owned()))?;
        let damaged = || SealError::Damaged(key_id.to_owned());
        if bytes.len() != SEALED_LEN {
            return Err(damaged());
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| damaged())?;
        let plaintext = key
            .cipher()
            .decrypt(
                &nonce,
                Payload {
                    msg: ciphertext,
                    aad: CONTEXT,
                },
            )
            .map_err(|_| damaged())?;
        let mut length = [0u8; LENGTH_PREFIX];
        length.copy_from_slice(plaintext.get(..LENGTH_PREFIX).ok_or_else(damaged)?);
        let length = usize::try_from(u32::from_le_bytes(length)).map_err(|_| damaged())?;
        let encoded = plaintext
            .get(LENGTH_PREFIX..LENGTH_PREFIX + length)
            .ok_or_else(damaged)?;
        postcard::from_bytes(encoded).map_err(|_| damaged())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> SealingKeys {
        SealingKeys::parse(&SealingKeys::generate_line()).unwrap()
    }

    fn ballot(comment: &str) -> Ballot {
        Ballot {
            questionnaire_id: 3,
            customer_department_id: 7,
            sections: vec![
                BallotSection {
                    relationship_id: 11,
                    not_applicable: false,
                    answers: vec![
                        BallotAnswer {
                            question_id: 1,
                            value: BallotValue::Number(4),
                            conversation: None,
                        },
                        BallotAnswer {
                            question_id: 2,
                            value: BallotValue::Text(comment.to_owned()),
                            conversation: Some([9; 32]),
                        },
                    ],
                },
                BallotSection {
                    relationship_id: 12,
                    not_applicable: true,
                    answers: vec![],
                },
            ],
        }
    }

    #[test]
    fn a_sealed_ballot_opens_to_the_same_ballot_with_its_key() {
        let keys = keys();
        let original = ballot("Tickets wait too long — Ещё раз 🙂");
        let sealed = original.seal(&keys).unwrap();
        assert_eq!(sealed.key_id, keys.current().id());
        assert_eq!(
            Ballot::open(&keys, &sealed.key_id, &sealed.bytes).unwrap(),
            original
        );
    }

    #[test]
    fn every_sealed_record_has_the_same_length_whatever_it_holds() {
        let keys = keys();
        let short = ballot("").seal(&keys).unwrap();
        let long = ballot(&"ж".repeat(2000)).seal(&keys).unwrap();
        assert_eq!(short.bytes.len(), SEALED_LEN);
        assert_eq!(long.bytes.len(), SEALED_LEN);
    }

    #[test]
    fn the_same_ballot_sealed_twice_gives_different_bytes() {
        let keys = keys();
        let one = ballot("same").seal(&keys).unwrap();
        let two = ballot("same").seal(&keys).unwrap();
        assert_ne!(one.bytes, two.bytes);
    }

    #[test]
    fn the_longest_text_a_submission_may_carry_fits_in_one_record_in_any_script() {
        let keys = keys();
        let mut full = ballot(&"🙂".repeat(crate::survey::submission::MAX_SUBMISSION_TEXT_CHARS));
        full.sections[1] = full.sections[0].clone();
        full.sections[1].answers[1].value = BallotValue::Text(String::new());
        assert!(full.seal(&keys).is_ok());
    }

    #[test]
    fn a_ballot_too_large_for_one_record_is_refused() {
        let keys = keys();
        let error = ballot(&"x".repeat(PLAINTEXT_LEN)).seal(&keys).unwrap_err();
        assert!(matches!(error, SealError::TooLarge(_)));
    }

    #[test]
    fn a_record_does_not_open_without_its_key_or_once_altered() {
        let keys = keys();
        let sealed = ballot("secret").seal(&keys).unwrap();
        let other = self::keys();
        assert_eq!(
            Ballot::open(&other, &sealed.key_id, &sealed.bytes).unwrap_err(),
            SealError::UnknownKey(sealed.key_id.clone())
        );
        let mut altered = sealed.bytes.clone();
        altered[100] ^= 1;
        assert_eq!(
            Ballot::open(&keys, &sealed.key_id, &altered).unwrap_err(),
            SealError::Damaged(sealed.key_id.clone())
        );
        assert!(
            !String::from_utf8_lossy(&sealed.bytes).contains("secret"),
            "the text must not be readable in the record"
        );
    }

    #[test]
    fn a_rotated_key_still_opens_what_it_sealed() {
        let old_line = SealingKeys::generate_line();
        let new_line = SealingKeys::generate_line();
        let before = SealingKeys::parse(&old_line).unwrap();
        let sealed = ballot("before rotation").seal(&before).unwrap();
        let after = SealingKeys::parse(&format!("{new_line}\n{old_line}\n")).unwrap();
        assert_ne!(after.current().id(), sealed.key_id);
        assert_eq!(
            Ballot::open(&after, &sealed.key_id, &sealed.bytes).unwrap(),
            ballot("before rotation")
        );
        assert_eq!(after.ids().len(), 2);
    }
}
