//! A small organisation for the wave, delivery and touchpoint tests, built through the
//! entities: a department tree, employees in several locales, org-wide, ancestor-based and
//! own-department relationships, a questionnaire and a cycle that is due.
//!
//! Departments: Operations ← Kitchen (child), IT, HR.
//! Relationships: IT helpdesk (IT → everyone), Payroll (HR → Operations, so Kitchen through
//! its parent), Supplies (Operations → Kitchen).
//! Employees: Ana (Kitchen, en), Bram (Kitchen, nl), Olga (Operations, ru), Ian (IT, fr: no
//! relationship serves IT except its own helpdesk), Zoe (Kitchen, inactive).

use crate::helpers::TestApp;
use chrono::{TimeDelta, Utc};
use entity::{cycle, department, employee, invitation, questionnaire, relationship};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

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

async fn department(app: &TestApp, name: &str, parent_id: Option<i32>) -> i32 {
    department::ActiveModel {
        name: Set(name.to_owned()),
        parent_id: Set(parent_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id
}

async fn person(
    app: &TestApp,
    email: &str,
    name: &str,
    department_id: i32,
    locale: &str,
    active: bool,
) {
    employee::ActiveModel {
        email: Set(email.to_owned()),
        name: Set(name.to_owned()),
        department_id: Set(department_id),
        locale: Set(locale.to_owned()),
        active: Set(active),
        external_id: Set(Some(format!("hr-{name}"))),
        created_at: Set(Utc::now()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
}

async fn service(app: &TestApp, provider: i32, customer: Option<i32>, name: &str) -> i32 {
    relationship::ActiveModel {
        provider_department_id: Set(provider),
        customer_department_id: Set(customer),
        service_name: Set(name.to_owned()),
        service_standard: Set(Some(format!("{name} keeps its promises"))),
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

/// Builds the organisation and a cycle whose first wave is due a minute ago.
pub async fn organisation(app: &TestApp, options: CycleOptions) -> Org {
    let operations = department(app, "Operations", None).await;
    let kitchen = department(app, "Kitchen", Some(operations)).await;
    let it = department(app, "IT", None).await;
    let hr = department(app, "HR", None).await;
    person(app, "ana@example.com", "Ana", kitchen, "en", true).await;
    person(app, "bram@example.com", "Bram", kitchen, "nl", true).await;
    person(app, "olga@example.com", "Olga", operations, "ru", true).await;
    person(app, "ian@example.com", "Ian", it, "fr", true).await;
    person(app, "zoe@example.com", "Zoe", kitchen, "en", false).await;
    let helpdesk = service(app, it, None, "IT helpdesk").await;
    let payroll = service(app, hr, Some(operations), "Payroll").await;
    let supplies = service(app, operations, Some(kitchen), "Supplies").await;
    // The built-in "Internal service pulse", installed at startup.
    let questionnaire_id = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq("internal-service-pulse"))
        .one(app.db())
        .await
        .unwrap()
        .expect("the built-in questionnaire is installed at startup")
        .id;
    let due = Utc::now() - TimeDelta::minutes(1);
    let cycle_id = cycle::ActiveModel {
        name: Set("Weekly pulse".to_owned()),
        questionnaire_id: Set(questionnaire_id),
        all_relationships: Set(true),
        rrule: Set("FREQ=WEEKLY;INTERVAL=1".to_owned()),
        timezone: Set("Europe/Amsterdam".to_owned()),
        starts_at: Set(due),
        days_open: Set(7),
        reminder_after_days: Set(options.reminder_after_days),
        max_reminders: Set(options.max_reminders),
        fatigue_cap: Set(options.fatigue_cap),
        sample_percent: Set(None),
        active: Set(true),
        next_opening_at: Set(Some(due)),
        created_at: Set(Utc::now()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap()
    .id;
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
