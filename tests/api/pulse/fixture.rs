//! Sixty employees of Sales, each served by three services (IT helpdesk and Payroll serve
//! everyone, Facilities serves Sales), all with a service standard; a cycle whose waves HR
//! opens by hand. The survey pages are read over HTTP, each through the link the invitation
//! email carries (derived here the way the mailer derives it).

use crate::helpers::{TestApp, seed};
use entity::question::{Dimension, QuestionKind};
use entity::{employee, invitation, question, questionnaire};
use innerpulse::waves::{TokenInput, survey_token};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, BTreeSet};

/// Employees in the fixture.
pub const EMPLOYEES: usize = 60;

/// What the fixture created.
pub struct Pulse {
    /// The three services.
    pub services: [i32; 3],
    /// The cycle.
    pub cycle_id: i32,
    /// The questionnaire's core and rotating question ids.
    pub core: BTreeSet<i32>,
    pub rotating: BTreeSet<i32>,
}

/// What one survey page asks: per service, the question ids on the page.
pub type Page = BTreeMap<i32, BTreeSet<i32>>;

/// The built-in questionnaire (installed at startup).
pub async fn builtin(app: &TestApp) -> i32 {
    questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq("internal-service-pulse"))
        .one(app.db())
        .await
        .unwrap()
        .expect("the built-in questionnaire is installed at startup")
        .id
}

/// A questionnaire of two core questions (a rating and a comment) and four rotating ratings.
pub async fn four_rotating(app: &TestApp) -> i32 {
    let id = seed::Questionnaire::new("Four rotating").create(app).await;
    let questions = [
        (QuestionKind::Rating, Dimension::Overall, true, "Overall?"),
        (
            QuestionKind::Text,
            Dimension::Overall,
            true,
            "What would help?",
        ),
        (
            QuestionKind::Rating,
            Dimension::Reliability,
            false,
            "Reliable?",
        ),
        (
            QuestionKind::Rating,
            Dimension::Responsiveness,
            false,
            "Fast?",
        ),
        (
            QuestionKind::Rating,
            Dimension::Communication,
            false,
            "Clear?",
        ),
        (
            QuestionKind::Rating,
            Dimension::Competence,
            false,
            "Skilled?",
        ),
    ];
    for (position, (kind, dimension, core, prompt)) in (1..).zip(questions) {
        seed::Question::new(id, position, kind, dimension)
            .core(core)
            .prompts(&[("en", prompt)])
            .create(app)
            .await;
    }
    id
}

/// The organisation and a cycle on `questionnaire_id` asking `questions_per_section` per
/// section and at most `max_answers` per wave.
pub async fn organisation(
    app: &TestApp,
    questionnaire_id: i32,
    questions_per_section: i32,
    max_answers: i32,
) -> Pulse {
    let sales = app.create_department("Sales").await;
    let it = app.create_department("IT").await;
    let hr = app.create_department("HR").await;
    let facilities = app.create_department("Facilities").await;
    let rows: Vec<employee::ActiveModel> = (0..EMPLOYEES)
        .map(|n| {
            seed::Employee::new(
                &format!("seller{n}@example.com"),
                &format!("Seller {n}"),
                sales,
            )
            .into_model()
        })
        .collect();
    employee::Entity::insert_many(rows)
        .exec(app.db())
        .await
        .unwrap();
    let service = |provider, customer, name: &str| {
        seed::Service::new(provider, name)
            .customer(customer)
            .standard(format!("{name} answers within a day"))
    };
    let services = [
        service(it, None, "IT helpdesk").create(app).await,
        service(hr, None, "Payroll").create(app).await,
        service(facilities, Some(sales), "Facilities")
            .create(app)
            .await,
    ];
    let cycle_id = seed::Cycle::new(questionnaire_id)
        .timezone("Europe/Berlin")
        .rotation(questions_per_section, max_answers)
        .active(false)
        .create(app)
        .await;
    let questions = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .all(app.db())
        .await
        .unwrap();
    let (core, rotating): (Vec<_>, Vec<_>) = questions.iter().partition(|q| q.core);
    Pulse {
        services,
        cycle_id,
        core: core.iter().map(|q| q.id).collect(),
        rotating: rotating.iter().map(|q| q.id).collect(),
    }
}

/// HR opens a wave of the cycle now; returns the wave's invitations by employee.
pub async fn open_wave(app: &TestApp, pulse: &Pulse) -> BTreeMap<i32, invitation::Model> {
    let before: BTreeSet<i32> = invitation::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    let opened = app
        .post_form(&format!("/admin/cycles/{}/open-now", pulse.cycle_id), &[])
        .await;
    assert_eq!(opened.status(), 303, "HR opens a wave");
    invitation::Entity::find()
        .order_by_asc(invitation::Column::Id)
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .filter(|i| !before.contains(&i.id))
        .map(|i| (i.employee_id, i))
        .collect()
}

/// The survey page of `invitation`, read over HTTP: the question ids asked per service.
pub async fn page(app: &TestApp, invitation: &invitation::Model) -> (Page, String) {
    let token = survey_token(&app.state.settings.security, &TokenInput::from(invitation));
    let response = app.get(&format!("/s/{}", token.expose())).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    let mut asked: Page = BTreeMap::new();
    for name in html.split("name=\"").skip(1) {
        let Some(field) = name.split('"').next() else {
            continue;
        };
        let Some((section, rest)) = field.trim_start_matches('s').split_once('_') else {
            continue;
        };
        let Ok(service) = section.parse::<i32>() else {
            continue;
        };
        let entry = asked.entry(service).or_default();
        if let Some(question) = rest.strip_prefix('q').and_then(|q| q.parse().ok()) {
            entry.insert(question);
        }
    }
    (asked, html)
}
