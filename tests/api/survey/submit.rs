//! `POST /s/{token}`: valid submissions are stored once, sealed, in one go; at close they are
//! released as one response per section with its answers.

use super::fixture::{
    Org, assert_survey_headers, close_and_release, is_answered, post_survey, sealed_count,
    stored_rows,
};
use crate::helpers::{TestApp, spawn_app};
use entity::{answer, response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// The threshold k of the test app.
fn k(app: &TestApp) -> usize {
    app.state.settings.anonymity.min_group_size.get() as usize
}

/// Posts `fields` through k − 1 more links of the wave, so that the wave holds k submissions.
async fn others_answer(app: &TestApp, org: &Org, fields: &[(String, String)]) {
    for _ in 1..k(app) {
        let invited = org.invite(app, "en").await;
        assert_eq!(
            post_survey(app, &invited.path(), fields).await.status(),
            200
        );
    }
}

async fn response_about(app: &TestApp, relationship: i32) -> response::Model {
    let mut found = response::Entity::find()
        .filter(response::Column::RelationshipId.eq(relationship))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(found.len(), k(app), "one response per section and person");
    found.remove(0)
}

async fn answers_of(
    app: &crate::helpers::TestApp,
    response_id: uuid::Uuid,
) -> HashMap<i32, (Option<i32>, Option<String>)> {
    answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(response_id))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.question_id, (a.value_number, a.value_text)))
        .collect()
}

#[tokio::test]
async fn a_valid_submission_stores_one_response_per_section_with_its_answers() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;

    let response = post_survey(&app, &invited.path(), &org.full_answers()).await;

    assert_eq!(response.status(), 200);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("Thank you!"), "{page}");
    assert_eq!(sealed_count(&app).await, 1);
    assert_eq!(
        stored_rows(&app).await,
        (0, 0),
        "nothing readable before release"
    );
    assert!(is_answered(&app, invited.invitation_id).await);
    others_answer(&app, &org, &org.full_answers()).await;
    let opened_on = close_and_release(&app, &org).await;
    assert_eq!(sealed_count(&app).await, 0, "released records are deleted");
    assert_eq!(stored_rows(&app).await.0, 2 * k(&app) as u64);
    let helpdesk = response_about(&app, org.helpdesk).await;
    assert_eq!(helpdesk.wave_id, Some(org.wave));
    assert_eq!(helpdesk.customer_department_id, org.sales);
    assert_eq!(helpdesk.questionnaire_id, org.questionnaire);
    assert_eq!(
        helpdesk.submitted_on, opened_on,
        "dated by the wave, not the day"
    );
    assert!(!helpdesk.not_applicable);
    assert_eq!(helpdesk.id.get_version_num(), 4);
    let q = &org.q;
    let expected: HashMap<i32, (Option<i32>, Option<String>)> = [
        (q.overall, (Some(4), None)),
        (q.standard, (Some(2), None)),
        (q.recommend, (Some(9), None)),
        (q.yes_no, (Some(1), None)),
        (q.choice, (Some(2), None)),
        (q.lost_time, (Some(3), None)),
        (
            q.comment,
            (None, Some("Answer the phone <faster>".to_owned())),
        ),
        (q.thanks, (None, Some("Thanks to Sam".to_owned()))),
    ]
    .into_iter()
    .collect();
    assert_eq!(answers_of(&app, helpdesk.id).await, expected);
    let rooms = response_about(&app, org.rooms).await;
    let expected: HashMap<i32, (Option<i32>, Option<String>)> = [
        (q.overall, (Some(5), None)),
        (q.recommend, (Some(10), None)),
    ]
    .into_iter()
    .collect();
    assert_eq!(answers_of(&app, rooms.id).await, expected);
    assert!(
        !is_answered(&app, invited.invitation_id).await,
        "after release only the wave's count says who answered"
    );
}

