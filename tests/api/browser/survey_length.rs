//! How long a weekly survey is on a phone: an employee served by three services opens the
//! link from her invitation on a 390-pixel screen. With the short pulse (core questions plus
//! one rotating question per section, at most ten answers) the page asks at most ten
//! questions and its time estimate is the one its questions add up to; a cycle from before
//! the short pulse still asks every question. Each test saves a full-page screenshot and
//! prints the page's height (measured, never asserted: the figures go in the notes).

use super::pages::Browser;
use crate::helpers::TestApp;
use crate::waves_fixture::{CycleOptions, organisation, survey_link, use_the_short_pulse};
use innerpulse::domain::pulse::DEFAULT_MAX_ANSWERS_PER_WAVE;

/// The kind of each question on the page, in page order, read from its box's class.
const KINDS: &str = r#"
return [...document.querySelectorAll("fieldset.survey-question")].map((q) =>
  [...q.classList].find((c) => c.startsWith("survey-") && c !== "survey-question").slice(7));
"#;

/// Ana (three services: IT helpdesk, Payroll, Supplies) gets her invitation; her survey link.
async fn anas_link(app: &TestApp) -> String {
    let emails = app.deliver_mail_to("ana@example.com").await;
    assert_eq!(emails.len(), 1, "one invitation for Ana");
    survey_link(&emails[0])
}

/// Opens `link` on a phone; returns the kinds of the questions on the page and the page's
/// full height in CSS pixels, after saving a full-page screenshot as `name`.
async fn measure_on_a_phone(browser: &Browser, link: &str, name: &str) -> (Vec<String>, u64) {
    browser.phone().await;
    browser.open(link).await;
    assert!(
        !browser.scrolls_sideways().await,
        "the survey fits a phone's width"
    );
    let kinds: Vec<String> = serde_json::from_value(browser.js(KINDS).await).unwrap();
    let height = browser
        .js("return document.documentElement.scrollHeight;")
        .await
        .as_u64()
        .expect("the page's height");
    browser.screenshot(name).await;
    eprintln!(
        "survey on a 390 px phone: {} questions, {height} px high; screenshot {}",
        kinds.len(),
        super::driver::screenshot_dir()
            .join(format!("{name}.png"))
            .display()
    );
    (kinds, height)
}

/// The minutes the page should promise for questions of `kinds`: 7 s per choice question,
/// 40 s per comment field, rounded up.
fn honest_minutes(kinds: &[String]) -> u64 {
    let seconds: u64 = kinds
        .iter()
        .map(|kind| match kind.as_str() {
            "text" | "thanks" => 40,
            _ => 7,
        })
        .sum();
    seconds.div_ceil(60).max(1)
}

/// The lead paragraph says three sections and `minutes` minutes.
async fn promises(browser: &Browser, minutes: u64) {
    let lead = browser.text(".lead").await;
    assert!(
        lead.contains("3 short sections") && lead.contains(&format!("about {minutes} minutes")),
        "{lead}"
    );
}

#[tokio::test]
async fn a_weekly_survey_of_three_services_asks_at_most_ten_questions_and_says_how_long_on_a_phone()
{
    let app = crate::helpers::spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    use_the_short_pulse(&app, org.cycle_id).await;
    let Some(browser) = Browser::start(&app).await else {
        return;
    };
    let link = anas_link(&app).await;

    let (kinds, _height) = measure_on_a_phone(&browser, &link, "survey-length-short-pulse").await;

    let limit = usize::try_from(DEFAULT_MAX_ANSWERS_PER_WAVE).unwrap();
    assert!(
        (3..=limit).contains(&kinds.len()),
        "at most ten questions: {kinds:?}"
    );
    promises(&browser, honest_minutes(&kinds)).await;
    assert_eq!(
        browser.texts(".survey-step").await,
        ["Section 1 of 3", "Section 2 of 3", "Section 3 of 3"]
    );

    browser.click("label[for$='_na']").await;
    let shown = browser
        .js("return [...document.querySelectorAll('.survey-section')[0]\
             .querySelectorAll('fieldset.survey-question')]\
             .filter((q) => q.offsetParent !== null).length;")
        .await;
    assert_eq!(
        shown, 0,
        "ticking \"I haven't used this service\" folds the section's questions away"
    );
    browser.assert_accessible("the folded survey").await;
    browser.quit().await;
}

#[tokio::test]
async fn a_cycle_from_before_the_short_pulse_asks_every_question_and_says_how_long_on_a_phone() {
    let app = crate::helpers::spawn_app().await;
    organisation(&app, CycleOptions::default()).await;
    let Some(browser) = Browser::start(&app).await else {
        return;
    };
    let link = anas_link(&app).await;

    let (kinds, _height) =
        measure_on_a_phone(&browser, &link, "survey-length-every-question").await;

    assert_eq!(kinds.len(), 27, "nine questions in each of three sections");
    promises(&browser, honest_minutes(&kinds)).await;
    browser.quit().await;
}
