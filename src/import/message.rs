//! Translatable messages produced by pure code: a Fluent id plus its arguments, rendered in
//! the reader's language by whoever shows them (page, API, CLI).

use crate::domain::Locale;
use crate::i18n::I18n;
use fluent_bundle::{FluentArgs, FluentValue};

pub use crate::domain::{Arg, Message};

impl Message {
    /// The message in `locale`.
    pub fn render(&self, i18n: &I18n, locale: Locale) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.clone())),
                Arg::Number(number) => args.set(*name, FluentValue::from(*number)),
                Arg::List(items) => {
                    let parts: Vec<String> = items.iter().map(|m| m.render(i18n, locale)).collect();
                    args.set(*name, FluentValue::from(parts.join(", ")));
                }
            }
        }
        i18n.text(locale, self.key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_translates_every_organisation_message() {
        let i18n = I18n::load().unwrap();
        let english = include_str!("../../templates/locales/en/organisation.ftl");
        let ids: Vec<&str> = english
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .collect();
        assert!(ids.len() > 50);
        for locale in Locale::ALL {
            for id in &ids {
                assert!(i18n.has(locale, id), "{locale} lacks {id}");
            }
        }
    }

    #[test]
    fn lists_and_plurals_render_in_the_language_asked_for() {
        let i18n = I18n::load().unwrap();
        let message = Message::new("department-in-use").list(
            "what",
            vec![
                Message::new("department-left-employees").number("count", 1),
                Message::new("department-left-sub-departments").number("count", 5),
            ],
        );

        let text = message.render(&i18n, Locale::parse("ru").unwrap());

        assert!(text.contains("1 сотрудник, 5 подотделов"), "{text}");
    }
}
