//! An open wave shows participation only — invited and answered so far, each behind the gate
//! — and no score until it has closed.

use super::fixture::{Answer, answer, dashboard_json, helpdesk};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;

/// Invites `unanswered` more employees of sales to the open wave and answers `answered` times;
/// returns the helpdesk's live entry as HR reads it.
async fn live_after(answered: usize, unanswered: usize) -> serde_json::Value {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    for _ in 0..answered {
        answer(&app, &org, org.wave, org.sales, &Answer::scores("4", "9")).await;
    }
    for _ in 0..unanswered {
        org.invite_from(&app, org.sales, Some(org.wave), None).await;
    }
    app.login_as_hr().await;
    let json = dashboard_json(&app, org.it).await;
    let service = helpdesk(&json, &org);
    assert!(
        service["latest"].is_null(),
        "an open wave has no scores: {service}"
    );
    service["live"].clone()
}

#[tokio::test]
async fn an_open_wave_with_k_answers_shows_invited_answered_and_the_rate_but_no_score() {
    let live = live_after(5, 3).await;

    assert_eq!(live["invited"], 8);
    assert_eq!(live["answered"], 5);
    assert_eq!(live["response_rate"], 62.5);
}

#[tokio::test]
async fn an_open_wave_with_k_minus_one_answers_shows_the_invited_but_hides_the_answered() {
    let live = live_after(4, 4).await;

    assert_eq!(live["invited"], 8);
    assert!(live["answered"].is_null(), "{live}");
    assert!(live["response_rate"].is_null(), "{live}");
}
