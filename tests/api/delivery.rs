//! Invitation delivery when the mail relay misbehaves: retries with backoff, delivery once
//! it is back, `failed` after the last attempt (shown to HR, who can retry), and nothing lost
//! when a dispatcher dies mid-batch.

use crate::helpers::{TestApp, spawn_app, spawn_app_with};
use crate::smtp_server::SmtpMode;
use crate::waves_fixture::{CycleOptions, INVITED, all_invitations, organisation};
use entity::invitation::DeliveryState;
use std::time::Duration;

/// Runs passes until `count` invitations were sent in all (retries wait `retry_base_seconds`,
/// 1 s in tests).
async fn deliver_until_sent(app: &TestApp, count: u64) -> u64 {
    let mut sent = 0;
    for _ in 0..100 {
        sent += app.run_scheduler_once().await.invitations_sent;
        if sent >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    sent
}

#[tokio::test]
async fn a_refusing_smtp_server_gets_retries_and_the_invitations_arrive_once_it_accepts() {
    let app = spawn_app().await;
    organisation(&app, CycleOptions::default()).await;
    app.smtp.set_mode(SmtpMode::RefuseTemporarily);

    let refused = app.run_scheduler_once().await;

    assert_eq!(refused.invitations_sent, 0);
    assert!(refused.invitations_failed >= 1);
    let invitations = all_invitations(&app).await;
    assert!(
        invitations
            .iter()
            .all(|i| i.delivery_state == DeliveryState::Pending),
        "nothing is given up after one refusal"
    );
    let tried: Vec<_> = invitations.iter().filter(|i| i.attempts == 1).collect();
    assert!(!tried.is_empty());
    for invitation in tried {
        assert!(invitation.next_attempt_at.is_some(), "a retry is scheduled");
        let reason = invitation.last_error.as_deref().unwrap();
        assert!(reason.contains("SMTP server"), "{reason}");
    }

    app.smtp.set_mode(SmtpMode::Accept);
    let sent = deliver_until_sent(&app, 3).await;

    assert_eq!(sent, 3);
    for (address, _) in INVITED {
        assert_eq!(app.smtp.emails_to(address).len(), 1, "{address}");
    }
}

#[tokio::test]
async fn a_relay_that_is_down_loses_no_invitation_and_delivery_resumes_when_it_is_back() {
    let app = spawn_app().await;
    organisation(&app, CycleOptions::default()).await;
    let down = app.unreachable_mailer();

    let outcome = app.run_scheduler_with(&down).await;

    assert_eq!(outcome.waves_opened, 1);
    assert_eq!(outcome.invitations_sent, 0);
    let waiting = all_invitations(&app).await;
    assert_eq!(waiting.len(), 3);
    assert!(
        waiting
            .iter()
            .all(|i| i.delivery_state == DeliveryState::Pending)
    );

    let sent = deliver_until_sent(&app, 3).await;

    assert_eq!(sent, 3);
    assert_eq!(app.smtp.wait_for(3).await.len(), 3);
}

#[tokio::test]
async fn an_invitation_claimed_by_a_dispatcher_that_died_is_sent_after_its_lease() {
    let app = spawn_app().await;
    organisation(&app, CycleOptions::default()).await;
    innerpulse::scheduler::wave_steps::open_due(&app.state)
        .await
        .unwrap();
    let claimed = innerpulse::store::invitations::invitation_delivery::claim_due(
        app.db(),
        chrono::Utc::now(),
        10,
        chrono::TimeDelta::minutes(10),
    )
    .await
    .unwrap();
    assert_eq!(
        claimed.len(),
        3,
        "the dead dispatcher held every invitation"
    );
    assert_eq!(
        app.run_scheduler_once().await.invitations_sent,
        0,
        "leases still run"
    );

    // Ten minutes later the leases have expired.
    let later = chrono::Utc::now() + chrono::TimeDelta::minutes(11);
    let reclaimed = innerpulse::store::invitations::invitation_delivery::claim_due(
        app.db(),
        later,
        10,
        chrono::TimeDelta::minutes(10),
    )
    .await
    .unwrap();

    assert_eq!(reclaimed.len(), 3);
    assert!(reclaimed.iter().all(|i| i.attempts == 2));
}

#[tokio::test]
async fn after_the_last_attempt_an_invitation_is_failed_shown_to_hr_and_can_be_retried() {
    let app = spawn_app_with("[scheduler]\nmax_attempts = 2").await;
    organisation(&app, CycleOptions::default()).await;
    app.smtp.set_mode(SmtpMode::RefuseTemporarily);
    let mut failed_for_good = false;
    for _ in 0..100 {
        app.run_scheduler_once().await;
        let invitations = all_invitations(&app).await;
        if invitations
            .iter()
            .all(|i| i.delivery_state == DeliveryState::Failed)
        {
            failed_for_good = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(failed_for_good, "every invitation ends as failed");
    assert!(all_invitations(&app).await.iter().all(|i| i.attempts == 2));
    app.login_as_hr().await;

    let page = app.get("/admin/delivery").await;

    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"data-count="failed">3<"#), "{html}");
    assert!(html.contains("ana@example.com"));
    assert!(html.contains("the SMTP server"), "the reason is shown");
    assert!(html.contains("/admin/delivery/retry-failed"));

    let confirm = app.get("/admin/delivery/retry-failed").await;
    assert_eq!(confirm.status(), 200);
    assert!(
        confirm
            .text()
            .await
            .unwrap()
            .contains("3 failed invitations will be sent again")
    );
    app.smtp.set_mode(SmtpMode::Accept);
    let retried = app.post_form("/admin/delivery/retry-failed", &[]).await;
    assert_eq!(retried.status(), 303);
    assert_eq!(
        retried.headers()["location"].to_str().unwrap(),
        "/admin/delivery?retried=3"
    );
    assert_eq!(app.run_scheduler_once().await.invitations_sent, 3);
    assert_eq!(app.smtp.wait_for(3).await.len(), 3);
}

#[tokio::test]
async fn retrying_failed_invitations_needs_the_forms_csrf_token() {
    let app = spawn_app().await;
    app.login_as_hr().await;

    let response = app
        .client
        .post(app.url("/admin/delivery/retry-failed"))
        .form(&[("csrf_token", "forged")])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 403);
}