#[tokio::test]
async fn a_section_not_used_recently_stores_a_not_applicable_response_without_answers() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let mut fields: Vec<(String, String)> = org
        .full_answers()
        .into_iter()
        .filter(|(name, _)| !name.starts_with(&format!("s{}_", org.rooms)))
        .collect();
    fields.push((format!("s{}_na", org.rooms), "1".to_owned()));

    let response = post_survey(&app, &invited.path(), &fields).await;
    others_answer(&app, &org, &fields).await;
    close_and_release(&app, &org).await;

    assert_eq!(response.status(), 200);
    let rooms = response_about(&app, org.rooms).await;
    assert!(rooms.not_applicable);
    assert!(answers_of(&app, rooms.id).await.is_empty());
    let helpdesk = response_about(&app, org.helpdesk).await;
    assert!(!helpdesk.not_applicable);
    assert_eq!(answers_of(&app, helpdesk.id).await.len(), 8);
}

#[tokio::test]
async fn a_not_used_section_whose_folded_questions_still_hold_a_choice_is_accepted_without_them() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    // A radio chosen before the box was ticked stays checked in the folded section (and the
    // section's other required question is left empty).
    let mut fields: Vec<(String, String)> = org
        .full_answers()
        .into_iter()
        .filter(|(name, _)| !name.starts_with(&format!("s{}_", org.rooms)))
        .collect();
    fields.push((org.field(org.rooms, org.q.overall), "2".to_owned()));
    fields.push((format!("s{}_na", org.rooms), "1".to_owned()));

    let response = post_survey(&app, &invited.path(), &fields).await;
    others_answer(&app, &org, &fields).await;
    close_and_release(&app, &org).await;

    assert_eq!(response.status(), 200);
    let rooms = response_about(&app, org.rooms).await;
    assert!(rooms.not_applicable);
    assert!(
        answers_of(&app, rooms.id).await.is_empty(),
        "the folded section's choice is not stored"
    );
}

#[tokio::test]
async fn a_touchpoint_submission_is_sealed_for_its_month_without_a_wave() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org
        .invite_touchpoint(&app, chrono::Utc::now() + chrono::Duration::days(2))
        .await;
    // Touchpoints ask the built-in questionnaire (installed at startup); the employee says
    // they have not used the service recently, which needs no answers.
    let builtin = entity::questionnaire::Entity::find()
        .filter(entity::questionnaire::Column::BuiltinKey.eq("internal-service-pulse"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let fields = vec![(format!("s{}_na", org.helpdesk), "on".to_owned())];

    let response = post_survey(&app, &invited.path(), &fields).await;

    assert_eq!(response.status(), 200);
    let sealed = entity::sealed_submission::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(sealed.len(), 1);
    assert_eq!(sealed[0].wave_id, None);
    let today = chrono::Utc::now().date_naive();
    assert_eq!(
        sealed[0].month,
        Some(chrono::Datelike::with_day(&today, 1).unwrap())
    );
    let ballot =
        innerpulse::sealing::Ballot::open(&app.state.sealing, &sealed[0].key_id, &sealed[0].sealed)
            .unwrap();
    assert_eq!(ballot.questionnaire_id, builtin.id);
    assert!(ballot.sections[0].not_applicable);
    assert_eq!(stored_rows(&app).await, (0, 0));
}

#[tokio::test]
async fn two_concurrent_submissions_of_one_link_are_stored_only_once() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let fields = org.full_answers();
    let path = invited.path();

    let (first, second) = tokio::join!(
        post_survey(&app, &path, &fields),
        post_survey(&app, &path, &fields)
    );

    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(sealed_count(&app).await, 1);
}

#[tokio::test]
async fn comments_longer_together_than_one_submission_may_carry_are_refused_with_the_text_kept() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let long_comment = "c".repeat(1500);
    let long_thanks = "t".repeat(600);
    let mut fields = org.full_answers();
    for (name, value) in &mut fields {
        if *name == org.field(org.helpdesk, org.q.comment) {
            value.clone_from(&long_comment);
        }
        if *name == org.field(org.helpdesk, org.q.thanks) {
            value.clone_from(&long_thanks);
        }
    }

    let response = post_survey(&app, &invited.path(), &fields).await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains(
            "Your comments together are too long: please shorten them to 2000 characters in all."
        ),
        "{page}"
    );
    assert!(page.contains(&long_comment), "the text is kept");
    assert_eq!(sealed_count(&app).await, 0);
    assert!(!is_answered(&app, invited.invitation_id).await);
}
