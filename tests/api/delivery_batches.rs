//! Invitation dispatch in batches: while one batch is sent the next is already claimed, so
//! several batches go out in one pass, each invitation once; and when the relay goes down,
//! the batch claimed ahead goes back to the queue untouched. Invitations a dead dispatcher
//! left behind are claimed first.

use crate::helpers::spawn_app_with;
use crate::waves_fixture::{CycleOptions, INVITED, all_invitations, organisation};
use chrono::{DateTime, TimeDelta, Utc};
use entity::employee;
use entity::invitation::{self, DeliveryState};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// One invitation per batch, so the three invitations of the fixture take three batches.
const ONE_PER_BATCH: &str = "[scheduler]\nbatch_size = 1";

#[tokio::test]
async fn one_pass_sends_every_batch_and_each_invitation_exactly_once() {
    let app = spawn_app_with(ONE_PER_BATCH).await;
    organisation(&app, CycleOptions::default()).await;

    let outcome = app.run_scheduler_once().await;

    assert_eq!(outcome.invitations_sent, 3);
    app.smtp.wait_for(3).await;
    for (address, _) in INVITED {
        assert_eq!(app.smtp.emails_to(address).len(), 1, "{address}");
    }
    for invitation in all_invitations(&app).await {
        assert_eq!(invitation.delivery_state, DeliveryState::Sent);
        assert_eq!(invitation.attempts, 1);
        assert!(invitation.sent_at.is_some());
        assert!(invitation.claimed_until.is_none());
    }
    assert_eq!(
        app.run_scheduler_once().await.invitations_sent,
        0,
        "nothing is sent twice"
    );
}

#[tokio::test]
async fn when_the_relay_is_down_the_batch_claimed_ahead_goes_back_untouched() {
    let app = spawn_app_with(ONE_PER_BATCH).await;
    organisation(&app, CycleOptions::default()).await;
    let down = app.unreachable_mailer();

    let outcome = app.run_scheduler_with(&down).await;

    assert_eq!(outcome.invitations_sent, 0);
    let invitations = all_invitations(&app).await;
    assert!(
        invitations
            .iter()
            .all(|i| i.delivery_state == DeliveryState::Pending && i.claimed_until.is_none()),
        "no invitation stays claimed"
    );
    let charged: Vec<_> = invitations.iter().filter(|i| i.attempts == 1).collect();
    assert_eq!(
        charged.len(),
        1,
        "only the invitation tried counts an attempt"
    );
    assert!(
        invitations
            .iter()
            .filter(|i| i.attempts == 0)
            .all(|i| i.last_error.is_none())
    );

    assert_eq!(app.run_scheduler_once().await.invitations_sent, 2);
}

#[tokio::test]
async fn an_invitation_left_by_a_dispatcher_that_died_is_claimed_before_the_pending_ones() {
    let app = spawn_app_with(ONE_PER_BATCH).await;
    organisation(&app, CycleOptions::default()).await;
    // Opens the wave; the relay being down leaves every invitation unsent.
    app.run_scheduler_with(&app.unreachable_mailer()).await;
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .exec(app.db())
        .await
        .unwrap();
    // The last invitation was being sent by a dispatcher whose lease ran out a minute ago.
    let abandoned = all_invitations(&app)
        .await
        .into_iter()
        .max_by_key(|i| i.id)
        .unwrap();
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::DeliveryState,
            Expr::value(DeliveryState::Sending),
        )
        .col_expr(
            invitation::Column::ClaimedUntil,
            Expr::value(Some(Utc::now() - TimeDelta::minutes(1))),
        )
        .filter(invitation::Column::Id.eq(abandoned.id))
        .exec(app.db())
        .await
        .unwrap();
    let recipient = employee::Entity::find_by_id(abandoned.employee_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .email;

    let outcome = app.run_scheduler_once().await;

    assert_eq!(outcome.invitations_sent, 3);
    let emails = app.smtp.wait_for(3).await;
    assert_eq!(emails.len(), 3);
    assert_eq!(
        emails[0].to,
        [recipient],
        "the abandoned invitation goes first"
    );
    assert!(
        all_invitations(&app)
            .await
            .iter()
            .all(|i| i.delivery_state == DeliveryState::Sent)
    );
}
