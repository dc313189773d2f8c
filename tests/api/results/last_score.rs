//! The survey page tells customers last round's headline score of a service — only when that
//! score passed the gate.

use super::fixture::{Answer, answer, answer_second, close, new_wave, second_it_service};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;

#[tokio::test]
async fn the_next_survey_shows_last_rounds_score_only_for_services_that_passed_the_gate() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let laptops = second_it_service(&app, &org).await;
    for overall in ["5", "4", "4", "4", "3"] {
        answer(
            &app,
            &org,
            org.wave,
            org.sales,
            &Answer::scores(overall, "8"),
        )
        .await;
    }
    answer_second(&app, &org, laptops, 2).await;
    close(&app, org.wave).await;
    let next = new_wave(&app, &org, 0).await;
    let invited = org
        .invite_about(
            &app,
            org.sales,
            "en",
            Some(next),
            None,
            &[org.helpdesk, laptops],
        )
        .await;

    let page = app.get(&invited.path()).await.text().await.unwrap();

    assert!(
        page.contains("colleagues rated this service 4.0 out of 5 on average."),
        "{page}"
    );
    assert!(page.contains(&format!("data-last-score=\"s{}\"", org.helpdesk)));
    assert!(
        !page.contains(&format!("data-last-score=\"s{laptops}\"")),
        "2 answers stay hidden"
    );
}
