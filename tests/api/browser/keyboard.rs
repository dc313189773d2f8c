//! The survey page with the keyboard alone: Tab reaches every answer and the submit button in
//! reading order, each with a visible focus ring, Space picks an option, typing fills a
//! comment, Enter sends; and axe finds no serious problem on a page with every kind of
//! question.

use super::axe;
use super::pages::Browser;
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;
use sea_orm::EntityTrait;
use serde_json::Value;
use thirtyfour::prelude::*;

/// Every stop a keyboard user must reach on the survey form, in reading order: one per radio
/// group (`radio:<name>`, Tab enters a group once), every other control by its id, and
/// `submit`.
const EXPECTED_STOPS: &str = r#"
const stops = [];
for (const control of document.querySelectorAll(".survey-form input, .survey-form textarea, .survey-form button")) {
  const stop = control.type === "radio" ? "radio:" + control.name
    : control.type === "submit" ? "submit" : control.id;
  if (control.type !== "hidden" && !stops.includes(stop)) stops.push(stop);
}
return stops;
"#;

/// The stop of the focused element, named like `EXPECTED_STOPS` names them.
const FOCUSED_STOP: &str = r#"
const control = document.activeElement;
if (!control || control === document.body) return "";
return control.type === "radio" ? "radio:" + control.name
  : control.type === "submit" ? "submit" : (control.id || control.tagName.toLowerCase());
"#;

/// Whether the focused control shows a focus ring (on itself or on the option box around it).
const FOCUS_VISIBLE: &str = r#"
const control = document.activeElement;
const ring = (element) => element && getComputedStyle(element).outlineStyle !== "none"
  && parseFloat(getComputedStyle(element).outlineWidth) >= 2;
return ring(control) || ring(control.closest("label"));
"#;

async fn press(browser: &Browser, keys: impl Into<TypingData>) {
    browser
        .driver()
        .action_chain()
        .send_keys(keys)
        .perform()
        .await
        .expect("press keys");
}

#[tokio::test]
async fn the_survey_can_be_answered_and_sent_with_the_keyboard_alone() {
    let app = spawn_app().await;
    let Some(browser) = Browser::start(&app).await else {
        return;
    };
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    browser.open(&invited.path()).await;
    browser.assert_accessible("the survey page").await;
    if axe::available() {
        // The check is not vacuous: an image without a text alternative on the same page is
        // reported.
        browser
            .js("document.querySelector('h1').after(document.createElement('img')); return null;")
            .await;
        let found = browser.accessibility_violations().await;
        assert!(found.iter().any(|v| v.id == "image-alt"), "{found:?}");
        browser.open(&invited.path()).await;
    }
    let expected: Vec<String> = serde_json::from_value(browser.js(EXPECTED_STOPS).await).unwrap();
    assert!(expected.len() > 10, "{expected:?}");

    let mut reached: Vec<String> = vec![];
    for _ in 0..expected.len() + 5 {
        press(&browser, Key::Tab).await;
        let Value::String(stop) = browser.js(FOCUSED_STOP).await else {
            panic!("no focus");
        };
        if !expected.contains(&stop) || reached.contains(&stop) {
            continue;
        }
        reached.push(stop.clone());
        assert_eq!(
            browser.js(FOCUS_VISIBLE).await,
            true,
            "{stop} shows where the focus is"
        );
        if stop.starts_with("radio:") {
            press(&browser, Key::Space).await;
        } else if browser.js("return document.activeElement.tagName;").await == "TEXTAREA" {
            press(&browser, "Typed with the keyboard only.").await;
        }
        if reached.len() == 3 {
            browser.screenshot("survey-keyboard-focus").await;
        }
        if stop == "submit" {
            break;
        }
    }

    assert_eq!(reached, expected, "Tab order of the survey form");
    browser.mark_page().await;
    press(&browser, Key::Enter).await;
    browser
        .wait_for_new_page("Enter on the submit button")
        .await;
    assert!(
        browser.has(".survey-done").await,
        "{}",
        browser.path().await
    );
    // One sealed record holds both sections: every radio group got its first option, both
    // comment boxes got the typed sentence.
    let sealed = entity::sealed_submission::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(sealed.len(), 1);
    let ballot =
        innerpulse::sealing::Ballot::open(&app.state.sealing, &sealed[0].key_id, &sealed[0].sealed)
            .unwrap();
    assert_eq!(ballot.sections.len(), 2, "one section per service");
    let answers: usize = ballot.sections.iter().map(|s| s.answers.len()).sum();
    let radio_groups = expected.iter().filter(|s| s.starts_with("radio:")).count();
    let text_boxes = expected
        .iter()
        .filter(|s| !s.starts_with("radio:") && !s.ends_with("_na") && *s != "submit")
        .count();
    assert_eq!(answers, radio_groups + text_boxes);
    browser.quit().await;
}
