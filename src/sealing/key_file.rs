//! The sealing keys: 256-bit keys kept outside the database, one per line of the key file
//! (64 hexadecimal digits each, `#` starts a comment). The first key seals new submissions;
//! every key listed opens what it sealed, so a rotated key stays listed until the records it
//! sealed have been released. A record names its key by id: the first 8 bytes of the key's
//! SHA-256, which identify the key without revealing it.

use chacha20poly1305::aead::KeyInit;
use chacha20poly1305::{Key, XChaCha20Poly1305};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::fmt;

/// One sealing key and the cipher built from it.
#[derive(Clone)]
pub struct SealingKey {
    id: String,
    cipher: XChaCha20Poly1305,
}

impl SealingKey {
    /// Builds the key from its 32 bytes.
    fn from_bytes(bytes: [u8; 32]) -> Self {
        let id = hex::encode(&Sha256::digest(bytes)[..8]);
        Self {
            id,
            cipher: XChaCha20Poly1305::new(&Key::from(bytes)),
        }
    }

    /// The key's public id, stored with every record it seals.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The AEAD cipher of this key.
    pub(super) fn cipher(&self) -> &XChaCha20Poly1305 {
        &self.cipher
    }
}

#[expect(
    clippy::missing_fields_in_debug,
    reason = "the key itself never goes into logs: its id names it"
)]
impl fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealingKey").field("id", &self.id).finish()
    }
}

/// Why a key file was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyFileError {
    /// No key at all.
    #[error("holds no key (one key per line: 64 hexadecimal digits)")]
    Empty,
    /// A line is not 64 hexadecimal digits.
    #[error("line {0} is not a key: a key is 64 hexadecimal digits (256 bits)")]
    BadLine(usize),
    /// The same key is listed twice.
    #[error("line {0} repeats a key listed before it")]
    Repeated(usize),
}

/// Every configured sealing key; the first one seals.
#[derive(Clone, Debug)]
pub struct SealingKeys {
    keys: Vec<SealingKey>,
}

impl SealingKeys {
    /// Parses the text of a key file (or of the `security.sealing_key` setting).
    pub fn parse(text: &str) -> Result<Self, KeyFileError> {
        let mut keys: Vec<SealingKey> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let number = index + 1;
            let mut bytes = [0u8; 32];
            hex::decode_to_slice(line, &mut bytes).map_err(|_| KeyFileError::BadLine(number))?;
            let key = SealingKey::from_bytes(bytes);
            if keys.iter().any(|known| known.id == key.id) {
                return Err(KeyFileError::Repeated(number));
            }
            keys.push(key);
        }
        if keys.is_empty() {
            return Err(KeyFileError::Empty);
        }
        Ok(Self { keys })
    }

    /// A new random key as one line of a key file.
    pub fn generate_line() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    }

    /// The key that seals new records.
    pub fn current(&self) -> &SealingKey {
        // `parse` never returns an empty ring.
        &self.keys[0]
    }

    /// The key with `id`, if configured.
    pub fn find(&self, id: &str) -> Option<&SealingKey> {
        self.keys.iter().find(|key| key.id == id)
    }

    /// The ids of every configured key, the sealing one first.
    pub fn ids(&self) -> Vec<&str> {
        self.keys.iter().map(|key| key.id.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{KeyFileError, SealingKeys};

    #[test]
    fn a_key_file_lists_keys_one_per_line_with_comments_and_the_first_seals() {
        let first = SealingKeys::generate_line();
        let second = SealingKeys::generate_line();
        let text = format!("# current\n{first}\n\n{second}  # retired\n");
        let keys = SealingKeys::parse(&text).unwrap();
        assert_eq!(keys.ids().len(), 2);
        let only_first = SealingKeys::parse(&first).unwrap();
        assert_eq!(keys.current().id(), only_first.current().id());
        assert_eq!(keys.current().id().len(), 16);
        assert!(keys.find(keys.ids()[1]).is_some());
        assert!(keys.find("0000000000000000").is_none());
    }

    #[test]
    fn key_files_that_are_empty_malformed_or_repeat_a_key_are_refused() {
        assert_eq!(
            SealingKeys::parse("# nothing\n").unwrap_err(),
            KeyFileError::Empty
        );
        assert_eq!(
            SealingKeys::parse("abc\n").unwrap_err(),
            KeyFileError::BadLine(1)
        );
        let key = SealingKeys::generate_line();
        assert_eq!(
            SealingKeys::parse(&format!("{key}\n{key}")).unwrap_err(),
            KeyFileError::Repeated(2)
        );
        let too_long = format!("{key}00");
        assert_eq!(
            SealingKeys::parse(&too_long).unwrap_err(),
            KeyFileError::BadLine(1)
        );
    }

    #[test]
    fn a_key_prints_its_id_and_never_its_bytes() {
        let line = SealingKeys::generate_line();
        let keys = SealingKeys::parse(&line).unwrap();
        let printed = format!("{keys:?}");
        assert!(printed.contains(keys.current().id()));
        assert!(!printed.contains(&line));
    }
}
