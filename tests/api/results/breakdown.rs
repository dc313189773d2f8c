//! A provider's results by customer department: a department is shown apart only when it and
//! what remains both reach k; small departments are merged into "other departments".

use super::fixture::{Answer, answer, close, csv_rows, dashboard_json};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;

#[tokio::test]
async fn a_breakdown_that_would_allow_subtraction_is_merged_into_other_departments() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let marketing = app.create_department("Marketing").await;
    let legal = app.create_department("Legal").await;
    // Meeting rooms serve everyone: 5 from Sales, 5 from Marketing, 2 from Legal. Showing Sales
    // and Marketing next to the total of 12 would reveal Legal's two answers.
    for (department, count) in [(org.sales, 5), (marketing, 5), (legal, 2)] {
        for _ in 0..count {
            answer(&app, &org, org.wave, department, &Answer::scores("4", "8")).await;
        }
    }
    close(&app, org.wave).await;
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.facilities).await;
    let rows: Vec<(String, i64)> = json["breakdown"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let label = if row["total"] == true {
                "total".to_owned()
            } else {
                row["department"].as_str().unwrap_or("other").to_owned()
            };
            (label, row["responses"].as_i64().unwrap())
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Marketing".to_owned(), 5),
            ("other".to_owned(), 7),
            ("total".to_owned(), 12)
        ]
    );
    assert_eq!(json["breakdown"]["merged"], true);

    let page = app
        .get(&format!("/results/providers/{}", org.facilities))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("data-row=\"{marketing}\"")));
    assert!(!page.contains(&format!("data-row=\"{legal}\"")));
    assert!(!page.contains(&format!("data-row=\"{}\"", org.sales)));
    assert!(page.contains("data-row=\"other\""));

    let csv = csv_rows(
        &app,
        &format!("/results/providers/{}/export.csv", org.facilities),
    )
    .await;
    let departments: std::collections::BTreeSet<String> = csv
        .iter()
        .filter(|r| r["slice"] == "provider_customer_department")
        .map(|r| r["customer_department"].clone())
        .collect();
    assert_eq!(
        departments.into_iter().collect::<Vec<_>>(),
        vec!["Marketing"]
    );
}

#[tokio::test]
async fn a_service_below_k_stays_sealed_so_the_provider_total_reveals_nothing_of_it() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    // IT's helpdesk gets 5 answers; IT's second service only 2: had they been released, the
    // total of 7 minus the helpdesk's 5 would reveal the two. They stay sealed instead.
    let second = crate::results::fixture::second_it_service(&app, &org).await;
    for _ in 0..5 {
        answer(&app, &org, org.wave, org.sales, &Answer::scores("4", "8")).await;
    }
    crate::results::fixture::answer_second(&app, &org, second, 2).await;
    close(&app, org.wave).await;
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let rows = json["breakdown"]["rows"].as_array().unwrap();
    let total = rows
        .iter()
        .find(|r| r["total"] == true)
        .expect("IT's total");
    assert_eq!(
        total["responses"], 5,
        "only the helpdesk's answers: {rows:?}"
    );
    assert_eq!(crate::survey::fixture::sealed_count(&app).await, 2);
}
