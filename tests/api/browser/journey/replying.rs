//! The private conversation on a comment: the head replies through the comment's "Reply
//! privately" link on her dashboard; the commenter opens the private link her thank-you page
//! showed, reads the reply in her language on her phone and answers, and is told the answer
//! reaches IT tomorrow. Nobody learns who she is.

use super::answering::{Answered, text};
use super::reading::Head;
use super::setup::{SERVICE, logs_in_as, logs_out, look_at};
use crate::browser::pages::Browser;
use crate::helpers::TestApp;
use thirtyfour::prelude::*;

/// Whose comment the head replies to, and what it says.
const COMMENTER: &str = "amelie@example.com";
const COMMENT: &str = "Le portail des tickets est lent le matin.";
/// The head's reply.
const REPLY: &str = "Merci ! Is it slow before 9 o'clock, or all morning? We are measuring it.";
/// The commenter's answer.
const ANSWER: &str = "Surtout entre 8 h et 9 h.";

/// Irene logs in, opens the comment's thread from her dashboard, replies, and logs out.
pub async fn the_head_replies_privately(browser: &Browser, app: &TestApp, head: &Head) {
    logs_in_as(browser, head.email, head.password).await;
    browser.open(&head.dashboard).await;
    let reply_link = format!(
        "//li[contains(@class, 'comment')][blockquote[normalize-space()='{COMMENT}']]\
         /a[starts-with(@href, '/results/conversations/')]"
    );
    browser.mark_page().await;
    browser
        .driver()
        .find(By::XPath(reply_link))
        .await
        .expect("a \"Reply privately\" link on the comment")
        .click()
        .await
        .unwrap();
    browser.wait_for_new_page("Reply privately").await;

    assert_eq!(browser.text("blockquote.comment-quote").await, COMMENT);
    assert!(browser.text("main h1").await.contains(SERVICE));
    assert_eq!(
        browser.contents("nav a[aria-current=page]").await,
        [text(app, "en", "nav-conversations")],
        "the navigation marks one place: Conversations, not Results as well"
    );
    assert!(
        browser
            .text("main")
            .await
            .contains(&text(app, "en", "loop-no-messages")),
        "the thread starts empty"
    );
    browser.fill("#message", REPLY).await;
    browser
        .click_and_wait("form.card button[type=submit]")
        .await;
    assert_eq!(
        browser
            .texts(".message-list .from-provider .message-body")
            .await,
        [REPLY]
    );
    look_at(browser, "conversation-staff").await;
    logs_out(browser).await;
}

/// Amélie opens her private link on her phone: the page is French, shows her comment and
/// Irene's reply; she answers and is told it reaches IT tomorrow.
pub async fn the_commenter_reads_the_reply(browser: &Browser, app: &TestApp, answered: &Answered) {
    browser.phone().await;
    browser.open(&answered.conversation_links[COMMENTER]).await;
    assert_eq!(browser.page_language().await, "fr");
    assert_eq!(
        browser.text("main h1").await,
        text(app, "fr", "conversation-title")
    );
    assert_eq!(browser.text("blockquote.comment-quote").await, COMMENT);
    assert_eq!(
        browser
            .texts(".message-list .from-provider .message-body")
            .await,
        [REPLY],
        "she reads Irene's reply"
    );
    assert!(!browser.scrolls_sideways().await);

    browser.fill("#message", ANSWER).await;
    browser
        .click_and_wait("form.card button[type=submit]")
        .await;
    assert_eq!(
        browser
            .texts(".message-list .from-respondent .message-body")
            .await,
        [ANSWER]
    );
    let pending = browser.text(".message-list .from-respondent .muted").await;
    assert!(
        pending.contains("demain"),
        "she is told her answer reaches IT tomorrow: {pending}"
    );
    look_at(browser, "conversation-respondent-phone-fr").await;
    browser.desktop().await;
}
