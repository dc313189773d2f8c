//! The whole journey in one browser session, as the people do it: HR sets up the programme
//! and opens a wave, the invitations go out by email, the employees answer in their own
//! languages on phones and desktops, and the wave closes.
//!
//! Still to append once the results dashboard (issue 5) and actions and conversations
//! (issue 6) are merged, in this order: the IT head logs in and sees the dashboard with the
//! figures and comments → records an action → the next wave's survey page shows it → the head
//! replies to a comment and its author reads the reply through the conversation link.

mod answering;
mod setup;

use crate::browser::pages::Browser;
use crate::helpers::spawn_app;
use answering::{Answers, Screen, link_for};
use entity::wave;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use setup::{INVITED, look_at};

#[tokio::test]
async fn hr_opens_a_wave_and_employees_answer_it_in_a_real_browser_until_it_closes() {
    let app = spawn_app().await;
    let Some(browser) = Browser::start(&app).await else {
        return;
    };

    // HR: log in, import the organisation, describe the service, plan and open a wave.
    let hr = setup::hr_logs_in(&browser, &app).await;
    setup::hr_imports_employees(&browser, &app).await;
    setup::hr_describes_the_helpdesk(&browser).await;
    let cycle_page = setup::hr_plans_a_weekly_cycle(&browser).await;
    let waves_page = setup::hr_opens_a_wave_now(&browser, &cycle_page).await;

    // The scheduler sends the invitations; everyone in Sales gets one, Ivan in IT none.
    let outcome = app.run_scheduler_once().await;
    assert_eq!(usize::try_from(outcome.invitations_sent).unwrap(), INVITED);
    let emails = app.smtp.wait_for(INVITED).await;
    assert_eq!(emails.len(), INVITED);
    assert!(app.smtp.emails_to("ivan@example.com").is_empty());
    browser.open(&waves_page).await;
    assert_eq!(
        browser.text("td[data-count=delivered]").await,
        INVITED.to_string()
    );

    // The employees answer; they are not logged in as anyone.
    browser.driver().delete_all_cookies().await.unwrap();
    let people = [
        ("amelie@example.com", "fr", Screen::Phone),
        ("boris@example.com", "ru", Screen::Phone),
        ("chris@example.com", "en", Screen::Phone),
        ("filip@example.com", "pl", Screen::Desktop),
    ];
    let comments = [
        "Le portail des tickets est lent le matin.",
        "Быстро помогли с ноутбуком, спасибо.",
        "Please tell us when a ticket is waiting for us.",
        "Odpowiedzi mogłyby przychodzić szybciej.",
    ];
    for ((address, locale, screen), comment) in people.into_iter().zip(comments) {
        let link = link_for(&emails, address);
        answering::opens_the_survey(&browser, &app, &link, locale, screen).await;
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
        answering::answers_everything(&browser, &app, locale, &answers, &photo).await;
        if locale == "fr" {
            look_at(&browser, "survey-phone-fr-thanks").await;
        }
    }
    let dana = link_for(&emails, "dana@example.com");
    answering::opens_the_survey(&browser, &app, &dana, "en", Screen::Desktop).await;
    let answers = Answers {
        rating: 2,
        recommend: 5,
        comment: "Nobody answered my ticket for three days.",
        thanks: "",
    };
    answering::forgets_a_required_question_then_fixes_it(&browser, &app, "en", &answers).await;
    let eva = link_for(&emails, "eva@example.com");
    answering::opens_the_survey(&browser, &app, &eva, "nl", Screen::Desktop).await;
    answering::says_they_have_not_used_it(&browser, &app, "nl").await;

    // The wave closes (its closing time moved into the past) and the links stop working.
    let open = wave::Entity::find().one(app.db()).await.unwrap().unwrap();
    let mut closing: wave::ActiveModel = open.into();
    closing.closes_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    closing.update(app.db()).await.unwrap();
    assert_eq!(app.run_scheduler_once().await.waves_closed, 1);
    browser.open(&link_for(&emails, "gloria@example.com")).await;
    assert_eq!(
        browser.text("main h1").await,
        app.state.i18n.text(
            innerpulse::domain::Locale::parse("es").unwrap(),
            "survey-closed-title",
            None
        )
    );
    look_at(&browser, "survey-closed-es").await;

    // HR sees the closed wave: seven invited, six answered (who answered stays unknown).
    setup::logs_in(&browser, &hr).await;
    browser.open(&waves_page).await;
    assert!(browser.has(".wave-table .state-closed").await);
    assert_eq!(browser.text("td[data-count=answered]").await, "6");
    look_at(&browser, "admin-waves-closed").await;
    browser.phone().await;
    browser.open(&waves_page).await;
    assert!(
        !browser.scrolls_sideways().await,
        "the waves page fits a phone (its table scrolls inside its box)"
    );
    look_at(&browser, "admin-waves-phone").await;

    browser.quit().await;
}
