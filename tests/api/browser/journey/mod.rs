//! The whole journey in one browser session, as the people do it: HR sets up the programme
//! and opens a wave, the invitations go out by email, the employees answer in their own
//! languages on phones and desktops, and the wave closes; HR invites the IT head, who reads
//! the dashboard and records an action; HR opens the next wave, whose survey page shows the
//! action; the head replies to a comment and its author reads the reply through the private
//! link her thank-you page showed.

mod acting;
mod answering;
mod closing;
mod reading;
mod replying;
mod setup;

use crate::browser::pages::Browser;
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_whole_journey_from_setup_to_a_private_reply_works_in_a_real_browser() {
    let app = spawn_app().await;
    let Some(browser) = Browser::start(&app).await else {
        return;
    };

    let opened = setup::hr_sets_up_the_programme_and_opens_a_wave(&browser, &app).await;
    let emails = closing::the_invitations_are_emailed(&browser, &app, &opened).await;
    let answered = answering::the_employees_answer(&browser, &app, &emails).await;
    closing::the_wave_closes(&browser, &app, &opened, &emails).await;

    let head = reading::hr_invites_the_it_head(&browser, &app).await;
    reading::the_head_reads_the_dashboard(&browser, &app, &head, &answered).await;
    acting::the_head_records_an_action(&browser, &app, &head).await;
    let next =
        acting::hr_reads_the_overview_and_opens_the_next_wave(&browser, &app, &opened, &answered)
            .await;
    acting::an_employee_sees_what_was_done(&browser, &app, &next, &answered).await;
    replying::the_head_replies_privately(&browser, &app, &head).await;
    replying::the_commenter_reads_the_reply(&browser, &app, &answered).await;

    browser.quit().await;
}
