use super::*;
use crate::config::{ConfigSources, load};
use crate::domain::Locale;
use crate::i18n::I18n;
use crate::store::followup::you_said_we_did::NoteView;
use crate::store::invitations::invitation_mail::ServiceNotes;
use std::sync::Arc;

fn settings() -> Settings {
    load(ConfigSources {
        local_file: false,
        file: None,
        environment: Some(HashMap::new()),
        overrides: None,
    })
    .expect("default settings load")
}

fn templates() -> Templates {
    Templates::load(Arc::new(I18n::load().expect("translations load"))).expect("templates load")
}

fn shape(kind: MailKind, locale: Locale, service_count: usize, notes: bool) -> Shape {
    let you_said_we_did = if notes {
        vec![ServiceNotes {
            service: "IT <helpdesk> & \"laptops\"".to_owned(),
            actions: vec![NoteView {
                title: "Faster 'password' resets".to_owned(),
                status: "in_progress".to_owned(),
            }],
        }]
    } else {
        vec![]
    };
    Shape {
        kind,
        locale,
        service_count,
        // One minute per service and one more: both plural forms of every language's minutes.
        minutes: u32::try_from(service_count).unwrap() + 1,
        context: "ticket #4711".to_owned(),
        deadline: "2026-12-07 17:00 (Europe/Amsterdam)".to_owned(),
        you_said_we_did,
    }
}

/// Names, each with services to ask about: markup, accents, spaces, a marker of our own.
const PEOPLE: [(&str, &[&str]); 5] = [
    ("Ana", &["IT helpdesk"]),
    ("Łukasz Żółć", &["Payroll & expenses", "Kantine «Zuid»"]),
    (
        "O'Brien & <Sons> \"Ltd\"",
        &["<b>IT</b>", "HR", "Facilities 'n' more"],
    ),
    ("  spaced  ", &[]),
    (
        "Иван \u{E000}innerpulse-value-1\u{E001}",
        &["\u{E000}innerpulse-value-0\u{E001}", "Закупки"],
    ),
];

/// Calls `check` for every kind, language, with and without "you said, we did", and every
/// one of `PEOPLE`: with the shape, the recipient's values and a description for failures.
fn for_every_email(mut check: impl FnMut(Shape, Personal<'_>, &str)) {
    for kind in MailKind::ALL {
        for locale in Locale::ALL {
            for notes in [false, true] {
                for (i, (name, services)) in PEOPLE.iter().enumerate() {
                    let services: Vec<String> = services.iter().map(|s| (*s).to_owned()).collect();
                    let link = format!("https://pulse.example/s/token{i}?a=1&b='2'");
                    let personal = Personal {
                        name,
                        link: &link,
                        services: &services,
                    };
                    let context = format!("{kind:?} {locale:?} notes={notes} name={name:?}");
                    check(
                        shape(kind, locale, services.len(), notes),
                        personal,
                        &context,
                    );
                }
            }
        }
    }
}

#[test]
fn a_merged_email_equals_the_email_rendered_on_its_own_for_every_kind_and_language() {
    let (templates, settings) = (templates(), settings());
    let mut merge = MailMerge::new(&templates, &settings);
    for_every_email(|shape, personal, context| {
        let alone = email::render_parts(&templates, &settings, &shape, personal).expect("renders");
        let merged = merge.parts(shape, personal).expect("merges");
        assert_eq!(merged, alone, "{context}");
        assert!(alone.text.contains(personal.link));
    });
    // Each shape (kind, language, notes, number of services) was rendered once, and every
    // one of them could be merged.
    let service_counts: std::collections::HashSet<usize> =
        PEOPLE.iter().map(|(_, services)| services.len()).collect();
    assert_eq!(
        merge.shapes.len(),
        MailKind::ALL.len() * Locale::ALL.len() * 2 * service_counts.len()
    );
    assert!(merge.shapes.values().all(Option::is_some));
}

#[test]
fn recipients_with_as_many_services_share_one_rendered_shape() {
    let (templates, settings) = (templates(), settings());
    let mut merge = MailMerge::new(&templates, &settings);
    for (name, service) in [("Ana", "IT helpdesk"), ("Bram", "Payroll")] {
        let services = vec![service.to_owned()];
        let personal = Personal {
            name,
            link: "https://pulse.example/s/t",
            services: &services,
        };
        let shape = shape(MailKind::Invitation, Locale::EN, 1, false);
        let parts = merge.parts(shape, personal).expect("merges");
        assert!(parts.text.contains(name) && parts.text.contains(service));
    }
    assert_eq!(merge.shapes.len(), 1);
}

#[test]
fn a_rendered_shape_with_a_changed_or_unknown_marker_is_not_merged() {
    let changed = marker(NAME).to_uppercase();
    assert!(Pieces::parse(&format!("Hello {changed}"), 2).is_none());
    assert!(Pieces::parse(&format!("Hello {}", marker(2)), 2).is_none());
    assert!(Pieces::parse("\u{E000}", 2).is_none());
    assert!(Pieces::parse(&format!("Hello {}, {}", marker(NAME), marker(LINK)), 2).is_some());
}

#[test]
fn pieces_put_each_value_in_every_place_marked_for_it() {
    let rendered = format!("{}: {} ({})", marker(NAME), marker(LINK), marker(NAME));
    let pieces = Pieces::parse(&rendered, 2).expect("whole markers");
    assert_eq!(
        pieces.fill(&["Ana", "https://x/s/t"]),
        "Ana: https://x/s/t (Ana)"
    );
}

fn decoded(body: QuotedPrintable) -> String {
    let bytes = quoted_printable::decode(body.into_bytes(), quoted_printable::ParseMode::Strict)
        .expect("valid quoted-printable");
    String::from_utf8(bytes).expect("UTF-8")
}

#[test]
fn a_merged_email_encoded_in_pieces_decodes_to_the_email_rendered_on_its_own() {
    let (templates, settings) = (templates(), settings());
    let mut merge = MailMerge::new(&templates, &settings);
    for_every_email(|shape, personal, context| {
        let alone = email::render_parts(&templates, &settings, &shape, personal).expect("renders");
        let merged = merge.merged(&shape, personal).expect("renders");
        let (subject, text, html) = merged
            .and_then(|merged| merged.encode(personal))
            .expect("encoded in pieces");
        assert_eq!(subject, alone.subject, "{context}");
        assert_eq!(decoded(text), alone.text.replace('\n', "\r\n"), "{context}");
        assert_eq!(decoded(html), alone.html.replace('\n', "\r\n"), "{context}");
    });
}

#[test]
fn a_value_with_a_carriage_return_is_not_encoded_in_pieces_but_still_merged() {
    let (templates, settings) = (templates(), settings());
    let mut merge = MailMerge::new(&templates, &settings);
    let services = vec!["IT\r\nhelpdesk".to_owned()];
    let personal = Personal {
        name: "Ana",
        link: "https://pulse.example/s/t",
        services: &services,
    };
    let shape = shape(MailKind::Invitation, Locale::EN, 1, false);
    let merged = merge.merged(&shape, personal).expect("renders");
    assert!(merged.is_some_and(|merged| merged.encode(personal).is_none()));
    let alone = email::render_parts(&templates, &settings, &shape, personal).expect("renders");
    assert_eq!(merge.parts(shape, personal).expect("merges"), alone);
}
