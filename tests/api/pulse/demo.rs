//! The demo runs the short pulse: its cycle asks the core questions and one rotating question
//! per section, so a new wave asks each employee at most ten questions.

use super::fixture::page;
use crate::helpers::spawn_app;
use entity::{cycle, invitation};
use innerpulse::demo;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn every_employee_of_the_demo_gets_at_most_ten_questions_in_a_new_weekly_wave() {
    let app = spawn_app().await;
    demo::seed(app.db(), &app.state.settings).await.unwrap();
    app.login_as_hr().await;
    let cycle = cycle::Entity::find().one(app.db()).await.unwrap().unwrap();
    assert_eq!(
        (cycle.questions_per_section, cycle.max_answers_per_wave),
        (Some(4), Some(10)),
        "the core questions and one rotating question; ten at most"
    );

    let opened = app
        .post_form(&format!("/admin/cycles/{}/open-now", cycle.id), &[])
        .await;
    assert_eq!(opened.status(), 303);

    let invitations = invitation::Entity::find()
        .filter(invitation::Column::Answered.eq(false))
        .filter(invitation::Column::CreatedAt.gt(chrono::Utc::now() - chrono::TimeDelta::hours(1)))
        .all(app.db())
        .await
        .unwrap();
    assert!(invitations.len() > 50, "{} invited", invitations.len());
    let mut most = 0;
    for invitation in &invitations {
        let (asked, _) = page(&app, invitation).await;
        let questions: usize = asked.values().map(std::collections::BTreeSet::len).sum();
        assert!(questions <= 10, "{questions} questions: {asked:?}");
        most = most.max(questions);
    }
    assert_eq!(most, 10, "three services fill the ten");
}
