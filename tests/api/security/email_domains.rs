//! `organisation.email_domains`: invitations, reminders and staff mail go only to addresses
//! in the organisation's domains. An address HR points elsewhere gets nothing; the email ends
//! failed, with the reason HR reads on the delivery page.

use crate::helpers::spawn_app_with;
use crate::waves_fixture::{CycleOptions, invitations_of, organisation};
use entity::invitation::DeliveryState;
use entity::{employee, mail_outbox};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

const DOMAINS: &str = "[organisation]\nemail_domains = [\"example.com\"]\n";

#[tokio::test]
async fn an_invitation_to_an_address_outside_the_domains_is_never_sent_and_ends_failed() {
    let app = spawn_app_with(DOMAINS).await;
    organisation(&app, CycleOptions::default()).await;
    // An import (or HR) gave Ana an outside address before the wave opened.
    let ana = employee::Entity::find()
        .filter(employee::Column::Email.eq("ana@example.com"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut moved: employee::ActiveModel = ana.into();
    moved.email = Set("ana@attacker.example".to_owned());
    moved.update(app.db()).await.unwrap();

    app.deliver_mail_to("ana@attacker.example").await;

    assert!(app.smtp.emails_to("ana@attacker.example").is_empty());
    assert_eq!(
        app.smtp.emails_to("bram@example.com").len(),
        1,
        "inside: sent"
    );
    let invitation = &invitations_of(&app, "ana@attacker.example").await[0];
    assert_eq!(invitation.delivery_state, DeliveryState::Failed);
    let reason = invitation.last_error.as_deref().unwrap();
    assert!(reason.contains("example.com"), "{reason}");
}

#[tokio::test]
async fn staff_mail_to_an_address_outside_the_domains_is_never_sent() {
    let app = spawn_app_with(DOMAINS).await;
    app.login_as_hr().await;

    let invited = app
        .post_form(
            "/admin/accounts",
            &[
                ("email", "head@attacker.example"),
                ("display_name", "Outside Head"),
                ("role", "viewer"),
                ("locale", "en"),
            ],
        )
        .await;
    app.run_scheduler_once().await;

    assert_eq!(invited.status(), 303);
    assert!(app.smtp.emails_to("head@attacker.example").is_empty());
    let queued = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Recipient.eq("head@attacker.example"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(queued.state, DeliveryState::Failed);
}
