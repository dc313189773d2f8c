//! Between the people's steps: the scheduler emails the invitations, and later closes the
//! wave (its closing time moved into the past, as the other wave tests do), after which the
//! links stop working and HR sees the final counts.

use super::answering::link_for;
use super::setup::{INVITED, Opened, logs_in, look_at};
use crate::browser::pages::Browser;
use crate::helpers::TestApp;
use crate::smtp_server::Email;
use entity::wave;
use innerpulse::domain::Locale;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

/// One scheduler pass sends an invitation to everyone in Sales and none to IT; HR's waves
/// page counts them as delivered. Returns the emails.
pub async fn the_invitations_are_emailed(
    browser: &Browser,
    app: &TestApp,
    opened: &Opened,
) -> Vec<Email> {
    let outcome = app.run_scheduler_once().await;
    assert_eq!(usize::try_from(outcome.invitations_sent).unwrap(), INVITED);
    let emails = app.smtp.wait_for(INVITED).await;
    assert_eq!(emails.len(), INVITED);
    assert!(app.smtp.emails_to("ivan@example.com").is_empty());
    browser.open(&opened.waves_page).await;
    assert_eq!(
        browser.text("td[data-count=delivered]").await,
        INVITED.to_string()
    );
    emails
}

/// The wave closes: a link that was never used now shows the closed page (in its owner's
/// language), and HR sees seven invited and six answered, on a desktop and on a phone.
pub async fn the_wave_closes(browser: &Browser, app: &TestApp, opened: &Opened, emails: &[Email]) {
    let open = wave::Entity::find().one(app.db()).await.unwrap().unwrap();
    let mut closing: wave::ActiveModel = open.into();
    closing.closes_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    closing.update(app.db()).await.unwrap();
    assert_eq!(app.run_scheduler_once().await.waves_closed, 1);

    browser.open(&link_for(emails, "gloria@example.com")).await;
    let closed = app
        .state
        .i18n
        .text(Locale::parse("es").unwrap(), "survey-closed-title", None);
    assert_eq!(browser.text("main h1").await, closed);
    look_at(browser, "survey-closed-es").await;

    logs_in(browser, &opened.hr).await;
    browser.open(&opened.waves_page).await;
    assert!(browser.has(".wave-table .state-closed").await);
    assert_eq!(browser.text("td[data-count=answered]").await, "6");
    look_at(browser, "admin-waves-closed").await;
    browser.phone().await;
    browser.open(&opened.waves_page).await;
    assert!(
        !browser.scrolls_sideways().await,
        "the waves page fits a phone (its table scrolls inside its box)"
    );
    look_at(browser, "admin-waves-phone").await;
    browser.desktop().await;
}
