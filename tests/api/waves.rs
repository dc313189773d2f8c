//! Waves end to end: a due cycle opens exactly one wave, each invitation is emailed exactly
//! once in the employee's language, the cap and rotation hold across waves, and HR sees the
//! waves with counts only.

use crate::helpers::{seed, spawn_app, test_settings};
use crate::waves_fixture::{
    CycleOptions, INVITED, all_invitations, invitations_of, organisation, survey_link, token_of,
};
use entity::{invitation_section, wave};
use innerpulse::domain::hash_hex;
use innerpulse::startup::Application;
use innerpulse::store::invitations;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

async fn sections_of(app: &crate::helpers::TestApp, invitation_id: i32) -> Vec<i32> {
    invitation_section::Entity::find()
        .filter(invitation_section::Column::InvitationId.eq(invitation_id))
        .order_by_asc(invitation_section::Column::Position)
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.relationship_id)
        .collect()
}

#[tokio::test]
async fn a_due_cycle_opens_one_wave_and_each_invited_employee_gets_one_email_in_their_language() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;

    let outcome = app.run_scheduler_once().await;

    assert_eq!(outcome.waves_opened, 1);
    assert_eq!(outcome.invitations_sent, 3);
    let emails = app.smtp.wait_for(3).await;
    assert_eq!(emails.len(), 3, "only Ana, Bram and Olga are invited");
    for (address, _) in INVITED {
        assert_eq!(app.smtp.emails_to(address).len(), 1, "{address}");
    }
    assert!(
        app.smtp.emails_to("ian@example.com").is_empty(),
        "no relationship serves Ian"
    );
    assert!(
        app.smtp.emails_to("zoe@example.com").is_empty(),
        "Zoe is inactive"
    );

    let ana = &app.smtp.emails_to("ana@example.com")[0];
    assert_eq!(
        ana.subject,
        "How are your colleagues serving you? 3 services, about 7 minutes"
    );
    assert!(ana.text.starts_with("Hello Ana,"), "{}", ana.text);
    for service in ["IT helpdesk", "Payroll", "Supplies"] {
        assert!(
            ana.text.contains(service) && ana.html.contains(service),
            "{service}"
        );
    }
    assert!(
        ana.text.contains("(Europe/Amsterdam)"),
        "deadline in the cycle's timezone"
    );
    assert!(
        ana.text
            .contains("nobody — not HR, not your manager — can see what you answered")
    );
    assert!(ana.message_id.is_some() && ana.has_date);
    let link = survey_link(ana);
    assert!(link.starts_with(&app.url("/s/")), "{link}");
    assert!(ana.html.contains(&link));
    let stored = invitations::find_by_token_hash(app.db(), &hash_hex(token_of(&link).as_bytes()))
        .await
        .unwrap()
        .expect("the link's token hashes to the stored token_hash");
    assert_eq!(
        stored.id,
        invitations_of(&app, "ana@example.com").await[0].id
    );

    let bram = &app.smtp.emails_to("bram@example.com")[0];
    assert!(
        bram.subject.starts_with("Hoe bevalt de service"),
        "{}",
        bram.subject
    );
    assert!(bram.text.starts_with("Beste Bram,"));
    let olga = &app.smtp.emails_to("olga@example.com")[0];
    assert!(
        !olga.subject.is_ascii(),
        "Russian subject: {}",
        olga.subject
    );
    assert_eq!(
        sections_of(&app, invitations_of(&app, "olga@example.com").await[0].id)
            .await
            .len(),
        2
    );

    let again = app.run_scheduler_once().await;
    assert_eq!((again.waves_opened, again.invitations_sent), (0, 0));
    assert_eq!(app.smtp.emails().len(), 3, "nothing is sent twice");
    let cycle = entity::cycle::Entity::find_by_id(org.cycle_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(
        cycle.next_opening_at.unwrap() > chrono::Utc::now(),
        "the next opening moved on"
    );
}

#[tokio::test]
async fn two_concurrent_passes_open_exactly_one_wave_and_email_each_invitation_once() {
    let app = spawn_app().await;
    organisation(&app, CycleOptions::default()).await;

    let (first, second) = tokio::join!(app.run_scheduler_once(), app.run_scheduler_once());

    assert_eq!(first.waves_opened + second.waves_opened, 1);
    assert_eq!(first.invitations_sent + second.invitations_sent, 3);
    assert_eq!(wave::Entity::find().count(app.db()).await.unwrap(), 1);
    app.smtp.wait_for(3).await;
    for (address, _) in INVITED {
        assert_eq!(app.smtp.emails_to(address).len(), 1, "{address}");
    }
}

