//! The links that cannot be answered (404, 409, 410) and the forms that are sent back (422):
//! each with its own page and its headers, and nothing stored.

use super::fixture::{Org, assert_survey_headers, is_answered, post_survey, stored_rows};
use crate::helpers::spawn_app;
use chrono::{Duration, Utc};
use entity::wave::{self, WaveState};
use innerpulse::domain::SecretToken;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

#[tokio::test]
async fn an_unknown_or_malformed_link_gets_the_not_recognised_page() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let unknown = format!("/s/{}", SecretToken::generate().expose());

    for path in [unknown.as_str(), "/s/not-a-token", "/s/%00%ff"] {
        let page = app.get(path).await;
        assert_eq!(page.status(), 404, "{path}");
        assert_survey_headers(&page);
        assert!(page.text().await.unwrap().contains("Link not recognised"));

        let post = post_survey(&app, path, &org.full_answers()).await;
        assert_eq!(post.status(), 404, "{path}");
        assert_survey_headers(&post);
    }
    assert_eq!(stored_rows(&app).await, (0, 0));
}

#[tokio::test]
async fn a_second_submission_is_refused_with_409_and_stores_nothing() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let first = post_survey(&app, &invited.path(), &org.full_answers()).await;
    assert_eq!(first.status(), 200);
    let before = stored_rows(&app).await;

    let second = post_survey(&app, &invited.path(), &org.full_answers()).await;

    assert_eq!(second.status(), 409);
    assert_survey_headers(&second);
    assert!(second.text().await.unwrap().contains("Already answered"));
    assert_eq!(stored_rows(&app).await, before);
    let page = app.get(&invited.path()).await;
    assert_eq!(page.status(), 409);
}

async fn set_wave(app: &crate::helpers::TestApp, id: i32, state: WaveState, closes_in: Duration) {
    let mut model = wave::Entity::find_by_id(id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    model.state = Set(state);
    model.closes_at = Set(Utc::now() + closes_in);
    model.update(app.db()).await.unwrap();
}

#[tokio::test]
async fn a_closed_wave_or_one_past_its_closing_time_is_gone() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "fr").await;

    for (state, closes_in) in [
        (WaveState::Closed, Duration::days(1)),
        (WaveState::Open, Duration::seconds(-1)),
    ] {
        set_wave(&app, org.wave, state, closes_in).await;

        let page = app.get(&invited.path()).await;
        assert_eq!(page.status(), 410);
        assert_survey_headers(&page);
        assert!(
            page.text()
                .await
                .unwrap()
                .contains("Cette enquête est close")
        );
        let post = post_survey(&app, &invited.path(), &org.full_answers()).await;
        assert_eq!(post.status(), 410);
    }
    assert_eq!(stored_rows(&app).await, (0, 0));
    assert!(!is_answered(&app, invited.invitation_id).await);
}

#[tokio::test]
async fn an_expired_touchpoint_link_is_gone() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org
        .invite_touchpoint(&app, Utc::now() - Duration::minutes(1))
        .await;

    let page = app.get(&invited.path()).await;
    let post = post_survey(&app, &invited.path(), &org.full_answers()).await;

    assert_eq!(page.status(), 410);
    assert_survey_headers(&page);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("This survey has closed")
    );
    assert_eq!(post.status(), 410);
    assert_eq!(stored_rows(&app).await, (0, 0));
}

#[tokio::test]
async fn a_missing_required_answer_sends_the_form_back_with_the_input_kept() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let missing = org.field(org.rooms, org.q.recommend);
    let fields: Vec<(String, String)> = org
        .full_answers()
        .into_iter()
        .filter(|(name, _)| *name != missing)
        .collect();

    let response = post_survey(&app, &invited.path(), &fields).await;

    assert_eq!(response.status(), 422);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("There is 1 problem with your answers"),
        "{page}"
    );
    // The error sits inside the fieldset of the unanswered question, and only there.
    let fieldset = page
        .split("<fieldset")
        .find(|part| part.contains(&format!("name=\"{missing}\"")))
        .unwrap();
    assert!(fieldset.contains("Please answer this question."));
    assert_eq!(page.matches("Please answer this question.").count(), 1);
    // What was given is still there (and escaped).
    let overall = org.field(org.helpdesk, org.q.overall);
    assert!(page.contains(&format!(
        "id=\"{overall}_4\" name=\"{overall}\" value=\"4\" checked"
    )));
    assert!(page.contains("Answer the phone &lt;faster&gt;</textarea>"));
    assert_eq!(stored_rows(&app).await, (0, 0));
    assert!(!is_answered(&app, invited.invitation_id).await);
}

#[tokio::test]
async fn out_of_range_values_and_overlong_texts_are_refused_next_to_their_question() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let rating = org.field(org.helpdesk, org.q.overall);
    let comment = org.field(org.helpdesk, org.q.comment);
    let mut fields: Vec<(String, String)> = org
        .full_answers()
        .into_iter()
        .filter(|(name, _)| *name != rating && *name != comment)
        .collect();
    fields.push((rating.clone(), "6".to_owned()));
    fields.push((comment.clone(), "x".repeat(2001)));

    let response = post_survey(&app, &invited.path(), &fields).await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("There are 2 problems with your answers"));
    assert!(page.contains("This answer is not valid."));
    assert!(page.contains("Please shorten your answer to 2000 characters or fewer."));
    assert_eq!(stored_rows(&app).await, (0, 0));
    assert!(!is_answered(&app, invited.invitation_id).await);
}

#[tokio::test]
async fn a_value_for_a_question_the_survey_does_not_ask_is_refused() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let mut fields = org.full_answers();
    // Meeting rooms has no standard, so its standard question is not asked.
    fields.push((org.field(org.rooms, org.q.standard), "3".to_owned()));

    let response = post_survey(&app, &invited.path(), &fields).await;

    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("do not match this survey")
    );
    assert_eq!(stored_rows(&app).await, (0, 0));
}
