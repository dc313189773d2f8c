//! The results reach the people they are for: HR invites the IT department's head through the
//! accounts pages; the head chooses a password through the emailed link, follows the "new
//! results" email to the helpdesk's dashboard and finds there the figures the employees'
//! answers give and every comment, on a desktop, on a phone and in French.

use super::answering::{Answered, text};
use super::setup::{SERVICE, logs_out, look_at};
use crate::browser::pages::Browser;
use crate::helpers::TestApp;
use crate::smtp_server::Email;
use innerpulse::domain::Locale;
use innerpulse::i18n::numbers::decimal;

/// The IT department's head, as HR invites her.
pub struct Head {
    pub email: &'static str,
    pub password: &'static str,
    /// Her dashboard, `/results/providers/{IT}`.
    pub dashboard: String,
}

const HEAD_EMAIL: &str = "irene@example.com";
const HEAD_NAME: &str = "Irene Schmidt";
const HEAD_PASSWORD: &str = "violet tractor under seven moons";

/// HR (logged in) invites Irene as head of IT and logs out; Irene sets her password through
/// the emailed link and lands on her results; the same scheduler pass that sent the invitation
/// told her that the helpdesk's results are in. Returns Irene with the dashboard that email
/// links to.
pub async fn hr_invites_the_it_head(browser: &Browser, app: &TestApp) -> Head {
    browser.open("/admin/accounts").await;
    browser
        .click_and_wait("a[href='/admin/accounts/invite']")
        .await;
    browser.fill("#email", HEAD_EMAIL).await;
    browser.fill("#display_name", HEAD_NAME).await;
    browser.choose("#locale", "en").await;
    browser
        .click("input[name=role][value=department_head]")
        .await;
    browser.tick("IT").await;
    look_at(browser, "admin-account-invite").await;
    browser
        .click_and_wait("form[action='/admin/accounts'] button[type=submit]")
        .await;
    assert!(
        browser.path().await.ends_with("?invited=1"),
        "the new account's page, not {}",
        browser.path().await
    );
    logs_out(browser).await;

    let emails = app.deliver_mail_to(HEAD_EMAIL).await;
    let accept = link_in(&emails, "/account/accept/");
    let dashboard = link_in(&emails, "/results/providers/");
    browser.open(&accept).await;
    browser.fill("#password", HEAD_PASSWORD).await;
    browser.fill("#password_repeat", HEAD_PASSWORD).await;
    look_at(browser, "account-accept").await;
    browser
        .click_and_wait("form.stack button[type=submit]")
        .await;
    assert_eq!(
        browser.path().await,
        "/results",
        "a head starts on the results"
    );
    assert!(browser.text("main").await.contains(SERVICE));
    look_at(browser, "results-index-head").await;
    Head {
        email: HEAD_EMAIL,
        password: HEAD_PASSWORD,
        dashboard: dashboard
            .split_once("/results/")
            .map(|(_, rest)| format!("/results/{rest}"))
            .unwrap(),
    }
}

/// The first link containing `path` in `emails`.
fn link_in(emails: &[Email], path: &str) -> String {
    emails
        .iter()
        .flat_map(Email::links)
        .find(|link| link.contains(path))
        .unwrap_or_else(|| panic!("a link to {path} in the emails to {HEAD_EMAIL}"))
}

/// The figures of the answers sent, as the dashboard shows them in `locale`: the overall
/// satisfaction (every rating question got the person's one rating) and the internal NPS.
pub fn expected_figures(answered: &Answered, locale: Locale) -> (String, String) {
    let count = answered.answers.len() as f64;
    let mean = answered
        .answers
        .iter()
        .map(|a| f64::from(a.rating))
        .sum::<f64>()
        / count;
    let promoters = answered.answers.iter().filter(|a| a.recommend >= 9).count() as f64;
    let detractors = answered.answers.iter().filter(|a| a.recommend <= 6).count() as f64;
    let nps = (promoters - detractors) / count * 100.0;
    (
        decimal(mean, 1, locale, false),
        decimal(nps, 0, locale, true),
    )
}

