//! The employees' part of the journey: each opens the link from their invitation email in
//! the browser, in their own language, on a phone or a desktop, and answers.

use super::setup::{SERVICE, STANDARD, look_at};
use crate::browser::pages::Browser;
use crate::helpers::TestApp;
use crate::smtp_server::Email;
use crate::waves_fixture::survey_link;
use innerpulse::domain::Locale;
use serde::Deserialize;
use std::collections::HashMap;

/// What one employee answers about the helpdesk.
#[derive(Clone, Copy)]
pub struct Answers {
    /// Every 1–5 agreement question.
    pub rating: u8,
    /// The 0–10 recommendation.
    pub recommend: u8,
    /// What the helpdesk should change (empty: left blank).
    pub comment: &'static str,
    /// Thanks to someone in IT (empty: left blank).
    pub thanks: &'static str,
}

/// What the answering phase leaves for the rest of the journey: what was answered (the
/// "haven't used it" answer is not in it), and the private conversation link each commenter's
/// thank-you page showed, by email address.
pub struct Answered {
    /// The answers sent, one per employee who used the service.
    pub answers: Vec<Answers>,
    /// The link of the thank-you page, by the commenter's address.
    pub conversation_links: HashMap<&'static str, String>,
}

/// The screen an employee answers on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Screen {
    Phone,
    Desktop,
}

/// One question of the survey page as the test finds it.
#[derive(Deserialize)]
struct Question {
    kind: String,
    field: String,
}

const QUESTIONS: &str = r#"
return [...document.querySelectorAll(".survey-question")].map((q) => ({
  kind: [...q.classList].find((c) => c.startsWith("survey-") && c !== "survey-question").slice(7),
  field: q.querySelector("input[type=radio], textarea").name,
}));
"#;

/// Four employees answer everything (French, Russian and English on phones, Polish on a
/// desktop), Dana forgets a required question and fixes it, Eva has not used the helpdesk;
/// Gloria does not answer. Nobody is logged in.
pub async fn the_employees_answer(browser: &Browser, app: &TestApp, emails: &[Email]) -> Answered {
    browser.driver().delete_all_cookies().await.unwrap();
    let mut answered = Answered {
        answers: vec![],
        conversation_links: HashMap::new(),
    };
    let people = [
        (
            "amelie@example.com",
            "fr",
            Screen::Phone,
            "Le portail des tickets est lent le matin.",
        ),
        (
            "boris@example.com",
            "ru",
            Screen::Phone,
            "Быстро помогли с ноутбуком, спасибо.",
        ),
        (
            "chris@example.com",
            "en",
            Screen::Phone,
            "Please tell us when a ticket waits for us.",
        ),
        (
            "filip@example.com",
            "pl",
            Screen::Desktop,
            "Odpowiedzi mogłyby przychodzić szybciej.",
        ),
    ];
    for (address, locale, screen, comment) in people {
        opens_the_survey(browser, app, &link_for(emails, address), locale, screen).await;
        let answers = Answers {
            rating: 4,
            recommend: 8,
            comment,
            thanks: if locale == "fr" {
                "Merci à Ivan !"
            } else {
                ""
            },
        };
        let photo = match screen {
            Screen::Phone => format!("survey-phone-{locale}"),
            Screen::Desktop => format!("survey-desktop-{locale}"),
        };
        answers_everything(browser, app, locale, &answers, &photo).await;
        if locale == "fr" {
            look_at(browser, "survey-phone-fr-thanks").await;
        }
        answered.answers.push(answers);
        answered
            .conversation_links
            .insert(address, conversation_link(browser).await);
    }

    let dana = link_for(emails, "dana@example.com");
    opens_the_survey(browser, app, &dana, "en", Screen::Desktop).await;
    let answers = Answers {
        rating: 2,
        recommend: 5,
        comment: "Nobody answered my ticket for three days.",
        thanks: "",
    };
    forgets_a_required_question_then_fixes_it(browser, app, "en", &answers).await;
    answered.answers.push(answers);
    answered
        .conversation_links
        .insert("dana@example.com", conversation_link(browser).await);

    let eva = link_for(emails, "eva@example.com");
    opens_the_survey(browser, app, &eva, "nl", Screen::Desktop).await;
    says_they_have_not_used_it(browser, app, "nl").await;
    assert!(
        !browser.has(".conversation-link-list").await,
        "no comment, no conversation link"
    );
    answered
}

/// The one private conversation link on the thank-you page on screen (one per comment; the
/// thanks answer gets none).
async fn conversation_link(browser: &Browser) -> String {
    let links: Vec<String> = serde_json::from_value(
        browser
            .js("return [...document.querySelectorAll('.conversation-link-list a')].map((a) => a.href);")
            .await,
    )
    .unwrap();
    assert_eq!(
        links.len(),
        1,
        "one conversation link per comment: {links:?}"
    );
    assert!(links[0].contains("/c/"), "{links:?}");
    links[0].clone()
}

/// The link in the invitation email sent to `address`.
pub fn link_for(emails: &[Email], address: &str) -> String {
    let email = emails
        .iter()
        .find(|e| e.to.iter().any(|to| to == address))
        .unwrap_or_else(|| panic!("an invitation email to {address}"));
    survey_link(email)
}

pub fn text(app: &TestApp, locale: &str, key: &str) -> String {
    app.state
        .i18n
        .text(Locale::parse(locale).unwrap(), key, None)
}

