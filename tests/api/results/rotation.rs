//! A short pulse's results: each colleague answers the core questions and one rotating
//! question, so a rotating question answered by k−1 in a wave is "not enough answers this
//! round" and by k shown with its count; its trend skips the withheld wave; a dimension score
//! says from how many of its questions it comes.

use super::fixture::{close, dashboard_json, helpdesk, new_wave};
use super::rotation_fixture::{Values, add_rating, answer_until, k, short_pulse};
use crate::helpers::{TestApp, spawn_app};
use crate::survey::fixture::Org;
use entity::question::Dimension;
use serde_json::Value;

const NOT_ENOUGH: &str = "Not enough answers this round";

fn values(org: &Org) -> Values {
    let q = &org.q;
    [
        (q.overall, "4"),
        (q.standard, "5"),
        (q.recommend, "10"),
        (q.yes_no, "1"),
        (q.choice, "1"),
        (q.lost_time, "0"),
    ]
    .into()
}

fn core(org: &Org) -> Vec<i32> {
    vec![org.q.overall, org.q.standard, org.q.comment]
}

fn question(latest: &Value, id: i32) -> &Value {
    latest["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["question_id"] == id)
        .unwrap_or_else(|| panic!("question {id} is listed: {latest}"))
}

async fn dashboard_page(app: &TestApp, org: &Org) -> String {
    let response = app.get(&format!("/results/providers/{}", org.it)).await;
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

/// The HTML from `marker` to the end of the element `closing` that follows it.
fn element<'a>(page: &'a str, marker: &str, closing: &str) -> &'a str {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} is on the page"));
    let end = page[start..].find(closing).unwrap() + start;
    &page[start..end]
}

#[tokio::test]
async fn a_rotating_question_answered_by_k_minus_one_is_not_enough_this_round_and_by_k_shown_with_its_count()
 {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    short_pulse(&app, &org, &core(&org)).await;
    let k = k(&app);
    let first = new_wave(&app, &org, 20).await;
    let target = (org.q.recommend, k - 1);
    let tally = answer_until(&app, &org, first, &values(&org), target, 2 * k).await;
    close(&app, first).await;
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    assert_eq!(latest["shown"], true);
    let recommend = question(latest, org.q.recommend);
    assert_eq!(recommend["state"], "not_enough_answers");
    assert!(recommend["answers"].is_null());
    assert!(recommend["figure"].is_null());
    let overall = question(latest, org.q.overall);
    assert_eq!(overall["state"], "shown");
    assert_eq!(overall["answers"], tally.responses);
    let page = dashboard_page(&app, &org).await;
    let item = element(
        &page,
        &format!("data-question=\"{}\"", org.q.recommend),
        "</li>",
    );
    assert!(item.contains("data-suppressed=\"question\""), "{item}");
    assert!(item.contains(NOT_ENOUGH), "{item}");
    assert!(!item.contains("data-figure=\"nps\""), "{item}");
    let item = element(
        &page,
        &format!("data-question=\"{}\"", org.q.overall),
        "</li>",
    );
    assert!(
        item.contains(&format!("{} answers", tally.responses)),
        "{item}"
    );

    let second = new_wave(&app, &org, 10).await;
    let target = (org.q.recommend, k);
    answer_until(&app, &org, second, &values(&org), target, 2 * k).await;
    close(&app, second).await;

    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    let recommend = question(latest, org.q.recommend);
    assert_eq!(recommend["state"], "shown");
    assert_eq!(recommend["answers"], k);
    assert_eq!(recommend["figure"]["answers"], k);
    assert_eq!(recommend["figure"]["nps"]["score"], 100);
    let page = dashboard_page(&app, &org).await;
    let item = element(
        &page,
        &format!("data-question=\"{}\"", org.q.recommend),
        "</li>",
    );
    assert!(item.contains("<strong>+100</strong>"), "{item}");
    assert!(item.contains(&format!("{k} answers")), "{item}");
    assert!(!item.contains("data-suppressed=\"question\""), "{item}");
    // Its own trend remembers the first wave as withheld.
    let withheld = element(item, "data-point=\"not-enough\"", "</tr>");
    assert!(withheld.contains(NOT_ENOUGH), "{withheld}");
}

