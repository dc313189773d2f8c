//! The shipped languages.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// One of the shipped locales (en, nl, fr, es, ru, pl).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Locale(&'static str);

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Locale::parse(&raw).map_err(serde::de::Error::custom)
    }
}

impl Locale {
    /// Every shipped locale, in the order the language switch lists them.
    pub const ALL: [Locale; 6] = [
        Locale("en"),
        Locale("nl"),
        Locale("fr"),
        Locale("es"),
        Locale("ru"),
        Locale("pl"),
    ];

    /// English, the fallback of last resort.
    pub const EN: Locale = Locale("en");

    /// Accepts a shipped language code, case-insensitive, with or without a region (`fr-BE`).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let language = raw
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|locale| locale.0 == language)
            .ok_or_else(|| format!("`{raw}` is not a supported language (en, nl, fr, es, ru, pl)"))
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// The language's own name, for the language switch.
    pub fn native_name(&self) -> &'static str {
        match self.0 {
            "nl" => "Nederlands",
            "fr" => "Français",
            "es" => "Español",
            "ru" => "Русский",
            "pl" => "Polski",
            _ => "English",
        }
    }

    /// The best shipped locale for an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut candidates: Vec<(f32, Locale)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Locale::parse(tag).ok().map(|locale| (quality, locale))
            })
            .filter(|(quality, _)| *quality > 0.0)
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        candidates.first().map(|(_, locale)| *locale)
    }
}

impl TryFrom<String> for Locale {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Locale::parse(&value)
    }
}

impl From<Locale> for String {
    fn from(value: Locale) -> Self {
        value.0.to_owned()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_case_are_ignored() {
        assert_eq!(Locale::parse("FR-be").unwrap().as_str(), "fr");
        assert_eq!(Locale::parse("pl_PL").unwrap().as_str(), "pl");
    }

    #[test]
    fn unshipped_languages_are_rejected() {
        assert!(Locale::parse("de").is_err());
        assert!(Locale::parse("").is_err());
    }

    #[test]
    fn accept_language_picks_the_highest_quality_shipped_language() {
        let header = "de-DE,de;q=0.9,ru;q=0.5,fr;q=0.8";
        assert_eq!(Locale::from_accept_language(header).unwrap().as_str(), "fr");
        assert!(Locale::from_accept_language("de,it;q=0.5").is_none());
    }
}
