//! When a wave's results are final, each head of a providing department gets one email with
//! the figures that passed the gate — once per wave, however many passes run.

use super::fixture::{Answer, answer, close};
use crate::helpers::spawn_app;
use crate::survey::fixture::Org;
use entity::account::Role;

#[tokio::test]
async fn each_head_gets_one_results_email_per_wave_with_only_the_gated_figures() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let it_head = app.create_staff(Role::DepartmentHead, &[org.it]).await;
    let laptops = super::fixture::second_it_service(&app, &org).await;
    let given = [("5", "10"), ("4", "9"), ("4", "9"), ("3", "6"), ("2", "0")];
    for (overall, recommend) in given {
        answer(
            &app,
            &org,
            org.wave,
            org.sales,
            &Answer::scores(overall, recommend),
        )
        .await;
    }
    super::fixture::answer_second(&app, &org, laptops, 2).await;

    close(&app, org.wave).await;
    let emails = app.deliver_mail_to(&it_head.email).await;
    app.run_scheduler_once().await;
    let again = app.deliver_mail_to(&it_head.email).await;

    assert_eq!(emails.len(), 1, "one email for the wave");
    assert_eq!(again.len(), 1, "later passes send nothing more");
    let email = &emails[0];
    assert!(
        email.subject.starts_with("New results"),
        "{}",
        email.subject
    );
    assert!(
        email
            .text
            .contains("IT helpdesk: 5 responses, overall satisfaction 3.6 / 5, internal NPS +20"),
        "{}",
        email.text
    );
    assert!(
        email.text.contains("Laptops: not enough responses"),
        "{}",
        email.text
    );
    assert!(
        !email.text.contains("Meeting rooms"),
        "only the head's own services"
    );
    let link = email
        .links()
        .into_iter()
        .find(|l| l.contains("/results/providers/"))
        .expect("a link to the dashboard");
    assert!(link.ends_with(&format!("/results/providers/{}", org.it)));
    app.login(&it_head).await;
    let page = app.client.get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200);
}