/// Irene opens the dashboard from her email: the helpdesk's counts, overall satisfaction and
/// NPS are those of the answers sent, and every comment and the thanks are there, each comment
/// with its "Reply privately" link. Photographed on a desktop, on a phone and in French.
pub async fn the_head_reads_the_dashboard(
    browser: &Browser,
    app: &TestApp,
    head: &Head,
    answered: &Answered,
) {
    browser.open(&head.dashboard).await;
    let (headline, nps) = expected_figures(answered, Locale::EN);
    assert_eq!(
        browser.text(".key-figures [data-figure=responses]").await,
        answered.answers.len().to_string()
    );
    assert_eq!(
        browser
            .text(".key-figures [data-figure=not-applicable]")
            .await,
        "1",
        "Eva has not used the helpdesk"
    );
    let shown = browser.text(".key-figures [data-figure=headline]").await;
    assert!(shown.starts_with(&format!("{headline} / 5")), "{shown}");
    assert_eq!(browser.text(".key-figures [data-figure=nps]").await, nps);

    let mut comments = browser
        .texts(".comments .comment:not(.thanks) blockquote")
        .await;
    comments.sort();
    let mut written: Vec<&str> = answered.answers.iter().map(|a| a.comment).collect();
    written.sort_unstable();
    assert_eq!(comments, written, "every comment, and only those");
    assert_eq!(
        browser.texts(".comments .comment.thanks blockquote").await,
        ["Merci à Ivan !"]
    );
    let replies = browser
        .texts(".comments .comment:not(.thanks) a[href^='/results/conversations/']")
        .await;
    assert_eq!(replies.len(), written.len(), "a reply link per comment");
    look_at(browser, "dashboard-desktop").await;

    browser.phone().await;
    browser.open(&head.dashboard).await;
    assert!(
        !browser.scrolls_sideways().await,
        "the dashboard fits a phone's screen"
    );
    look_at(browser, "dashboard-phone").await;
    browser.desktop().await;

    dashboard_in_french(browser, app, head, answered).await;
}

/// The dashboard with `?lang=fr`: every label of the figures, headings, comments and buttons
/// in French, and French numbers.
async fn dashboard_in_french(browser: &Browser, app: &TestApp, head: &Head, answered: &Answered) {
    browser.open(&format!("{}?lang=fr", head.dashboard)).await;
    assert_eq!(browser.page_language().await, "fr");
    let fr = |keys: &[&str]| -> Vec<String> { keys.iter().map(|k| text(app, "fr", k)).collect() };
    let labelled = [
        (
            ".key-figures dt",
            fr(&[
                "results-responses-label",
                "results-not-applicable",
                "results-rate-label",
                "results-headline",
                "results-nps",
                "results-meets-standard",
            ]),
        ),
        (
            ".service-results h3",
            fr(&[
                "results-dimensions",
                "results-questions",
                "results-comments",
            ]),
        ),
        (
            ".service-results > .actions-row a",
            fr(&["results-record-action", "results-see-actions"]),
        ),
        (".comment.thanks .comment-kind", fr(&["results-thanks"])),
        (
            "[data-question] table.distribution th[scope=row]",
            fr(&[
                "scale-agree-1",
                "scale-agree-2",
                "scale-agree-3",
                "scale-agree-4",
                "scale-agree-5",
            ]),
        ),
    ];
    for (css, expected) in labelled {
        let mut shown = browser.contents(css).await;
        shown.truncate(expected.len());
        assert_eq!(shown, expected, "fr: `{css}`");
    }
    for (css, key) in [
        (
            ".comment:not(.thanks) .comment-kind",
            "results-comment-label",
        ),
        (".comment a", "results-reply"),
    ] {
        let shown = browser.contents(css).await;
        assert!(
            !shown.is_empty() && shown.iter().all(|s| *s == text(app, "fr", key)),
            "fr: `{css}` reads {shown:?}"
        );
    }
    let (headline, _) = expected_figures(answered, Locale::parse("fr").unwrap());
    assert!(
        browser
            .text(".key-figures [data-figure=headline]")
            .await
            .starts_with(&headline),
        "a decimal comma in French"
    );
    look_at(browser, "dashboard-fr").await;
    // Back to her own language for the rest of the journey.
    browser.open(&format!("{}?lang=en", head.dashboard)).await;
}
