//! `GET /s/{token}`: what the employee sees, in which language.

use super::fixture::{Org, assert_survey_headers};
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_survey_shows_each_section_with_its_service_provider_and_standard() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;

    let response = app.get(&invited.path()).await;

    assert_eq!(response.status(), 200);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("IT helpdesk — IT"), "{page}");
    assert!(page.contains("Meeting rooms — Facilities"));
    assert!(page.contains("Tickets answered within 4 working hours"));
    assert!(page.contains("IT keeps its promise: “Tickets answered within 4 working hours”."));
    assert!(page.contains("Overall, I am satisfied with Meeting rooms."));
    // Meeting rooms has no service standard, so its standard question is not asked.
    assert!(page.contains(&format!(
        "name=\"{}\"",
        org.field(org.helpdesk, org.q.standard)
    )));
    assert!(!page.contains(&format!(
        "name=\"{}\"",
        org.field(org.rooms, org.q.standard)
    )));
    assert!(page.contains("Strongly agree"));
    assert!(page.contains("Not at all likely"));
    assert!(page.contains("In person"));
    assert!(page.contains("Less than an hour"));
    assert!(page.contains("maxlength=\"2000\""));
    assert!(page.contains(&format!("name=\"s{}_na\"", org.rooms)));
    assert!(page.contains("I haven’t used this service recently"));
    assert_eq!(
        page.matches("<fieldset").count(),
        page.matches("<legend").count()
    );
    assert!(
        !page.contains("/logout"),
        "no staff navigation on the survey"
    );
    assert_eq!(
        page.matches("<script").count(),
        1,
        "one script, never inline"
    );
    assert!(page.contains("<script src=\"/static/survey.js\" defer></script>"));
    assert!(page.contains("data-text-cap=\"2000\""));
    assert!(page.contains("Your comments on this page can hold up to 2000 characters in all."));
    let script = app.get("/static/survey.js").await;
    assert_eq!(
        script.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    assert!(script.text().await.unwrap().contains("data-text-cap"));
}

#[tokio::test]
async fn the_survey_is_shown_in_the_employees_language() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let french = org.invite(&app, "fr").await;
    let russian = org.invite(&app, "ru").await;

    let french_page = app.get(&french.path()).await.text().await.unwrap();
    let russian_page = app.get(&russian.path()).await.text().await.unwrap();

    assert!(french_page.contains("<html lang=\"fr\">"));
    assert!(french_page.contains("Dans l’ensemble, je suis satisfait de IT helpdesk."));
    assert!(french_page.contains("Envoyer mes réponses"));
    assert!(russian_page.contains("<html lang=\"ru\">"));
    assert!(russian_page.contains("В целом я доволен сервисом IT helpdesk."));
}

#[tokio::test]
async fn the_language_switch_changes_the_language_and_keeps_the_link() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "fr").await;
    let page = app.get(&invited.path()).await.text().await.unwrap();
    assert!(
        page.contains("href=\"?lang=ru\""),
        "a switch to every language"
    );

    let response = app.get(&format!("{}?lang=ru", invited.path())).await;

    assert_eq!(response.status(), 200);
    assert_survey_headers(&response);
    let page = response.text().await.unwrap();
    assert!(page.contains("<html lang=\"ru\">"));
    assert!(page.contains("IT выполняет обещание: «Tickets answered within 4 working hours»."));
}

#[tokio::test]
async fn without_a_shipped_employee_locale_the_browser_language_is_used() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "de").await;

    let page = app
        .client
        .get(app.url(&invited.path()))
        .header("Accept-Language", "de-DE,fr;q=0.8")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    assert!(page.contains("<html lang=\"fr\">"));
    assert!(page.contains("Dans l’ensemble"));
}

#[tokio::test]
async fn a_touchpoint_survey_shows_its_context_and_its_section() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org
        .invite_touchpoint(&app, chrono::Utc::now() + chrono::Duration::days(2))
        .await;

    let response = app.get(&invited.path()).await;

    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("ticket #4711"));
    assert!(page.contains("IT helpdesk — IT"));
    assert!(!page.contains("Meeting rooms"));
}

#[tokio::test]
async fn ticking_not_used_folds_the_sections_questions_away_without_script() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;

    let page = app.get(&invited.path()).await.text().await.unwrap();
    let style = app.get("/static/style.css").await.text().await.unwrap();

    assert!(style.contains(
        ".survey-section:has(.survey-not-used input:checked) .survey-question { display: none; }"
    ));
    // The box and the questions it folds share their section.
    for section in page.split("<section class=\"card survey-section\"").skip(1) {
        let section = section.split("</section>").next().unwrap();
        let na = section.find("class=\"survey-not-used\"").expect("the box");
        let first = section.find("class=\"survey-question").expect("a question");
        assert!(na < first, "the box comes before the questions it folds");
    }
}