#[tokio::test]
async fn the_trend_of_a_rotating_question_skips_the_wave_where_too_few_answered_it() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    short_pulse(&app, &org, &core(&org)).await;
    let k = k(&app);
    for (days_ago, answers) in [(30, k), (20, k - 1), (10, k)] {
        let wave = new_wave(&app, &org, days_ago).await;
        let target = (org.q.recommend, answers);
        answer_until(&app, &org, wave, &values(&org), target, 2 * k).await;
        close(&app, wave).await;
    }
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let trend = helpdesk(&json, &org)["trend"].as_array().unwrap().clone();
    let nps: Vec<Option<i64>> = trend.iter().map(|p| p["nps"].as_i64()).collect();
    assert_eq!(nps, vec![Some(100), None, Some(100)]);
    let states: Vec<&str> = trend
        .iter()
        .map(|p| p["nps_state"].as_str().unwrap())
        .collect();
    assert_eq!(states, vec!["shown", "not_enough_answers", "shown"]);
    let answers: Vec<Option<u64>> = trend.iter().map(|p| p["nps_answers"].as_u64()).collect();
    let k64 = k as u64;
    assert_eq!(answers, vec![Some(k64), None, Some(k64)]);
    assert!(
        trend.iter().all(|p| p["headline"].is_f64()),
        "the core question is shown every wave"
    );
    let own: Vec<Option<f64>> = trend
        .iter()
        .map(|p| question(p, org.q.recommend)["value"].as_f64())
        .collect();
    assert_eq!(own, vec![Some(100.0), None, Some(100.0)]);

    let page = dashboard_page(&app, &org).await;
    let chart = element(&page, "data-chart=\"nps\"", "</figure>");
    assert_eq!(
        chart.matches("<polyline").count(),
        2,
        "a gap, not a line drawn through"
    );
    assert!(chart.contains("class=\"gap\""), "{chart}");
    let own_chart = element(
        &page,
        &format!("data-chart=\"question-{}\"", org.q.recommend),
        "</figure>",
    );
    assert_eq!(own_chart.matches("<polyline").count(), 2);
    let withheld = element(own_chart, "data-point=\"not-enough\"", "</tr>");
    assert!(withheld.contains(NOT_ENOUGH), "{withheld}");
}

#[tokio::test]
async fn a_dimension_score_says_it_comes_from_the_questions_with_enough_answers_this_round() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let quick = add_rating(&app, &org, 9, Dimension::Responsiveness, "Answers quickly.").await;
    let first_time = add_rating(
        &app,
        &org,
        10,
        Dimension::Responsiveness,
        "Solves it the first time.",
    )
    .await;
    let mut core = core(&org);
    core.push(quick);
    short_pulse(&app, &org, &core).await;
    let k = k(&app);
    let mut values = values(&org);
    values.insert(quick, "5");
    values.insert(first_time, "1");
    let wave = new_wave(&app, &org, 10).await;
    let tally = answer_until(&app, &org, wave, &values, (first_time, k - 1), 2 * k).await;
    close(&app, wave).await;
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    let dimension = latest["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dimension"] == "responsiveness")
        .expect("a responsiveness score");
    // Only the core question's answers (all 5): the withheld one's k−1 ones (all 1) are left out.
    assert_eq!(dimension["mean"], 5.0);
    assert_eq!(dimension["answers"], tally.responses);
    assert_eq!(dimension["questions"], 1);
    assert_eq!(dimension["of_questions"], 2);
    assert_eq!(question(latest, first_time)["state"], "not_enough_answers");

    let page = dashboard_page(&app, &org).await;
    let note = element(&page, "data-dimension-from=\"responsiveness\"", "</span>");
    assert!(note.contains("from 1 of 2 questions this round"), "{note}");
    assert!(
        !page.contains("data-dimension-from=\"overall\""),
        "a dimension whose questions are all shown says nothing more"
    );
}