#[tokio::test]
async fn two_server_instances_on_one_database_open_one_wave_and_email_each_invitation_once() {
    // On PostgreSQL (INNERPULSE_TEST_DATABASE_URL) this is the multi-instance deployment.
    let app = spawn_app().await;
    organisation(&app, CycleOptions::default()).await;
    let settings = test_settings(
        &app.database.url,
        app.smtp.port,
        app.database.dir.path(),
        "",
    );
    let other = Application::build(settings).await.unwrap();
    let other_mailer = other.state().settings.mailer().unwrap();

    let (first, second) = tokio::join!(
        app.run_scheduler_once(),
        innerpulse::scheduler::run_once(other.state(), &other_mailer)
    );
    let second = second.unwrap();

    assert_eq!(first.waves_opened + second.waves_opened, 1);
    assert_eq!(first.invitations_sent + second.invitations_sent, 3);
    assert_eq!(wave::Entity::find().count(app.db()).await.unwrap(), 1);
    app.smtp.wait_for(3).await;
    for (address, _) in INVITED {
        assert_eq!(app.smtp.emails_to(address).len(), 1, "{address}");
    }
}

#[tokio::test]
async fn the_fatigue_cap_and_rotation_hold_across_two_waves() {
    let app = spawn_app().await;
    let org = organisation(
        &app,
        CycleOptions {
            fatigue_cap: 2,
            ..Default::default()
        },
    )
    .await;
    app.run_scheduler_once().await;
    let first = sections_of(&app, invitations_of(&app, "ana@example.com").await[0].id).await;
    app.login_as_hr().await;

    let response = app
        .post_form(&format!("/admin/cycles/{}/open-now", org.cycle_id), &[])
        .await;
    app.run_scheduler_once().await;

    assert_eq!(response.status(), 303);
    let ana = invitations_of(&app, "ana@example.com").await;
    assert_eq!(ana.len(), 2, "one invitation per wave");
    let second = sections_of(&app, ana[1].id).await;
    assert_eq!((first.len(), second.len()), (2, 2), "at most the cap");
    let all = [org.helpdesk, org.payroll, org.supplies];
    let skipped_first = all.iter().find(|r| !first.contains(r)).unwrap();
    assert_eq!(
        second[0], *skipped_first,
        "the relationship not asked last time comes first"
    );
    let emails = app.smtp.emails_to("ana@example.com");
    assert_eq!(emails.len(), 2);
    assert!(emails[1].subject.contains("2 services"));
    assert_ne!(survey_link(&emails[0]), survey_link(&emails[1]));
    assert_eq!(all_invitations(&app).await.len(), 6);
    let _ = org.kitchen;
}

