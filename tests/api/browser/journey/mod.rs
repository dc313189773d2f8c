//! The whole journey in one browser session, as the people do it: HR sets up the programme
//! and opens a wave, the invitations go out by email, the employees answer in their own
//! languages on phones and desktops, and the wave closes.
//!
//! Still to append once the results dashboard (issue 5) and actions and conversations
//! (issue 6) are merged, in this order, after `closing::the_wave_closes`: the IT head logs in
//! and sees the dashboard with the figures and comments → records an action → the next
//! wave's survey page shows it → the head replies to a comment and its author reads the reply
//! through the private link their thank-you page shows (`answering::sends_and_is_thanked` is
//! where to pick it up).

mod answering;
mod closing;
mod setup;

use crate::browser::pages::Browser;
use crate::helpers::spawn_app;

#[tokio::test]
async fn hr_opens_a_wave_and_employees_answer_it_in_a_real_browser_until_it_closes() {
    let app = spawn_app().await;
    let Some(browser) = Browser::start(&app).await else {
        return;
    };

    let opened = setup::hr_sets_up_the_programme_and_opens_a_wave(&browser, &app).await;
    let emails = closing::the_invitations_are_emailed(&browser, &app, &opened).await;
    answering::the_employees_answer(&browser, &app, &emails).await;
    closing::the_wave_closes(&browser, &app, &opened, &emails).await;

    browser.quit().await;
}
