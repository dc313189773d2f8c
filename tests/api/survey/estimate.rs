//! The time a survey promises: its page says how many sections and about how many minutes the
//! questions on it take (7 s per choice question, 40 s per comment field), and its invitation,
//! reminder and touchpoint emails promise the same minutes, with the short pulse and with a
//! cycle from before it that asks every question.

use super::fixture::Org;
use crate::helpers::{TestApp, spawn_app};
use crate::waves_fixture::{CycleOptions, INVITED, organisation, survey_link, use_the_short_pulse};
use fluent_bundle::FluentArgs;
use innerpulse::auth::Scope;
use innerpulse::domain::Locale;
use innerpulse::domain::pulse::{
    DEFAULT_MAX_ANSWERS_PER_WAVE, SECONDS_PER_CHOICE, SECONDS_PER_TEXT,
};

/// The kind of every question box on `page`, in page order.
fn asked_kinds(page: &str) -> Vec<String> {
    page.split("<fieldset class=\"survey-question survey-")
        .skip(1)
        .map(|rest| rest.split(['"', ' ']).next().unwrap().to_owned())
        .collect()
}

/// The minutes questions of `kinds` take, rounded up, at least one.
fn minutes_for(kinds: &[String]) -> u32 {
    let seconds: u32 = kinds
        .iter()
        .map(|kind| match kind.as_str() {
            "text" | "thanks" => SECONDS_PER_TEXT,
            _ => SECONDS_PER_CHOICE,
        })
        .sum();
    seconds.div_ceil(60).max(1)
}

/// The intro paragraph of a survey page.
fn lead(page: &str) -> &str {
    let start = page.find("<p class=\"lead\">").expect("the intro") + 16;
    let end = start + page[start..].find("</p>").unwrap();
    &page[start..end]
}

/// `message` in `locale` with `count` and `minutes`, as the app translates it.
fn translated(app: &TestApp, locale: &str, message: &str, count: usize, minutes: u32) -> String {
    let mut args = FluentArgs::new();
    args.set("count", count);
    args.set("minutes", minutes);
    app.state
        .i18n
        .text(Locale::parse(locale).unwrap(), message, Some(&args))
}

