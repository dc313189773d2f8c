//! Touchpoint answers are reported per relationship per ended calendar month, through the
//! same gate: a month with k−1 answers is withheld.

use super::fixture::{dashboard_json, helpdesk};
use crate::helpers::{TestApp, spawn_app};
use crate::survey::fixture::{Org, post_survey};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use entity::question;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// `count` touchpoint answers about the helpdesk, then dated `day`.
async fn touchpoint_answers(app: &TestApp, org: &Org, count: usize, overall: &str, day: NaiveDate) {
    // Touchpoints ask the built-in questionnaire: every required question gets an answer.
    let builtin = innerpulse::store::programme::questionnaires::find_builtin(app.db())
        .await
        .unwrap()
        .unwrap();
    let questions = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(builtin))
        .filter(question::Column::Required.eq(true))
        .all(app.db())
        .await
        .unwrap();
    for _ in 0..count {
        let invited = org
            .invite_from(app, org.sales, None, Some(Utc::now() + Duration::days(3)))
            .await;
        let fields: Vec<(String, String)> = questions
            .iter()
            .map(|q| {
                let value = match q.message_key.as_deref() {
                    Some("q-overall") => overall,
                    Some("q-recommend") => "9",
                    _ => "4",
                };
                (org.field(org.helpdesk, q.id), value.to_owned())
            })
            .collect();
        assert_eq!(
            post_survey(app, &invited.path(), &fields).await.status(),
            200
        );
    }
    // The answers were given today; file their sealed records under an ended month.
    let this_month = Utc::now().date_naive().with_day(1).unwrap();
    entity::sealed_submission::Entity::update_many()
        .col_expr(
            entity::sealed_submission::Column::Month,
            Expr::value(day.with_day(1).unwrap()),
        )
        .filter(entity::sealed_submission::Column::WaveId.is_null())
        .filter(entity::sealed_submission::Column::Month.eq(this_month))
        .exec(app.db())
        .await
        .unwrap();
}

fn first_of_month(months_ago: u32) -> NaiveDate {
    let today = Utc::now().date_naive();
    today
        .with_day(1)
        .unwrap()
        .checked_sub_months(chrono::Months::new(months_ago))
        .unwrap()
}

#[tokio::test]
async fn touchpoint_answers_are_reported_per_ended_month_and_a_month_below_k_is_withheld() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    touchpoint_answers(&app, &org, 5, "4", first_of_month(2) + Duration::days(3)).await;
    touchpoint_answers(&app, &org, 4, "2", first_of_month(1) + Duration::days(9)).await;
    let outcome = app.run_scheduler_once().await;
    assert_eq!(outcome.periods_aggregated, 2, "{outcome}");
    app.login_as_hr().await;

    let json = dashboard_json(&app, org.it).await;
    let months: Vec<(String, Option<f64>)> = helpdesk(&json, &org)["touchpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["period"]["month"].as_str().unwrap().to_owned(),
                p["headline"].as_f64(),
            )
        })
        .collect();
    assert_eq!(
        months,
        vec![(first_of_month(2).to_string(), Some(4.0))],
        "last month's 4 answers stay sealed until a month brings the service to k"
    );
    assert_eq!(crate::survey::fixture::sealed_count(&app).await, 4);
    // The touchpoints are not a wave: the wave results stay empty.
    assert!(helpdesk(&json, &org)["latest"].is_null());
}