/// Opens the survey link on `screen` and checks the page is the helpdesk survey in `locale`,
/// fully translated and as wide as the screen.
async fn opens_the_survey(
    browser: &Browser,
    app: &TestApp,
    link: &str,
    locale: &str,
    screen: Screen,
) {
    match screen {
        Screen::Phone => browser.phone().await,
        Screen::Desktop => browser.desktop().await,
    }
    browser.open(link).await;
    assert_eq!(browser.page_language().await, locale);
    let page = browser.text("main").await;
    for key in ["survey-not-used", "survey-submit", "survey-standard-label"] {
        let translated = text(app, locale, key);
        assert!(
            page.contains(&translated),
            "{locale}: `{translated}` in\n{page}"
        );
        if locale != "en" {
            let english = text(app, "en", key);
            assert!(
                !page.contains(&english),
                "{locale}: untranslated `{english}`"
            );
        }
    }
    assert!(page.contains(SERVICE) && page.contains(STANDARD), "{page}");
    if screen == Screen::Phone {
        assert!(
            !browser.scrolls_sideways().await,
            "{locale}: the survey is wider than a phone's screen"
        );
    }
}

/// Picks the answers on the page, leaving `skip` (a field name) unanswered.
async fn fill_in(browser: &Browser, answers: &Answers, skip: Option<&str>) {
    let questions: Vec<Question> =
        serde_json::from_value(browser.js(QUESTIONS).await).expect("the survey's questions");
    assert!(
        questions.len() >= 5,
        "the built-in questionnaire's questions"
    );
    for question in questions.iter().filter(|q| Some(q.field.as_str()) != skip) {
        let option = match question.kind.as_str() {
            "rating" => answers.rating,
            "recommend" => answers.recommend,
            "text" | "thanks" => {
                let typed = match question.kind.as_str() {
                    "text" => answers.comment,
                    _ => answers.thanks,
                };
                if !typed.is_empty() {
                    browser.fill(&format!("#{}", question.field), typed).await;
                }
                continue;
            }
            _ => 1,
        };
        browser
            .click(&format!("label[for='{}_{option}']", question.field))
            .await;
    }
}

/// Sends the form and checks the thank-you page in `locale`.
async fn sends_and_is_thanked(browser: &Browser, app: &TestApp, locale: &str) {
    browser
        .click_and_wait(".survey-form button[type=submit]")
        .await;
    assert_eq!(
        browser.text(".survey-done h1").await,
        text(app, locale, "survey-thanks-title")
    );
}

/// Answers every question and sends; `photo` names the screenshot of the filled-in page.
async fn answers_everything(
    browser: &Browser,
    app: &TestApp,
    locale: &str,
    answers: &Answers,
    photo: &str,
) {
    fill_in(browser, answers, None).await;
    look_at(browser, photo).await;
    sends_and_is_thanked(browser, app, locale).await;
}

/// Ticks "I haven't used this service recently" and sends without answering.
async fn says_they_have_not_used_it(browser: &Browser, app: &TestApp, locale: &str) {
    browser.click("label[for$='_na']").await;
    sends_and_is_thanked(browser, app, locale).await;
}

/// Answers everything but the first question, sends, sees the error next to that question
/// with the other answers kept, answers it and sends again.
async fn forgets_a_required_question_then_fixes_it(
    browser: &Browser,
    app: &TestApp,
    locale: &str,
    answers: &Answers,
) {
    let first: String = serde_json::from_value(
        browser
            .js("return document.querySelector('.survey-question input').name;")
            .await,
    )
    .unwrap();
    fill_in(browser, answers, Some(&first)).await;
    browser
        .click_and_wait(".survey-form button[type=submit]")
        .await;

    assert!(
        browser
            .has(&format!(".notice.bad[role=alert] a[href='#{first}_1']"))
            .await,
        "the summary at the top links to the forgotten question"
    );
    let flagged: Vec<String> = serde_json::from_value(
        browser
            .js(
                "return [...document.querySelectorAll('.survey-question.has-error input')]\
                 .map((i) => i.name).filter((n, i, all) => all.indexOf(n) === i);",
            )
            .await,
    )
    .unwrap();
    assert_eq!(
        flagged,
        std::slice::from_ref(&first),
        "only the forgotten question is flagged"
    );
    assert_eq!(
        browser.text(&format!("#{first}-error")).await,
        text(app, locale, "survey-required-missing")
    );
    let next_to_it = browser
        .js(&format!(
            "return document.getElementById('{first}-error').closest('fieldset') \
             === document.getElementById('{first}_1').closest('fieldset');"
        ))
        .await;
    assert_eq!(next_to_it, true, "the error sits in the question's own box");
    let kept = browser
        .js("return document.querySelector('.survey-text textarea').value;")
        .await;
    assert_eq!(kept, answers.comment, "the comment is kept");
    let left = browser
        .js("return document.querySelector('.text-cap').textContent;")
        .await;
    let used = answers.comment.chars().count() + answers.thanks.chars().count();
    assert_eq!(
        left,
        format!(
            "{} {} / 2000",
            text(app, locale, "survey-text-left"),
            2000 - used
        ),
        "the characters left for comments as they fill"
    );
    look_at(browser, "survey-desktop-error").await;

    browser
        .click(&format!("label[for='{first}_{}']", answers.rating))
        .await;
    sends_and_is_thanked(browser, app, locale).await;
}
