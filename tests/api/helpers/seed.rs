//! Builders that seed rows straight into the database, for fixtures that need an organisation,
//! a questionnaire, a cycle or a wave faster than the HR pages would make them:
//!
//! ```ignore
//! let it = seed::Department::new("IT").create(app).await;
//! let helpdesk = seed::Service::new(it, "IT helpdesk").standard("Within a day").create(app).await;
//! let cycle = seed::Cycle::new(questionnaire).fatigue_cap(2).create(app).await;
//! let wave = seed::Wave::open(cycle, questionnaire).create(app).await;
//! ```
//!
//! `new` starts from the values most fixtures use; each method sets one column; `create`
//! inserts the row and returns its id. A column no method sets keeps the database's default.

use super::TestApp;
use chrono::{DateTime, Duration, Utc};
use entity::cycle::ShortenBy;
use entity::question::{Dimension, QuestionKind};
use entity::wave::WaveState;
use entity::{
    cycle, department, employee, question, question_translation, questionnaire, relationship, wave,
};
use sea_orm::{ActiveModelTrait, Set};

/// A department: top-level unless given a parent.
pub struct Department(department::ActiveModel);

impl Department {
    /// A top-level department named `name`.
    pub fn new(name: &str) -> Self {
        Self(department::ActiveModel {
            name: Set(name.to_owned()),
            parent_id: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
    }

    /// Places the department under `parent`.
    pub fn parent(mut self, parent: i32) -> Self {
        self.0.parent_id = Set(Some(parent));
        self
    }

    /// Inserts the department; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        self.0.insert(app.db()).await.unwrap().id
    }
}

/// An employee: active, English, no external id unless told otherwise.
pub struct Employee(employee::ActiveModel);

impl Employee {
    /// An active English-speaking employee of `department`.
    pub fn new(email: &str, name: &str, department: i32) -> Self {
        Self(employee::ActiveModel {
            email: Set(email.to_owned()),
            name: Set(name.to_owned()),
            department_id: Set(department),
            locale: Set("en".to_owned()),
            active: Set(true),
            external_id: Set(None),
            created_at: Set(Utc::now()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        })
    }

    /// The employee's language.
    pub fn locale(mut self, locale: &str) -> Self {
        self.0.locale = Set(locale.to_owned());
        self
    }

    /// Whether the employee is active (inactive ones are never invited).
    pub fn active(mut self, active: bool) -> Self {
        self.0.active = Set(active);
        self
    }

    /// The id the HR system knows the employee by.
    pub fn external_id(mut self, external_id: String) -> Self {
        self.0.external_id = Set(Some(external_id));
        self
    }

    /// The row as it would be inserted, for `insert_many`.
    pub fn into_model(self) -> employee::ActiveModel {
        self.0
    }

    /// Inserts the employee; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        self.0.insert(app.db()).await.unwrap().id
    }
}

/// A service relationship: `provider` serves everyone unless given a customer department.
pub struct Service(relationship::ActiveModel);

impl Service {
    /// An active service `name` of `provider` for the whole organisation, without a standard.
    pub fn new(provider: i32, name: &str) -> Self {
        Self(relationship::ActiveModel {
            provider_department_id: Set(provider),
            customer_department_id: Set(None),
            service_name: Set(name.to_owned()),
            service_standard: Set(None),
            active: Set(true),
            touchpoint_repeat_days: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
    }

    /// The department served (`None`: everyone).
    pub fn customer(mut self, customer: Option<i32>) -> Self {
        self.0.customer_department_id = Set(customer);
        self
    }

    /// The promise the standard question quotes.
    pub fn standard(mut self, standard: impl Into<String>) -> Self {
        self.0.service_standard = Set(Some(standard.into()));
        self
    }

    /// Inserts the relationship; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        self.0.insert(app.db()).await.unwrap().id
    }
}

/// A questionnaire of version 1, unlocked, not archived.
pub struct Questionnaire(questionnaire::ActiveModel);

impl Questionnaire {
    /// An empty questionnaire named `name`.
    pub fn new(name: &str) -> Self {
        Self(questionnaire::ActiveModel {
            name: Set(name.to_owned()),
            builtin_key: Set(None),
            version: Set(1),
            previous_version_id: Set(None),
            locked: Set(false),
            archived: Set(false),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
    }

    /// Whether the questionnaire is locked, as its first wave locks it.
    pub fn locked(mut self, locked: bool) -> Self {
        self.0.locked = Set(locked);
        self
    }

    /// Inserts the questionnaire; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        self.0.insert(app.db()).await.unwrap().id
    }
}

/// A question with its prompts: optional and without answer options unless told otherwise.
pub struct Question {
    row: question::ActiveModel,
    prompts: Vec<(String, String)>,
    options: Option<String>,
}

impl Question {
    /// A question of `kind` about `dimension` at `position` of `questionnaire`.
    pub fn new(
        questionnaire: i32,
        position: i32,
        kind: QuestionKind,
        dimension: Dimension,
    ) -> Self {
        Self {
            row: question::ActiveModel {
                questionnaire_id: Set(questionnaire),
                position: Set(position),
                kind: Set(kind),
                dimension: Set(dimension),
                required: Set(false),
                option_count: Set(0),
                message_key: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            },
            prompts: Vec::new(),
            options: None,
        }
    }

