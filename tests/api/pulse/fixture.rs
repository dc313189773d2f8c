//! Sixty employees of Sales, each served by three services (IT helpdesk and Payroll serve
//! everyone, Facilities serves Sales), all with a service standard; a cycle whose waves HR
//! opens by hand. The survey pages are read over HTTP, each through the link the invitation
//! email carries (derived here the way the mailer derives it).

use crate::helpers::TestApp;
use chrono::Utc;
use entity::cycle::ShortenBy;
use entity::question::{Dimension, QuestionKind};
use entity::{
    cycle, department, employee, invitation, question, question_translation, questionnaire,
    relationship,
};
use innerpulse::waves::{TokenInput, survey_token};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
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

async fn department(app: &TestApp, name: &str) -> i32 {
    department::ActiveModel {
        name: Set(name.to_owned()),
        parent_id: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id
}

async fn service(app: &TestApp, provider: i32, customer: Option<i32>, name: &str) -> i32 {
    relationship::ActiveModel {
        provider_department_id: Set(provider),
        customer_department_id: Set(customer),
        service_name: Set(name.to_owned()),
        service_standard: Set(Some(format!("{name} answers within a day"))),
        active: Set(true),
        touchpoint_repeat_days: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id
}

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
    let id = questionnaire::ActiveModel {
        name: Set("Four rotating".to_owned()),
        builtin_key: Set(None),
        version: Set(1),
        previous_version_id: Set(None),
        locked: Set(false),
        archived: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id;
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
        let question = question::ActiveModel {
            questionnaire_id: Set(id),
            position: Set(position),
            kind: Set(kind),
            dimension: Set(dimension),
            required: Set(false),
            core: Set(core),
            option_count: Set(0),
            message_key: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
        question_translation::ActiveModel {
            question_id: Set(question.id),
            locale: Set("en".to_owned()),
            prompt: Set(prompt.to_owned()),
            help: Set(None),
            options: Set(None),
        }
        .insert(app.db())
        .await
        .unwrap();
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
    let sales = department(app, "Sales").await;
    let it = department(app, "IT").await;
    let hr = department(app, "HR").await;
    let facilities = department(app, "Facilities").await;
    let rows: Vec<employee::ActiveModel> = (0..EMPLOYEES)
        .map(|n| employee::ActiveModel {
            email: Set(format!("seller{n}@example.com")),
            name: Set(format!("Seller {n}")),
            department_id: Set(sales),
            locale: Set("en".to_owned()),
            active: Set(true),
            external_id: Set(None),
            created_at: Set(Utc::now()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        })
        .collect();
    employee::Entity::insert_many(rows)
        .exec(app.db())
        .await
        .unwrap();
    let services = [
        service(app, it, None, "IT helpdesk").await,
        service(app, hr, None, "Payroll").await,
        service(app, facilities, Some(sales), "Facilities").await,
    ];
    let cycle_id = cycle::ActiveModel {
        name: Set("Weekly pulse".to_owned()),
        questionnaire_id: Set(questionnaire_id),
        all_relationships: Set(true),
        rrule: Set("FREQ=WEEKLY;INTERVAL=1".to_owned()),
        timezone: Set("Europe/Berlin".to_owned()),
        starts_at: Set(Utc::now()),
        days_open: Set(7),
        reminder_after_days: Set(None),
        max_reminders: Set(0),
        fatigue_cap: Set(3),
        questions_per_section: Set(Some(questions_per_section)),
        max_answers_per_wave: Set(Some(max_answers)),
        shorten_by: Set(ShortenBy::RotatingQuestions),
        sample_percent: Set(None),
        active: Set(false),
        next_opening_at: Set(None),
        created_at: Set(Utc::now()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id;
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
