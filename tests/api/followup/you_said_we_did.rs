//! "You said, we did": an action recorded for a service appears in the next wave's invitation
//! and reminder emails and on the survey page — in the employee's language where translated —
//! for that service's customers only.

use crate::helpers::spawn_app;
use crate::waves_fixture::{CycleOptions, organisation, survey_link, token_of};
use entity::relationship;
use sea_orm::EntityTrait;

const TITLE: &str = "Fresh supplies before 7 every morning";
const TITLE_NL: &str = "Elke ochtend voor 7 uur verse voorraad";

#[tokio::test]
async fn an_action_appears_in_the_next_waves_emails_and_survey_page_for_that_services_customers_only()
 {
    let app = spawn_app().await;
    let org = organisation(
        &app,
        CycleOptions {
            reminder_after_days: Some(0),
            max_reminders: 1,
            ..Default::default()
        },
    )
    .await;
    let operations = relationship::Entity::find_by_id(org.supplies)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .provider_department_id;
    app.login_as_hr().await;
    let owner = operations.to_string();
    let recorded = app
        .post_form(
            &format!("/results/relationships/{}/actions", org.supplies),
            &[
                ("title", TITLE),
                ("description", "The delivery van comes an hour earlier."),
                ("owner_department_id", &owner),
                ("status", "in_progress"),
                ("due_on", ""),
                ("topic", ""),
            ],
        )
        .await;
    assert_eq!(recorded.status(), 303);
    let id = entity::action::Entity::find().all(app.db()).await.unwrap()[0].id;
    let translated = app
        .post_form(
            &format!("/actions/{id}/translations"),
            &[("title_nl", TITLE_NL), ("description_nl", "")],
        )
        .await;
    assert_eq!(translated.status(), 303);

    app.run_scheduler_once().await;
    app.smtp.wait_for(3).await;

    let ana = &app.smtp.emails_to("ana@example.com")[0];
    assert!(ana.text.contains("You said, we did"), "{}", ana.text);
    assert!(ana.text.contains(TITLE) && ana.html.contains(TITLE));
    assert!(ana.text.contains("In progress"), "with its status");
    let bram = &app.smtp.emails_to("bram@example.com")[0];
    assert!(
        bram.text.contains(TITLE_NL),
        "in Dutch for Bram:\n{}",
        bram.text
    );
    assert!(!bram.text.contains(TITLE));
    let olga = &app.smtp.emails_to("olga@example.com")[0];
    assert!(
        !olga.text.contains(TITLE) && !olga.html.contains(TITLE),
        "Operations is not a customer of Supplies"
    );

    let ana_page = app
        .get(&format!("/s/{}", token_of(&survey_link(ana))))
        .await
        .text()
        .await
        .unwrap();
    assert!(ana_page.contains(TITLE), "on the survey page");
    let bram_page = app
        .get(&format!("/s/{}", token_of(&survey_link(bram))))
        .await
        .text()
        .await
        .unwrap();
    assert!(bram_page.contains(TITLE_NL));
    let olga_page = app
        .get(&format!("/s/{}", token_of(&survey_link(olga))))
        .await
        .text()
        .await
        .unwrap();
    assert!(!olga_page.contains(TITLE));

    app.run_scheduler_once().await;
    let reminders = app.smtp.wait_for(6).await;
    assert_eq!(reminders.len(), 6);
    let ana = app.smtp.emails_to("ana@example.com");
    assert!(ana[1].subject.starts_with("Reminder"), "{}", ana[1].subject);
    assert!(ana[1].text.contains(TITLE), "the reminder carries it too");
}