/// The English survey page behind `link` (from an email, or a path).
async fn english_page(app: &TestApp, link: &str) -> String {
    let path = &link[link.find("/s/").expect("a survey link")..];
    let response = app.get(&format!("{path}?lang=en")).await;
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

/// The English survey page behind `link`: the kinds of its questions and its intro.
async fn page_of(app: &TestApp, link: &str) -> (Vec<String>, String) {
    let page = english_page(app, link).await;
    (asked_kinds(&page), lead(&page).to_owned())
}

/// Opens the fixture's wave and sends its invitations (and, on a second pass, one reminder).
async fn open_the_wave(app: &TestApp, short_pulse: bool) {
    let org = organisation(
        app,
        CycleOptions {
            reminder_after_days: Some(0),
            max_reminders: 1,
            ..Default::default()
        },
    )
    .await;
    if short_pulse {
        use_the_short_pulse(app, org.cycle_id).await;
    }
    let invited = app.run_scheduler_once().await.invitations_sent;
    let reminded = app.run_scheduler_once().await.reminders_sent;
    assert_eq!((invited, reminded), (3, 3));
    app.smtp.wait_for(6).await;
}

/// For everyone invited: the page promises the minutes of its questions, the invitation's
/// subject and the reminder promise the same. Returns each person's questions.
async fn pages_and_emails_agree(app: &TestApp) -> Vec<Vec<String>> {
    let mut asked = vec![];
    for (address, locale) in INVITED {
        let emails = app.smtp.emails_to(address);
        let (invitation, reminder) = (&emails[0], &emails[1]);
        let page = english_page(app, &survey_link(invitation)).await;
        let (kinds, intro) = (asked_kinds(&page), lead(&page));
        let minutes = minutes_for(&kinds);
        let sections = page.matches("class=\"card survey-section\"").count();

        assert!(
            intro.contains(&format!("about {minutes} minute")),
            "{address}: {intro} for {kinds:?}"
        );
        // The emails count a drawn rotating question at the slowest it could have been (so
        // they do not tell what was drawn): the page's minutes, or one more.
        let promised = [minutes, minutes + 1];
        assert!(
            promised
                .iter()
                .any(|m| invitation.subject
                    == translated(app, locale, "invite-subject", sections, *m)),
            "{address}: {}",
            invitation.subject
        );
        if locale == "en" {
            assert!(
                promised.iter().any(|m| reminder
                    .text
                    .contains(&format!("It takes about {m} minutes."))),
                "{}",
                reminder.text
            );
        }
        asked.push(kinds);
    }
    asked
}

#[tokio::test]
async fn a_short_pulse_page_and_its_emails_promise_the_minutes_of_the_questions_it_asks() {
    let app = spawn_app().await;
    open_the_wave(&app, true).await;

    let asked = pages_and_emails_agree(&app).await;

    let limit = usize::try_from(DEFAULT_MAX_ANSWERS_PER_WAVE).unwrap();
    for kinds in &asked {
        assert!(kinds.len() <= limit, "{kinds:?}");
    }
    let ana = &asked[0];
    assert!(
        ana.len() >= 9,
        "three sections of three core questions: {ana:?}"
    );
    let ana_page = english_page(
        &app,
        &survey_link(&app.smtp.emails_to("ana@example.com")[0]),
    )
    .await;
    assert!(lead(&ana_page).starts_with("This survey has 3 short sections"));
    for step in ["Section 1 of 3", "Section 2 of 3", "Section 3 of 3"] {
        assert_eq!(ana_page.matches(step).count(), 1, "{step}");
    }
}

#[tokio::test]
async fn a_cycle_from_before_the_short_pulse_asks_every_question_and_says_it_takes_seven_minutes() {
    let app = spawn_app().await;
    open_the_wave(&app, false).await;

    let asked = pages_and_emails_agree(&app).await;

    // Nine questions in each of Ana's three sections: 21 choices and 6 comment fields.
    assert_eq!(asked[0].len(), 27);
    assert_eq!(minutes_for(&asked[0]), 7);
    assert_eq!(
        app.smtp.emails_to("ana@example.com")[0].subject,
        "How are your colleagues serving you? 3 services, about 7 minutes"
    );
}

#[tokio::test]
async fn a_touchpoint_email_promises_the_minutes_its_one_section_takes() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let key = innerpulse::store::accounts::api_keys::create(
        app.db(),
        "helpdesk",
        &[Scope::Touchpoint],
        None,
    )
    .await
    .unwrap()
    .key;

    let response = app
        .client
        .post(app.url("/api/v1/touchpoints"))
        .bearer_auth(&key)
        .json(&serde_json::json!({
            "employee_email": "ana@example.com",
            "relationship_id": org.helpdesk,
            "context_label": "ticket #4711 closed"
        }))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 201);
    let email = &app.smtp.wait_for(1).await[0];
    let (kinds, intro) = page_of(&app, &survey_link(email)).await;
    // The core questions (overall, standard, comment) and one rotating question.
    assert_eq!(kinds.len(), 4, "{kinds:?}");
    let minutes = minutes_for(&kinds);
    assert!(
        intro.contains(&format!("about {minutes} minute")),
        "{intro}"
    );
    assert!(
        email
            .text
            .contains(&format!("Answering takes about {minutes} minute")),
        "{}",
        email.text
    );
    assert!(!email.text.contains("less than a minute"));
}

#[tokio::test]
async fn the_estimate_counts_only_the_questions_each_section_asks() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;

    let (kinds, intro) = page_of(&app, &invited.path()).await;

    // IT helpdesk asks all eight questions; Meeting rooms has no standard, so seven:
    // 11 choices (77 s) and 4 comment fields (160 s) are 237 s.
    assert_eq!(kinds.len(), 15);
    assert_eq!(
        intro,
        "This survey has 2 short sections, one for each service you receive from another \
         department. It takes about 4 minutes."
    );
}
