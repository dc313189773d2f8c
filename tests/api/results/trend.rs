//! The trend skips (leaves a gap for) a wave whose answers stayed sealed (fewer than k); they
//! are released with, and counted in, the next wave that brings the service to k.

use super::fixture::{Answer, answer, close, dashboard_json, helpdesk, new_wave};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;

#[tokio::test]
async fn the_trend_leaves_a_gap_where_a_wave_had_fewer_than_k_answers() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let first = new_wave(&app, &org, 30).await;
    let second = new_wave(&app, &org, 20).await;
    let third = new_wave(&app, &org, 10).await;
    for (wave, count, overall) in [(first, 5, "3"), (second, 4, "5"), (third, 5, "4")] {
        for _ in 0..count {
            answer(&app, &org, wave, org.sales, &Answer::scores(overall, "8")).await;
        }
        close(&app, wave).await;
    }
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let service = helpdesk(&json, &org);
    let headlines: Vec<Option<f64>> = service["trend"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["headline"].as_f64())
        .collect();
    // The second wave's 4 answers stayed sealed and were released with the third wave's 5:
    // (4 × 5 + 5 × 4) / 9.
    assert_eq!(headlines, vec![Some(3.0), None, Some(40.0 / 9.0)]);
    // The change compares the latest wave with the one before it, which was withheld.
    assert!(service["headline_change"].is_null());
    let page = app
        .get(&format!("/results/providers/{}", org.it))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("class=\"gap\""), "the chart marks the gap");
}
