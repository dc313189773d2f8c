//! The group-commit answer writer: many submissions stored per transaction, each request
//! answered after its commit, a duplicate or a refused submission failing alone.

use super::fixture::{Invited, Org, is_answered, post_survey, sealed_count, stored_rows};
use crate::helpers::{TestApp, spawn_app, test_settings};
use chrono::Utc;
use innerpulse::startup::Application;
use innerpulse::store::results::sealed::Submission;
use innerpulse::survey::intake::{SubmitError, store_batch};
use innerpulse::survey::load::{self, Loaded};
use innerpulse::survey::submission;

/// The sealed submission the survey page would store for `invited` with the fixture's full
/// answers.
async fn submission_of(app: &TestApp, org: &Org, invited: &Invited) -> Submission {
    let validated = validated_of(app, org, invited).await;
    validated.seal(&app.state.sealing).unwrap().0
}

/// The submission the survey page would seal for `invited` with the fixture's full answers.
async fn validated_of(
    app: &TestApp,
    org: &Org,
    invited: &Invited,
) -> innerpulse::survey::seal::Submission {
    let Loaded::Open(survey) = load::load(
        app.db(),
        &app.state.rotation,
        invited.token.expose(),
        Utc::now(),
    )
    .await
    .unwrap() else {
        panic!("the fixture's link is open");
    };
    let answers = submission::validate(&survey.specs(), &org.full_answers()).unwrap();
    survey.submission(answers, Utc::now().date_naive())
}

#[tokio::test]
async fn many_links_answered_at_the_same_moment_are_all_stored_and_acknowledged() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let mut invited = Vec::new();
    for _ in 0..24 {
        invited.push(org.invite(&app, "en").await);
    }
    let fields = org.full_answers();
    let paths: Vec<String> = invited.iter().map(Invited::path).collect();

    let responses =
        futures_util::future::join_all(paths.iter().map(|path| post_survey(&app, path, &fields)))
            .await;

    for response in responses {
        assert_eq!(response.status(), 200);
    }
    assert_eq!(sealed_count(&app).await, 24);
    assert_eq!(
        stored_rows(&app).await,
        (0, 0),
        "nothing readable before release"
    );
    for one in &invited {
        assert!(is_answered(&app, one.invitation_id).await);
    }
}

/// A post of the test below: path, fields and the status it must get.
type Post<'a> = (String, &'a [(String, String)], u16);

#[tokio::test]
async fn forms_posted_at_the_same_moment_are_each_answered_as_if_posted_alone() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let mut valid = Vec::new();
    for _ in 0..6 {
        valid.push(org.invite(&app, "en").await.path());
    }
    let twice = org.invite(&app, "en").await.path();
    let rejected = org.invite(&app, "en").await;
    let expired = org
        .invite_touchpoint(&app, Utc::now() - chrono::Duration::minutes(1))
        .await
        .path();
    // Well-formed, so the writer looks it up and finds nothing.
    let unknown = format!("/s/{}A", "x".repeat(42));
    let fields = org.full_answers();
    let mut out_of_range = fields.clone();
    out_of_range[0].1 = "99".to_owned();
    // (path, fields, expected status; 0: either of the two posts of one link)
    let mut posts: Vec<Post> = valid
        .iter()
        .map(|path| (path.clone(), &fields[..], 200))
        .collect();
    posts.extend([
        (rejected.path(), &out_of_range[..], 422),
        (expired, &fields[..], 410),
        (unknown, &fields[..], 404),
        (twice.clone(), &fields[..], 0),
        (twice, &fields[..], 0),
    ]);

    let statuses: Vec<u16> = futures_util::future::join_all(
        posts
            .iter()
            .map(|(path, fields, _)| post_survey(&app, path, fields)),
    )
    .await
    .iter()
    .map(|response| response.status().as_u16())
    .collect();

    for ((path, _, expected), status) in posts.iter().zip(&statuses) {
        if *expected != 0 {
            assert_eq!(status, expected, "{path}");
        }
    }
    // The link posted twice was stored once; the other post found it answered.
    let mut duplicates = statuses[statuses.len() - 2..].to_vec();
    duplicates.sort_unstable();
    assert_eq!(duplicates, [200, 409]);
    assert_eq!(sealed_count(&app).await, 7);
    assert!(!is_answered(&app, rejected.invitation_id).await);
}

#[tokio::test]
async fn a_link_submitted_twice_in_one_batch_is_stored_once_and_refused_once() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let once = submission_of(&app, &org, &invited).await;

    let outcomes = store_batch(app.db(), &[once.clone(), once]).await;

    assert!(outcomes[0].is_ok());
    assert!(matches!(outcomes[1], Err(SubmitError::AlreadyAnswered)));
    assert_eq!(sealed_count(&app).await, 1);
}

#[tokio::test]
async fn a_submission_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_stored() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let first = org.invite(&app, "en").await;
    let refused = org.invite(&app, "en").await;
    let last = org.invite(&app, "en").await;
    // A record for a wave that does not exist: the foreign key refuses it.
    let mut bad = validated_of(&app, &org, &refused).await;
    bad.wave_id = Some(999_999);
    let bad = bad.seal(&app.state.sealing).unwrap().0;
    let batch = [
        submission_of(&app, &org, &first).await,
        bad,
        submission_of(&app, &org, &last).await,
    ];

    let outcomes = store_batch(app.db(), &batch).await;

    assert!(outcomes[0].is_ok());
    assert!(matches!(outcomes[1], Err(SubmitError::Unexpected(_))));
    assert!(outcomes[2].is_ok());
    assert_eq!(sealed_count(&app).await, 2);
    assert!(is_answered(&app, first.invitation_id).await);
    assert!(
        !is_answered(&app, refused.invitation_id).await,
        "the refused submission's claim was rolled back, so its link still works"
    );
    assert!(is_answered(&app, last.invitation_id).await);
}

#[tokio::test]
async fn one_link_posted_to_two_server_instances_at_once_is_stored_once() {
    // Each instance runs its own answer writer; on PostgreSQL (INNERPULSE_TEST_DATABASE_URL)
    // this is the multi-instance deployment.
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let settings = test_settings(
        &app.database.url,
        app.smtp.port,
        app.database.dir.path(),
        "",
    );
    let other = Application::build(settings).await.unwrap();
    let other_address = format!("http://127.0.0.1:{}", other.port());
    tokio::spawn(other.run_until_stopped());
    let fields = org.full_answers();
    let path = invited.path();

    let (first, second) = tokio::join!(
        post_survey(&app, &path, &fields),
        app.client
            .post(format!("{other_address}{path}"))
            .form(&fields)
            .send()
    );

    let mut statuses = [first.status().as_u16(), second.unwrap().status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(sealed_count(&app).await, 1);
}

#[tokio::test]
async fn an_answered_link_has_no_reminder_left_and_an_unanswered_one_keeps_its_own() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let answering = org.invite(&app, "en").await;
    let waiting = org.invite(&app, "en").await;
    assert!(next_reminder(&app, answering.invitation_id).await.is_some());

    let response = post_survey(&app, &answering.path(), &org.full_answers()).await;

    assert_eq!(response.status(), 200);
    assert_eq!(next_reminder(&app, answering.invitation_id).await, None);
    assert!(next_reminder(&app, waiting.invitation_id).await.is_some());
}

/// When the invitation's next reminder is due.
async fn next_reminder(app: &TestApp, invitation_id: i32) -> Option<chrono::DateTime<Utc>> {
    use sea_orm::EntityTrait;
    entity::invitation::Entity::find_by_id(invitation_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .next_reminder_at
}