#[tokio::test]
async fn hr_sees_each_wave_with_counts_only_and_other_staff_may_not() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    app.run_scheduler_once().await;
    let bram = &invitations_of(&app, "bram@example.com").await[0];
    mark_answered(&app, bram.id).await;
    app.login_as_hr().await;

    let page = app
        .get(&format!("/admin/cycles/{}/waves", org.cycle_id))
        .await;

    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"data-count="invited">3<"#), "{html}");
    assert!(html.contains(r#"data-count="delivered">3<"#));
    assert!(html.contains(r#"data-count="failed">0<"#));
    assert!(html.contains(r#"data-count="answered">1<"#));
    assert!(!html.contains("bram@example.com"), "never who answered");
    assert!(html.contains("open-now"));

    let viewer_app = spawn_app().await;
    let viewer = viewer_app
        .create_staff(entity::account::Role::DepartmentHead, &[])
        .await;
    viewer_app.login(&viewer).await;
    let forbidden = viewer_app.get("/admin/cycles/1/waves").await;
    assert_eq!(forbidden.status(), 403);
}

#[tokio::test]
async fn reminders_reach_exactly_the_unanswered_with_the_same_link_and_stop_at_the_maximum() {
    let app = spawn_app().await;
    organisation(
        &app,
        CycleOptions {
            reminder_after_days: Some(0),
            max_reminders: 1,
            ..Default::default()
        },
    )
    .await;
    app.run_scheduler_once().await;
    let bram = &invitations_of(&app, "bram@example.com").await[0];
    mark_answered(&app, bram.id).await;

    let reminded = app.run_scheduler_once().await;
    let after_maximum = app.run_scheduler_once().await;

    assert_eq!(reminded.reminders_sent, 2);
    assert_eq!(after_maximum.reminders_sent, 0);
    assert_eq!(
        app.smtp.emails_to("bram@example.com").len(),
        1,
        "Bram answered"
    );
    let ana = app.smtp.emails_to("ana@example.com");
    assert_eq!(ana.len(), 2);
    assert_eq!(
        ana[1].subject,
        "Reminder: your colleagues would like to hear from you"
    );
    let (original, reminder) = (survey_link(&ana[0]), survey_link(&ana[1]));
    assert_eq!(original, reminder, "a reminder carries the same link");
    let hash = hash_hex(token_of(&reminder).as_bytes());
    assert_eq!(
        hash,
        invitations_of(&app, "ana@example.com").await[0].token_hash
    );
    let olga = app.smtp.emails_to("olga@example.com");
    assert_eq!(olga.len(), 2);
    assert!(
        olga[1].subject.starts_with("Напоминание"),
        "{}",
        olga[1].subject
    );
}

#[tokio::test]
async fn a_wave_past_its_close_is_closed_and_its_invitees_get_no_more_reminders() {
    let app = spawn_app().await;
    organisation(
        &app,
        CycleOptions {
            reminder_after_days: Some(0),
            max_reminders: 3,
            ..Default::default()
        },
    )
    .await;
    app.run_scheduler_once().await;
    let opened = wave::Entity::find().one(app.db()).await.unwrap().unwrap();
    sea_orm::ActiveModelTrait::update(
        wave::ActiveModel {
            id: sea_orm::Set(opened.id),
            closes_at: sea_orm::Set(chrono::Utc::now() - chrono::TimeDelta::seconds(1)),
            ..Default::default()
        },
        app.db(),
    )
    .await
    .unwrap();

    let outcome = app.run_scheduler_once().await;

    assert_eq!(outcome.waves_closed, 1);
    assert_eq!(outcome.reminders_sent, 0);
    let closed = wave::Entity::find_by_id(opened.id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(closed.state, entity::wave::WaveState::Closed);
    assert_eq!(app.smtp.emails().len(), 3, "only the invitations");
    let invitations = entity::invitation::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert!(
        invitations.iter().all(|i| i.next_reminder_at.is_none()),
        "no reminder stays scheduled in a closed wave"
    );
}

/// What the survey page does when an employee submits (built by another part of the issue).
pub async fn mark_answered(app: &crate::helpers::TestApp, invitation_id: i32) {
    sea_orm::ActiveModelTrait::update(
        entity::invitation::ActiveModel {
            id: sea_orm::Set(invitation_id),
            answered: sea_orm::Set(true),
            ..Default::default()
        },
        app.db(),
    )
    .await
    .unwrap();
}

/// Measures opening a wave for 10,000 employees; run on demand with
/// `cargo test --release --test api -- --ignored opening_a_wave_for_ten_thousand`.
/// It prints the time and asserts only the outcome (speed lives in the benchmark).
#[tokio::test]
#[ignore = "measurement, run on demand"]
async fn opening_a_wave_for_ten_thousand_employees_creates_every_invitation() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let rows: Vec<entity::employee::ActiveModel> = (0..10_000)
        .map(|n| {
            seed::Employee::new(
                &format!("person{n}@example.com"),
                &format!("Person {n}"),
                org.kitchen,
            )
            .into_model()
        })
        .collect();
    for chunk in rows.chunks(1000) {
        entity::employee::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(app.db())
            .await
            .unwrap();
    }

    let started = std::time::Instant::now();
    let opened =
        innerpulse::waves::open::open_now(app.db(), &app.state.settings.security, org.cycle_id)
            .await
            .unwrap()
            .unwrap();
    println!(
        "opened a wave for {} employees in {:?}",
        opened.invited,
        started.elapsed()
    );

    assert_eq!(opened.invited, 10_003);
}
