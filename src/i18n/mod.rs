//! Translations: Fluent bundles for every shipped locale, loaded once at startup from the
//! `templates/locales/<lang>/*.ftl` files compiled into the binary, and locale negotiation.

mod negotiate;
pub mod numbers;

pub use negotiate::{LANG_COOKIE, request_locale, request_locale_for};

use crate::domain::Locale;
use anyhow::{Context, anyhow};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{Dir, include_dir};
use std::borrow::Cow;
use std::collections::HashMap;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates/locales");

/// All translations, one Fluent bundle per shipped locale.
pub struct I18n {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl I18n {
    /// Parses every `.ftl` file of every shipped locale; a syntax error stops startup.
    pub fn load() -> anyhow::Result<Self> {
        let mut bundles = HashMap::new();
        for locale in Locale::ALL {
            let langid = locale
                .as_str()
                .parse()
                .with_context(|| format!("Failed to parse language id {locale}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks would end up inside emails and test assertions.
            bundle.set_use_isolating(false);
            if let Some(folder) = LOCALES.get_dir(locale.as_str()) {
                for file in folder.files() {
                    let source = file
                        .contents_utf8()
                        .ok_or_else(|| anyhow!("{} is not UTF-8", file.path().display()))?;
                    let resource =
                        FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                            anyhow!(
                                "Fluent syntax errors in {}: {errors:?}",
                                file.path().display()
                            )
                        })?;
                    bundle.add_resource(resource).map_err(|errors| {
                        anyhow!(
                            "Duplicate messages in {}: {errors:?}",
                            file.path().display()
                        )
                    })?;
                }
            }
            bundles.insert(locale, bundle);
        }
        Ok(Self { bundles })
    }

    /// The text of `key` (or `key.attribute`) in `locale`, falling back to English and then to
    /// the key itself, so a missing translation shows up instead of breaking the page.
    pub fn text(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
        self.lookup(locale, key, args)
            .or_else(|| self.lookup(Locale::EN, key, args))
            .unwrap_or_else(|| {
                tracing::warn!(i18n.key = key, i18n.locale = %locale, "missing translation");
                key.to_owned()
            })
    }

    /// True when `locale` itself (not a fallback) has `key` (checked without formatting it).
    pub fn has(&self, locale: Locale, key: &str) -> bool {
        let Some(bundle) = self.bundles.get(&locale) else {
            return false;
        };
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        match (bundle.get_message(id), attribute) {
            (Some(message), Some(name)) => message.get_attribute(name).is_some(),
            (Some(message), None) => message.value().is_some(),
            (None, _) => false,
        }
    }

    fn lookup(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(&locale)?;
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = vec![];
        let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(i18n.key = key, i18n.locale = %locale, ?errors, "translation formatting errors");
        }
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_loads_and_falls_back_to_the_key() {
        let i18n = I18n::load().unwrap();
        assert_eq!(
            i18n.text(Locale::EN, "no-such-message", None),
            "no-such-message"
        );
    }
}
