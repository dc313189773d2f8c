//! The whole wave through HTTP and real email: the scheduler opens a wave and emails the
//! link; the employee follows it, answers every section, cannot answer twice, and the link
//! dies when the wave closes.

use crate::helpers::spawn_app;
use crate::waves_fixture::{CycleOptions, organisation, survey_link};
use entity::{answer, response, wave};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

/// Every form field of the survey page that a person fills: the last option of every radio
/// group, and a sentence in every text box, so the submission is complete.
fn filled_form(page: &str) -> Vec<(String, String)> {
    let attribute = |tag: &str, name: &str| {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned)
    };
    let mut fields: Vec<(String, String)> = vec![];
    for tag in page.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let Some(name) = attribute(tag, "name") else {
            continue;
        };
        if !name.starts_with('s') || name.ends_with("_na") {
            continue;
        }
        if tag.starts_with("input") && tag.contains("type=\"radio\"") {
            let value = attribute(tag, "value").unwrap_or_default();
            fields.retain(|(existing, _)| existing != &name);
            fields.push((name, value));
        } else if tag.starts_with("textarea") {
            fields.push((name, "Thank you for the quick fixes.".to_owned()));
        }
    }
    fields
}

#[tokio::test]
async fn an_employee_answers_through_the_emailed_link_once_and_the_link_dies_at_close() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    app.run_scheduler_once().await;
    let emails = app.smtp.wait_for(3).await;
    let ana = emails
        .iter()
        .find(|e| e.to.iter().any(|to| to == "ana@example.com"))
        .expect("Ana's invitation");
    let link = survey_link(ana);
    let path = link.split_once("//").unwrap().1;
    let path = &path[path.find('/').unwrap()..];

    let page = app.get(path).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    let fields = filled_form(&page);
    assert!(!fields.is_empty(), "no answer fields in:\n{page}");
    let submitted = app
        .client
        .post(app.url(path))
        .form(&fields)
        .send()
        .await
        .unwrap();

    assert_eq!(
        submitted.status(),
        200,
        "{}",
        submitted.text().await.unwrap()
    );
    assert_eq!(
        response::Entity::find().count(app.db()).await.unwrap(),
        0,
        "answers stay sealed until the wave closes"
    );
    assert_eq!(answer::Entity::find().count(app.db()).await.unwrap(), 0);
    assert_eq!(
        entity::sealed_submission::Entity::find()
            .count(app.db())
            .await
            .unwrap(),
        1
    );
    let again = app
        .client
        .post(app.url(path))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409);
    assert_eq!(
        entity::sealed_submission::Entity::find()
            .count(app.db())
            .await
            .unwrap(),
        1,
        "a link answers once"
    );

    let open = wave::Entity::find().one(app.db()).await.unwrap().unwrap();
    assert_eq!(open.cycle_id, org.cycle_id);
    let mut closing: wave::ActiveModel = open.into();
    closing.closes_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    closing.update(app.db()).await.unwrap();
    let outcome = app.run_scheduler_once().await;
    assert_eq!(outcome.waves_closed, 1);
    assert_eq!(app.get(path).await.status(), 410);
}
