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
    /// Every text that needs no argument, formatted once per locale (English where the locale
    /// lacks it): templates ask for these on every page and in every email.
    plain: HashMap<Locale, HashMap<String, String>>,
}

impl I18n {
    /// Parses every `.ftl` file of every shipped locale; a syntax error stops startup.
    pub fn load() -> anyhow::Result<Self> {
        let mut bundles = HashMap::new();
        let mut keys = Vec::new();
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
                    keys.extend(message_keys(&resource));
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
        keys.sort_unstable();
        keys.dedup();
        let mut i18n = Self {
            bundles,
            plain: HashMap::new(),
        };
        i18n.plain = Locale::ALL
            .into_iter()
            .map(|locale| (locale, i18n.format_plain(locale, &keys)))
            .collect();
        Ok(i18n)
    }

    /// The texts of `keys` that format without arguments and without errors in `locale` (or,
    /// where it lacks them, in English).
    fn format_plain(&self, locale: Locale, keys: &[String]) -> HashMap<String, String> {
        keys.iter()
            .filter_map(|key| {
                let text = self.lookup(locale, key, None, false).or_else(|| {
                    (!self.has(locale, key))
                        .then(|| self.lookup(Locale::EN, key, None, false))
                        .flatten()
                })?;
                Some((key.clone(), text))
            })
            .collect()
    }

    /// The text of `key` (or `key.attribute`) in `locale`, falling back to English and then to
    /// the key itself, so a missing translation shows up instead of breaking the page.
    pub fn text(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
        if args.is_none_or(|args| args.iter().next().is_none())
            && let Some(text) = self.plain.get(&locale).and_then(|texts| texts.get(key))
        {
            return text.clone();
        }
        self.lookup(locale, key, args, true)
            .or_else(|| self.lookup(Locale::EN, key, args, true))
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

    /// Formats `key` in `locale`. With `warn`, formatting errors are logged and the text (with
    /// the failing parts marked) returned; without it, a text with errors is `None`.
    fn lookup(
        &self,
        locale: Locale,
        key: &str,
        args: Option<&FluentArgs>,
        warn: bool,
    ) -> Option<String> {
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
            if !warn {
                return None;
            }
            tracing::warn!(i18n.key = key, i18n.locale = %locale, ?errors, "translation formatting errors");
        }
        Some(text.into_owned())
    }
}

/// The language settings the texts are picked with.
#[derive(Clone, Copy)]
pub struct Languages<'a> {
    /// Translations.
    pub i18n: &'a I18n,
    /// The page language.
    pub locale: Locale,
    /// The organisation's default language (first fallback for stored question texts).
    pub default: Locale,
}

impl crate::domain::BuiltinTexts for I18n {
    fn text(&self, locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
        I18n::text(self, locale, key, args)
    }

    fn has(&self, locale: Locale, key: &str) -> bool {
        I18n::has(self, locale, key)
    }
}

/// Every `message` and `message.attribute` a resource defines.
fn message_keys(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message),
            _ => None,
        })
        .flat_map(|message| {
            let id = message.id.name;
            std::iter::once(id.to_owned()).chain(
                message
                    .attributes
                    .iter()
                    .map(move |attribute| format!("{id}.{}", attribute.id.name)),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::BUILTIN_QUESTIONS;
    use crate::store::programme::questionnaires;

    #[test]
    fn every_shipped_locale_loads_and_falls_back_to_the_key() {
        let i18n = I18n::load().unwrap();
        assert_eq!(
            i18n.text(Locale::EN, "no-such-message", None),
            "no-such-message"
        );
    }

    #[test]
    fn every_locale_has_every_message_of_every_other_locale() {
        let i18n = I18n::load().unwrap();
        let mut missing = Vec::new();
        for folder in LOCALES.dirs() {
            for file in folder.files() {
                let source = file.contents_utf8().unwrap_or_default();
                let resource = FluentResource::try_new(source.to_owned()).unwrap();
                for key in message_keys(&resource) {
                    for locale in Locale::ALL {
                        if !i18n.has(locale, &key) {
                            missing.push(format!("{locale}: {key} ({})", file.path().display()));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "messages missing: {missing:#?}");
    }

    #[test]
    fn texts_formatted_at_startup_equal_the_texts_formatted_on_demand() {
        let i18n = I18n::load().unwrap();
        let mut checked = 0;
        for (locale, texts) in &i18n.plain {
            for (key, text) in texts {
                let on_demand = if i18n.has(*locale, key) {
                    i18n.lookup(*locale, key, None, true)
                } else {
                    i18n.lookup(Locale::EN, key, None, true)
                };
                assert_eq!(on_demand.as_ref(), Some(text), "{locale} {key}");
                checked += 1;
            }
        }
        assert!(
            checked > 100,
            "only {checked} texts were formatted at startup"
        );
    }

    #[test]
    fn a_text_with_a_variable_is_formatted_with_its_arguments() {
        let i18n = I18n::load().unwrap();
        assert!(!i18n.plain[&Locale::EN].contains_key("invite-greeting"));
        let dutch = Locale::parse("nl").unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "Ana");
        let greeting = i18n.text(dutch, "invite-greeting", Some(&args));
        assert!(greeting.contains("Ana"), "{greeting}");
        assert_eq!(
            i18n.text(dutch, "invite-button", Some(&FluentArgs::new())),
            i18n.text(dutch, "invite-button", None)
        );
    }

    #[test]
    fn prompts_keep_the_placeholders_for_the_survey_page() {
        let i18n = I18n::load().unwrap();
        let overall = &BUILTIN_QUESTIONS[0];

        let english = questionnaires::translation(&i18n, Locale::EN, 1, overall).unwrap();

        assert_eq!(
            english.prompt.unwrap(),
            "Overall, I am satisfied with {service}."
        );
    }

    #[test]
    fn lost_time_options_are_a_json_array_of_five_labels() {
        let i18n = I18n::load().unwrap();
        let lost_time = BUILTIN_QUESTIONS
            .iter()
            .find(|q| q.message_key == "q-lost-time")
            .unwrap();

        let polish =
            questionnaires::translation(&i18n, Locale::parse("pl").unwrap(), 1, lost_time).unwrap();

        let options: Vec<String> = serde_json::from_str(&polish.options.unwrap().unwrap()).unwrap();
        assert_eq!(options.len(), 5);
        assert!(polish.help.unwrap().is_some());
    }
}
