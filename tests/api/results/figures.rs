//! k−1 answers hide every figure and comment of a service in the page, the API and the CSV;
//! k answers show them with the values worked out by hand.

use super::fixture::{Answer, answer, close, csv_rows, dashboard_json, helpdesk};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;

const COMMENT: &str = "Please pick up the phone sooner";

#[tokio::test]
async fn with_k_minus_one_answers_no_figure_or_comment_of_the_service_is_shown_anywhere() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    for overall in ["5", "4", "4", "2"] {
        let given = Answer {
            overall,
            recommend: "9",
            comment: Some(COMMENT),
        };
        answer(&app, &org, org.wave, org.sales, &given).await;
    }
    close(&app, org.wave).await;
    app.login_as_hr().await;

    let page = app
        .get(&format!("/results/providers/{}", org.it))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-suppressed=\"relationship\""), "{page}");
    assert!(!page.contains(COMMENT));
    assert!(!page.contains("data-figure=\"mean\""));

    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    assert_eq!(latest["shown"], false);
    assert!(latest["responses"].is_null());
    assert_eq!(latest["questions"].as_array().unwrap().len(), 0);
    assert_eq!(latest["comments"].as_array().unwrap().len(), 0);
    assert!(!json.to_string().contains(COMMENT));

    let rows = csv_rows(&app, &format!("/results/providers/{}/export.csv", org.it)).await;
    assert!(
        rows.is_empty(),
        "no row may describe a slice below k: {rows:?}"
    );
}

#[tokio::test]
async fn with_k_answers_mean_distribution_and_nps_match_the_hand_computed_values() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    // Overall 5, 4, 4, 3, 2 → mean 3.6, 3 of 5 agree (60 %).
    // Recommend 10, 9, 9, 6, 0 → 3 promoters (60 %), 2 detractors (40 %) → NPS +20.
    let given = [("5", "10"), ("4", "9"), ("4", "9"), ("3", "6"), ("2", "0")];
    for (overall, recommend) in given {
        let answer_ = Answer {
            overall,
            recommend,
            comment: Some(COMMENT),
        };
        answer(&app, &org, org.wave, org.sales, &answer_).await;
    }
    close(&app, org.wave).await;
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    assert_eq!(latest["shown"], true);
    assert_eq!(latest["responses"], 5);
    let question = |id: i32| {
        latest["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["question_id"] == id)
            .unwrap()
            .clone()
    };
    let overall = question(org.q.overall);
    assert!((overall["figure"]["mean"].as_f64().unwrap() - 3.6).abs() < 1e-9);
    assert_eq!(overall["figure"]["favourable"], 60.0);
    let bars: Vec<(i64, i64)> = overall["figure"]["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["value"].as_i64().unwrap(), b["answers"].as_i64().unwrap()))
        .collect();
    assert_eq!(bars, vec![(1, 0), (2, 1), (3, 1), (4, 2), (5, 1)]);
    let recommend = question(org.q.recommend);
    assert_eq!(recommend["figure"]["nps"]["score"], 20);
    assert_eq!(recommend["figure"]["nps"]["promoters"], 60.0);
    let comments = latest["comments"].as_array().unwrap();
    assert_eq!(comments.len(), 5);
    assert!(comments.iter().all(|c| c["text"] == COMMENT));

    let page = app
        .get(&format!("/results/providers/{}", org.it))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<strong>3.6</strong> / 5"), "{page}");
    assert!(page.contains("<strong>+20</strong>"));
    assert!(page.contains(COMMENT));

    // The CSV row of the same slice and question carries the same figures.
    let rows = csv_rows(&app, &format!("/results/providers/{}/export.csv", org.it)).await;
    let row = rows
        .iter()
        .find(|r| {
            r["slice"] == "service"
                && r["relationship_id"] == org.helpdesk.to_string()
                && r["question_id"] == org.q.overall.to_string()
        })
        .expect("a CSV row for the helpdesk's overall question");
    assert_eq!(row["responses"], "5");
    assert_eq!(row["answers"], "5");
    assert!((row["mean"].parse::<f64>().unwrap() - 3.6).abs() < 1e-9);
    assert_eq!(row["favourable_percent"], "60.0");
    assert_eq!(row["distribution"], "1:0;2:1;3:1;4:2;5:1");
    let nps_row = rows
        .iter()
        .find(|r| {
            r["slice"] == "service"
                && r["relationship_id"] == org.helpdesk.to_string()
                && r["question_id"] == org.q.recommend.to_string()
        })
        .unwrap();
    assert_eq!(nps_row["nps"], "20");
    assert!(!rows.iter().any(|r| r.values().any(|v| v.contains(COMMENT))));
}
