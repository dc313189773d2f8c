//! A small organisation for the wave, delivery and touchpoint tests, built through the
//! entities: a department tree, employees in several locales, org-wide, ancestor-based and
//! own-department relationships, a questionnaire and a cycle that is due.
//!
//! Departments: Operations ← Kitchen (child), IT, HR.
//! Relationships: IT helpdesk (IT → everyone), Payroll (HR → Operations, so Kitchen through
//! its parent), Supplies (Operations → Kitchen).
//! Employees: Ana (Kitchen, en), Bram (Kitchen, nl), Olga (Operations, ru), Ian (IT, fr: no
//! relationship serves IT except its own helpdesk), Zoe (Kitchen, inactive).

use crate::helpers::{TestApp, seed};
use chrono::{TimeDelta, Utc};
use entity::{cycle, employee, invitation, question, questionnaire};
use innerpulse::domain::pulse::{DEFAULT_MAX_ANSWERS_PER_WAVE, DEFAULT_ROTATING_PER_SECTION};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

/// Ids of what the fixture created.
pub struct Org {
    pub kitchen: i32,
    pub helpdesk: i32,
    pub payroll: i32,
    pub supplies: i32,
    pub cycle_id: i32,
}

/// The cycle's knobs the tests turn.
pub struct CycleOptions {
    pub fatigue_cap: i32,
    pub reminder_after_days: Option<i32>,
    pub max_reminders: i32,
}

impl Default for CycleOptions {
    fn default() -> Self {
        Self {
            fatigue_cap: 3,
            reminder_after_days: None,
            max_reminders: 0,
        }
    }
}

/// Everyone who gets an invitation in the fixture, with their locale.
pub const INVITED: [(&str, &str); 3] = [
    ("ana@example.com", "en"),
    ("bram@example.com", "nl"),
    ("olga@example.com", "ru"),
];

/// Builds the organisation and a cycle whose first wave is due a minute ago.
pub async fn organisation(app: &TestApp, options: CycleOptions) -> Org {
    let operations = seed::Department::new("Operations").create(app).await;
    let kitchen = seed::Department::new("Kitchen")
        .parent(operations)
        .create(app)
        .await;
    let it = seed::Department::new("IT").create(app).await;
    let hr = seed::Department::new("HR").create(app).await;
    for (email, name, department, locale, active) in [
        ("ana@example.com", "Ana", kitchen, "en", true),
        ("bram@example.com", "Bram", kitchen, "nl", true),
        ("olga@example.com", "Olga", operations, "ru", true),
        ("ian@example.com", "Ian", it, "fr", true),
        ("zoe@example.com", "Zoe", kitchen, "en", false),
    ] {
        seed::Employee::new(email, name, department)
            .locale(locale)
            .active(active)
            .external_id(format!("hr-{name}"))
            .create(app)
            .await;
    }
    let service = |provider, customer, name: &str| {
        seed::Service::new(provider, name)
            .customer(customer)
            .standard(format!("{name} keeps its promises"))
    };
    let helpdesk = service(it, None, "IT helpdesk").create(app).await;
    let payroll = service(hr, Some(operations), "Payroll").create(app).await;
    let supplies = service(operations, Some(kitchen), "Supplies")
        .create(app)
        .await;
    // The built-in "Internal service pulse", installed at startup.
    let questionnaire_id = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq("internal-service-pulse"))
        .one(app.db())
        .await
        .unwrap()
        .expect("the built-in questionnaire is installed at startup")
        .id;
    let due = Utc::now() - TimeDelta::minutes(1);
    let cycle_id = seed::Cycle::new(questionnaire_id)
        .starts_at(due)
        .next_opening_at(Some(due))
        .reminders(options.reminder_after_days, options.max_reminders)
        .fatigue_cap(options.fatigue_cap)
        .create(app)
        .await;
    Org {
        kitchen,
        helpdesk,
        payroll,
        supplies,
        cycle_id,
    }
}

/// The invitations of one employee, oldest first.
pub async fn invitations_of(app: &TestApp, email: &str) -> Vec<invitation::Model> {
    let employee = employee::Entity::find()
        .filter(employee::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    invitation::Entity::find()
        .filter(invitation::Column::EmployeeId.eq(employee.id))
        .all(app.db())
        .await
        .unwrap()
}

/// Every invitation.
pub async fn all_invitations(app: &TestApp) -> Vec<invitation::Model> {
    invitation::Entity::find().all(app.db()).await.unwrap()
}

/// The survey link in an email (the only link to `/s/`).
pub fn survey_link(email: &crate::smtp_server::Email) -> String {
    let links: Vec<String> = email
        .links()
        .into_iter()
        .filter(|link| link.contains("/s/"))
        .collect();
    assert_eq!(links.len(), 1, "one survey link in:\n{}", email.text);
    links[0].clone()
}

/// The token of a survey link.
pub fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_owned()
}

/// Gives `cycle_id` the new default: the core questions plus one rotating question per
/// section, at most ten answers per wave.
pub async fn use_the_short_pulse(app: &TestApp, cycle_id: i32) {
    let builtin = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq("internal-service-pulse"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let core = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(builtin.id))
        .filter(question::Column::Core.eq(true))
        .count(app.db())
        .await
        .unwrap();
    let core = i32::try_from(core).unwrap();
    let found = cycle::Entity::find_by_id(cycle_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mut short: cycle::ActiveModel = found.into();
    short.questions_per_section = Set(Some(core + DEFAULT_ROTATING_PER_SECTION));
    short.max_answers_per_wave = Set(Some(DEFAULT_MAX_ANSWERS_PER_WAVE));
    short.update(app.db()).await.unwrap();
}
