//! Answers submitted through the real survey links, waves closed through the scheduler, and
//! the provider pages read as a logged-in HR admin.

use crate::helpers::{TestApp, seed};
use crate::survey::fixture::{Org, post_survey};
use chrono::{Duration, Utc};
use entity::wave;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

/// One colleague's answers about the IT helpdesk.
pub struct Answer<'a> {
    pub overall: &'a str,
    pub recommend: &'a str,
    pub comment: Option<&'a str>,
}

impl Answer<'_> {
    /// Overall and recommend only.
    pub fn scores(overall: &'static str, recommend: &'static str) -> Answer<'static> {
        Answer {
            overall,
            recommend,
            comment: None,
        }
    }
}

/// Invites one employee of `department` to `wave_id` and answers through the link.
pub async fn answer(app: &TestApp, org: &Org, wave_id: i32, department: i32, given: &Answer<'_>) {
    let invited = org.invite_from(app, department, Some(wave_id), None).await;
    let mut fields = vec![
        (
            org.field(org.helpdesk, org.q.overall),
            given.overall.to_owned(),
        ),
        (org.field(org.helpdesk, org.q.standard), "4".to_owned()),
        (
            org.field(org.helpdesk, org.q.recommend),
            given.recommend.to_owned(),
        ),
        (org.field(org.rooms, org.q.overall), "5".to_owned()),
        (org.field(org.rooms, org.q.recommend), "10".to_owned()),
    ];
    if let Some(comment) = given.comment {
        fields.push((org.field(org.helpdesk, org.q.comment), comment.to_owned()));
    }
    let response = post_survey(app, &invited.path(), &fields).await;
    assert_eq!(response.status(), 200, "the survey answer was refused");
}

/// Closes `wave_id` (its closing time moved into the past) and runs a scheduler pass, which
/// closes it and aggregates its results.
pub async fn close(app: &TestApp, wave_id: i32) {
    let model = wave::Entity::find_by_id(wave_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut closing = model.into_active_model();
    closing.closes_at = Set(Utc::now() - Duration::minutes(1));
    closing.update(app.db()).await.unwrap();
    let outcome = app.run_scheduler_once().await;
    assert!(outcome.periods_aggregated >= 1, "{outcome}");
}

/// Another open wave of the fixture's cycle, opened `days_ago` days ago.
pub async fn new_wave(app: &TestApp, org: &Org, days_ago: i64) -> i32 {
    seed::Wave::open(org.cycle, org.questionnaire)
        .opens_at(Utc::now() - Duration::days(days_ago))
        .closes_at(Utc::now() + Duration::days(1))
        .create(app)
        .await
}

/// The dashboard JSON of `provider` as the logged-in client sees it.
pub async fn dashboard_json(app: &TestApp, provider: i32) -> serde_json::Value {
    let response = app
        .get(&format!("/api/v1/results/providers/{provider}"))
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The IT helpdesk's entry of a dashboard JSON.
pub fn helpdesk<'a>(dashboard: &'a serde_json::Value, org: &Org) -> &'a serde_json::Value {
    dashboard["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["relationship_id"] == org.helpdesk)
        .expect("the helpdesk is on the IT dashboard")
}

/// The CSV export of `path`, parsed into header → value maps.
pub async fn csv_rows(app: &TestApp, path: &str) -> Vec<std::collections::HashMap<String, String>> {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

/// A second service of IT for Sales ("Laptops", no standard); returns the relationship.
pub async fn second_it_service(app: &TestApp, org: &Org) -> i32 {
    seed::Service::new(org.it, "Laptops")
        .customer(Some(org.sales))
        .create(app)
        .await
}

/// `count` Sales employees asked only about `relationship` answer it in the fixture's wave.
pub async fn answer_second(app: &TestApp, org: &Org, relationship: i32, count: usize) {
    for _ in 0..count {
        let invited = org
            .invite_about(app, org.sales, "en", Some(org.wave), None, &[relationship])
            .await;
        let fields = vec![
            (org.field(relationship, org.q.overall), "2".to_owned()),
            (org.field(relationship, org.q.recommend), "3".to_owned()),
        ];
        let response = post_survey(app, &invited.path(), &fields).await;
        assert_eq!(response.status(), 200);
    }
}
