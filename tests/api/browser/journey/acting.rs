//! Closing the loop: the head records what IT will do about the feedback; HR looks at the
//! organisation's heatmap and opens the next wave; an employee finds the action under "You
//! said, we did" in the next survey, in her language, on her phone.

use super::answering::Answered;
use super::answering::{link_for, text};
use super::reading::{Head, expected_figures};
use super::setup::{INVITED, Opened, SERVICE, logs_in, logs_out, look_at};
use crate::browser::pages::Browser;
use crate::helpers::TestApp;
use crate::smtp_server::Email;
use innerpulse::domain::Locale;

/// The action IT records for the helpdesk.
pub const ACTION: &str = "A second person on the helpdesk every morning";
const ACTION_DETAILS: &str = "From next Monday, two of us answer tickets from 8 to 11.";

/// Irene records an action from her dashboard: a form sent without a title shows the error next
/// to the field; with one, the action is listed for the helpdesk, in progress. She logs out.
pub async fn the_head_records_an_action(browser: &Browser, app: &TestApp, head: &Head) {
    browser.open(&head.dashboard).await;
    browser.click_and_wait("a[href$='/actions/new']").await;
    let form = browser.path().await;
    browser.fill("#description", ACTION_DETAILS).await;
    browser.choose("#status", "in_progress").await;
    browser
        .click_and_wait("form.stack button[type=submit]")
        .await;
    assert_eq!(
        browser.text(".field.has-error #title-error").await,
        text(app, "en", "err-action-title"),
        "a missing title is named next to its field"
    );
    assert_eq!(
        browser
            .element("#description")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some(ACTION_DETAILS),
        "the description is kept"
    );

    browser.open(&form).await;
    browser.fill("#title", ACTION).await;
    browser.fill("#description", ACTION_DETAILS).await;
    browser.choose("#status", "in_progress").await;
    look_at(browser, "action-form").await;
    browser
        .click_and_wait("form.stack button[type=submit]")
        .await;

    assert!(
        browser.path().await.contains("/actions?notice="),
        "back on the service's actions, not {}",
        browser.path().await
    );
    assert_eq!(browser.texts(".action-list .action-title").await, [ACTION]);
    assert_eq!(
        browser.text(".action-list .badge.action-in_progress").await,
        text(app, "en", "action-status-in_progress")
    );
    look_at(browser, "actions-helpdesk").await;
    logs_out(browser).await;
}

/// HR logs in, reads the heatmap (the helpdesk's cell for Sales holds its overall
/// satisfaction; switched to the NPS it holds that), then opens the next wave, whose
/// invitations tell Sales what IT did. Returns the new invitation emails.
pub async fn hr_reads_the_overview_and_opens_the_next_wave(
    browser: &Browser,
    app: &TestApp,
    opened: &Opened,
    answered: &Answered,
) -> Vec<Email> {
    logs_in(browser, &opened.hr).await;
    let (headline, nps) = expected_figures(answered, Locale::EN);
    hr_reads_the_heatmap(browser, &headline, &nps).await;

    browser.open(&opened.waves_page).await;
    let cycle_page = opened.waves_page.trim_end_matches("/waves");
    browser
        .click_and_wait(&format!("form[action='{cycle_page}/open-now'] button"))
        .await;
    assert!(browser.has(".notice.good[role=status]").await);
    assert!(browser.has(".wave-table .state-open").await);
    logs_out(browser).await;

    let before = app.smtp.emails().len();
    assert_eq!(
        usize::try_from(app.run_scheduler_once().await.invitations_sent).unwrap(),
        INVITED
    );
    let emails: Vec<Email> = app.smtp.wait_for(before + INVITED).await[before..].to_vec();
    assert_eq!(emails.len(), INVITED);
    for email in &emails {
        assert!(
            email.text.contains(ACTION),
            "the invitation to {:?} says what IT did",
            email.to
        );
    }
    emails
}

/// The heatmap of the closed wave: one row (IT) whose Sales cell and total hold `headline`,
/// then `nps` once HR picks the NPS.
async fn hr_reads_the_heatmap(browser: &Browser, headline: &str, nps: &str) {
    browser.open("/results").await;
    browser.click_and_wait("a[href='/results/overview']").await;
    let cells = browser
        .texts(".heatmap tbody tr td[data-cell=shown] .value")
        .await;
    assert_eq!(cells, [headline, headline], "Sales, and all customers");
    look_at(browser, "results-overview").await;
    browser.choose("#metric", "nps").await;
    browser
        .click_and_wait("form.filters button[type=submit]")
        .await;
    assert_eq!(
        browser
            .texts(".heatmap tbody tr td[data-cell=shown] .value")
            .await,
        [nps, nps]
    );
    browser.phone().await;
    browser.open(&browser.path().await).await;
    assert!(
        !browser.scrolls_sideways().await,
        "the overview fits a phone (the heatmap scrolls inside its box)"
    );
    look_at(browser, "results-overview-phone").await;
    browser.desktop().await;
}

/// Boris opens his new invitation on his phone: the helpdesk section says, in Russian, what
/// IT did and how the helpdesk scored last time.
pub async fn an_employee_sees_what_was_done(
    browser: &Browser,
    app: &TestApp,
    emails: &[Email],
    answered: &Answered,
) {
    let (headline, _) = expected_figures(answered, Locale::parse("ru").unwrap());
    browser.phone().await;
    browser.open(&link_for(emails, "boris@example.com")).await;
    assert_eq!(browser.page_language().await, "ru");
    let section = browser.text(".survey-you-said-we-did").await;
    for expected in [
        text(app, "ru", "survey-you-said-we-did"),
        ACTION.to_owned(),
        text(app, "ru", "action-status-in_progress"),
    ] {
        assert!(section.contains(&expected), "`{expected}` in\n{section}");
    }
    let last = browser.text("[data-last-score]").await;
    assert!(last.contains(&headline), "last round's score: {last}");
    assert!(browser.text("main").await.contains(SERVICE));
    assert!(!browser.scrolls_sideways().await);
    look_at(browser, "survey-phone-ru-you-said-we-did").await;
    browser.desktop().await;
}
