//! The most common passwords, refused when a staff member chooses one. The list is the 30,000
//! most frequent passwords from the leaked-password corpus bundled with zxcvbn (Dropbox; via the
//! `zxcvbn` crate, MIT licence), one per line in `common_passwords.txt`, ranked, lowercase.

use std::collections::HashSet;
use std::sync::LazyLock;

static LIST: &str = include_str!("common_passwords.txt");

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| LIST.lines().filter(|line| !line.is_empty()).collect());

/// How many passwords the list holds.
pub fn len() -> usize {
    COMMON.len()
}

/// True when `candidate` is on the list, ignoring case and surrounding whitespace.
pub fn is_common(candidate: &str) -> bool {
    COMMON.contains(candidate.trim().to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_at_least_the_top_ten_thousand() {
        assert!(len() >= 10_000, "{}", len());
    }

    #[test]
    fn well_known_passwords_are_common_whatever_their_case() {
        for password in [
            "password",
            "123456",
            "Password1234",
            "QWERTYUIOP12",
            "leavemealone",
        ] {
            assert!(is_common(password), "{password}");
        }
    }

    #[test]
    fn a_random_passphrase_is_not_common() {
        assert!(!is_common("violet tractor under seven moons"));
    }
}
