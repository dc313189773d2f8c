//! Comments beyond the dashboard's first twenty are on their own page, behind the same gate.

use super::fixture::{Answer, answer, close, dashboard_json, helpdesk};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;

#[tokio::test]
async fn the_dashboard_shows_twenty_comments_and_links_to_all_of_them() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    for n in 0..23 {
        let comment = format!("Remark number {n:02}");
        let given = Answer {
            overall: "4",
            recommend: "8",
            comment: Some(&comment),
        };
        answer(&app, &org, org.wave, org.sales, &given).await;
    }
    close(&app, org.wave).await;
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    assert_eq!(latest["comments_total"], 23);
    assert_eq!(latest["comments"].as_array().unwrap().len(), 20);

    let page = app
        .get(&format!("/results/relationships/{}/comments", org.helpdesk))
        .await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    for n in 0..23 {
        assert!(page.contains(&format!("Remark number {n:02}")), "{n}");
    }
}

#[tokio::test]
async fn the_comments_page_withholds_comments_below_the_threshold_and_respects_the_scope() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    for _ in 0..4 {
        let given = Answer {
            overall: "4",
            recommend: "8",
            comment: Some("Too few to be shown"),
        };
        answer(&app, &org, org.wave, org.sales, &given).await;
    }
    close(&app, org.wave).await;
    let head = app
        .create_staff(entity::account::Role::DepartmentHead, &[org.facilities])
        .await;
    app.login(&head).await;
    let path = format!("/results/relationships/{}/comments", org.helpdesk);
    assert_eq!(
        app.get(&path).await.status(),
        403,
        "IT's comments are not Facilities'"
    );

    app.login_as_hr().await;
    let page = app.get(&path).await.text().await.unwrap();
    assert!(page.contains("data-suppressed=\"comments\""));
    assert!(!page.contains("Too few to be shown"));
}
