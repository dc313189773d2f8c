//! The insider who controls the roster: HR (or an import key) redirects colleagues' addresses
//! to a mailbox it reads, or moves people it controls into a target's department, to fill a
//! group of k with known answers. An invitation keeps the address and department of the
//! moment the wave opened; only an explicit, visible reissue moves a link.

use crate::helpers::{TestApp, spawn_app};
use crate::survey::fixture::{Org as SurveyOrg, post_survey};
use crate::waves_fixture::{CycleOptions, invitations_of, organisation, survey_link, token_of};
use entity::{employee, invitation, sealed_submission};
use innerpulse::sealing::Ballot;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The employee with `email`.
async fn employee_by_email(app: &TestApp, email: &str) -> employee::Model {
    employee::Entity::find()
        .filter(employee::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
}

/// HR changes an employee's address and department through the admin form.
async fn edit_employee(app: &TestApp, id: i32, email: &str, department_id: i32) {
    let current = employee::Entity::find_by_id(id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let department = department_id.to_string();
    let response = app
        .post_form(
            &format!("/admin/employees/{id}"),
            &[
                ("email", email),
                ("name", &current.name),
                ("department_id", &department),
                ("locale", &current.locale),
                ("external_id", current.external_id.as_deref().unwrap_or("")),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "the employee was saved");
}

#[tokio::test]
async fn an_address_changed_during_an_open_wave_gets_no_link_or_reminder_until_hr_reissues() {
    let app = spawn_app().await;
    let org = organisation(
        &app,
        CycleOptions {
            reminder_after_days: Some(0),
            max_reminders: 1,
            ..CycleOptions::default()
        },
    )
    .await;
    let first = app.deliver_mail_to("ana@example.com").await;
    let old_link = format!("/s/{}", token_of(&survey_link(&first[0])));
    app.login_as_hr().await;
    let ana = employee_by_email(&app, "ana@example.com").await;

    edit_employee(&app, ana.id, "mallory@example.com", org.kitchen).await;
    app.deliver_mail_to("mallory@example.com").await;
    let reminder_pass = app.deliver_mail_to("mallory@example.com").await;

    assert!(
        reminder_pass.is_empty(),
        "no invitation or reminder went to the new address"
    );
    assert!(
        app.smtp.emails_to("ana@example.com").len() >= 2,
        "the reminder went to the address of the wave's opening"
    );
    let page = app.get(&format!("/admin/employees/{}", ana.id)).await;
    assert!(page.text().await.unwrap().contains("ana@example.com"));

    let reissued = app
        .post_form(&format!("/admin/employees/{}/reissue", ana.id), &[])
        .await;
    assert_eq!(reissued.status(), 303);
    let mallory = app.deliver_mail_to("mallory@example.com").await;

    assert_eq!(mallory.len(), 1, "the reissued invitation");
    let new_link = format!("/s/{}", token_of(&survey_link(&mallory[0])));
    assert_ne!(new_link, old_link);
    assert_eq!(app.get(&old_link).await.status(), 404, "the old link died");
    assert_eq!(app.get(&new_link).await.status(), 200);
    let told = app.smtp.emails_to("ana@example.com");
    let notice = told.last().unwrap();
    assert!(
        notice.text.contains("m***@example.com"),
        "the old address is told where the link went:\n{}",
        notice.text
    );
    let invitation = &invitations_of(&app, "mallory@example.com").await[0];
    assert_eq!(invitation.email.as_deref(), Some("mallory@example.com"));
}

#[tokio::test]
async fn employees_created_or_reactivated_during_an_open_wave_are_not_invited_to_it() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    app.deliver_mail_to("ana@example.com").await;
    app.login_as_hr().await;
    let zoe = employee_by_email(&app, "zoe@example.com").await;

    let reactivated = app
        .post_form(&format!("/admin/employees/{}/reactivate", zoe.id), &[])
        .await;
    let created = app
        .post_form(
            "/admin/employees",
            &[
                ("email", "newcomer@example.com"),
                ("name", "Newcomer"),
                ("department_id", &org.kitchen.to_string()),
                ("locale", "en"),
                ("external_id", ""),
            ],
        )
        .await;
    app.deliver_mail_to("zoe@example.com").await;

    assert_eq!(reactivated.status(), 303);
    assert_eq!(created.status(), 303);
    assert!(invitations_of(&app, "zoe@example.com").await.is_empty());
    assert!(
        invitations_of(&app, "newcomer@example.com")
            .await
            .is_empty()
    );
    assert!(app.smtp.emails_to("zoe@example.com").is_empty());
    assert!(app.smtp.emails_to("newcomer@example.com").is_empty());
}

#[tokio::test]
async fn an_employee_moved_during_an_open_wave_is_counted_in_the_department_of_the_opening() {
    let app = spawn_app().await;
    let org = SurveyOrg::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let employee_id = invitation::Entity::find_by_id(invited.invitation_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .employee_id;
    let email = employee::Entity::find_by_id(employee_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .email;
    app.login_as_hr().await;

    edit_employee(&app, employee_id, &email, org.facilities).await;
    let answered = post_survey(&app, &invited.path(), &org.full_answers()).await;

    assert_eq!(answered.status(), 200);
    let sealed = sealed_submission::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(sealed.len(), 1);
    let ballot = Ballot::open(&app.state.sealing, &sealed[0].key_id, &sealed[0].sealed).unwrap();
    assert_eq!(
        ballot.customer_department_id, org.sales,
        "the answer counts in Sales, where the employee was when the wave opened"
    );
}

#[tokio::test]
async fn the_colleague_a_stuffing_targets_sees_the_changes_to_the_group_and_the_audit_log_lists_them()
 {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let ana_mail = app.deliver_mail_to("ana@example.com").await;
    let ana_link = format!("/s/{}", token_of(&survey_link(&ana_mail[0])));
    app.login_as_hr().await;
    let before = app.get(&ana_link).await.text().await.unwrap();
    let bram = employee_by_email(&app, "bram@example.com").await;

    edit_employee(&app, bram.id, "mallory@example.com", org.kitchen).await;
    app.post_form(&format!("/admin/employees/{}/reissue", bram.id), &[])
        .await;
    let added = app
        .post_form(
            "/admin/employees",
            &[
                ("email", "stooge@example.com"),
                ("name", "Stooge"),
                ("department_id", &org.kitchen.to_string()),
                ("locale", "en"),
                ("external_id", ""),
            ],
        )
        .await;
    let after = app.get(&ana_link).await.text().await.unwrap();

    assert_eq!(added.status(), 303);
    assert!(
        before.contains("1 colleague of your department")
            && !before.contains("changes to your group"),
        "{before}"
    );
    assert!(
        after.contains("2 changes to your group since this round opened"),
        "Bram's new address and link, and the newcomer:\n{after}"
    );
    let log: serde_json::Value = app
        .get("/api/v1/audit?subject_kind=employee")
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"employee.reissued"), "{actions:?}");
    assert!(actions.contains(&"employee.created"), "{actions:?}");
}