    /// Whether the question must be answered.
    pub fn required(mut self, required: bool) -> Self {
        self.row.required = Set(required);
        self
    }

    /// Whether the question is core (always asked) rather than rotating.
    pub fn core(mut self, core: bool) -> Self {
        self.row.core = Set(core);
        self
    }

    /// How many answer options the question has.
    pub fn option_count(mut self, count: i32) -> Self {
        self.row.option_count = Set(count);
        self
    }

    /// The answer options (a JSON list) every prompt carries.
    pub fn options(mut self, options: Option<&str>) -> Self {
        self.options = options.map(str::to_owned);
        self
    }

    /// The prompt in each locale: `(locale, prompt)` pairs.
    pub fn prompts(mut self, prompts: &[(&str, &str)]) -> Self {
        self.prompts.extend(
            prompts
                .iter()
                .map(|(locale, prompt)| ((*locale).to_owned(), (*prompt).to_owned())),
        );
        self
    }

    /// Inserts the question and its prompts; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        let id = self.row.insert(app.db()).await.unwrap().id;
        for (locale, prompt) in self.prompts {
            question_translation::ActiveModel {
                question_id: Set(id),
                locale: Set(locale),
                prompt: Set(prompt),
                help: Set(None),
                options: Set(self.options.clone()),
            }
            .insert(app.db())
            .await
            .unwrap();
        }
        id
    }
}

/// A cycle over every relationship: an active weekly pulse in Amsterdam time starting now,
/// open seven days, no reminders, at most three invitations per person, nobody sampled out.
pub struct Cycle(cycle::ActiveModel);

impl Cycle {
    /// The cycle on `questionnaire`.
    pub fn new(questionnaire: i32) -> Self {
        Self(cycle::ActiveModel {
            name: Set("Weekly pulse".to_owned()),
            questionnaire_id: Set(questionnaire),
            all_relationships: Set(true),
            rrule: Set("FREQ=WEEKLY;INTERVAL=1".to_owned()),
            timezone: Set("Europe/Amsterdam".to_owned()),
            starts_at: Set(Utc::now()),
            days_open: Set(7),
            reminder_after_days: Set(None),
            max_reminders: Set(0),
            fatigue_cap: Set(3),
            sample_percent: Set(None),
            active: Set(true),
            next_opening_at: Set(None),
            created_at: Set(Utc::now()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        })
    }

    /// The cycle's name.
    pub fn name(mut self, name: &str) -> Self {
        self.0.name = Set(name.to_owned());
        self
    }

    /// The recurrence rule of its waves.
    pub fn rrule(mut self, rrule: &str) -> Self {
        self.0.rrule = Set(rrule.to_owned());
        self
    }

    /// The time zone the recurrence is read in.
    pub fn timezone(mut self, timezone: &str) -> Self {
        self.0.timezone = Set(timezone.to_owned());
        self
    }

    /// When the first wave opens.
    pub fn starts_at(mut self, starts_at: DateTime<Utc>) -> Self {
        self.0.starts_at = Set(starts_at);
        self
    }

    /// When the scheduler opens the next wave (`None`: HR opens them by hand).
    pub fn next_opening_at(mut self, at: Option<DateTime<Utc>>) -> Self {
        self.0.next_opening_at = Set(at);
        self
    }

    /// Reminders: after how many days, and how many at most.
    pub fn reminders(mut self, after_days: Option<i32>, max: i32) -> Self {
        self.0.reminder_after_days = Set(after_days);
        self.0.max_reminders = Set(max);
        self
    }

    /// At most this many invitations per person in a row of waves.
    pub fn fatigue_cap(mut self, cap: i32) -> Self {
        self.0.fatigue_cap = Set(cap);
        self
    }

    /// Rotation: `questions_per_section` asked per service, at most `max_answers` per wave,
    /// shortened by leaving out rotating questions.
    pub fn rotation(mut self, questions_per_section: i32, max_answers: i32) -> Self {
        self.0.questions_per_section = Set(Some(questions_per_section));
        self.0.max_answers_per_wave = Set(Some(max_answers));
        self.0.shorten_by = Set(ShortenBy::RotatingQuestions);
        self
    }

    /// Whether the cycle is active.
    pub fn active(mut self, active: bool) -> Self {
        self.0.active = Set(active);
        self
    }

    /// Inserts the cycle; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        self.0.insert(app.db()).await.unwrap().id
    }
}

/// An open wave of a cycle: opened now, closing in seven days.
pub struct Wave(wave::ActiveModel);

impl Wave {
    /// An open wave of `cycle` on `questionnaire`.
    pub fn open(cycle: i32, questionnaire: i32) -> Self {
        Self(wave::ActiveModel {
            cycle_id: Set(cycle),
            questionnaire_id: Set(questionnaire),
            opens_at: Set(Utc::now()),
            closes_at: Set(Utc::now() + Duration::days(7)),
            state: Set(WaveState::Open),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
    }

    /// When the wave opened.
    pub fn opens_at(mut self, at: DateTime<Utc>) -> Self {
        self.0.opens_at = Set(at);
        self
    }

    /// When the wave closes.
    pub fn closes_at(mut self, at: DateTime<Utc>) -> Self {
        self.0.closes_at = Set(at);
        self
    }

    /// Inserts the wave; returns its id.
    pub async fn create(self, app: &TestApp) -> i32 {
        self.0.insert(app.db()).await.unwrap().id
    }
}
