//! An organisation ready to be surveyed, built through the entities: two providers serving the
//! Sales department (IT helpdesk with a service standard, Facilities' meeting rooms without
//! one), a questionnaire with one question of every kind (texts in en, fr and ru), a cycle and
//! an open wave; plus invitations with known tokens.

use crate::helpers::{TestApp, seed};
use chrono::{DateTime, Duration, Utc};
use entity::invitation::{DeliveryState, InvitationKind};
use entity::question::{Dimension, QuestionKind};
use entity::{invitation, invitation_section};
use innerpulse::domain::SecretToken;
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

/// The questions of the fixture questionnaire, by role.
pub struct Questions {
    pub overall: i32,
    pub standard: i32,
    pub recommend: i32,
    pub yes_no: i32,
    pub choice: i32,
    pub lost_time: i32,
    pub comment: i32,
    pub thanks: i32,
}

/// The surveyed organisation.
pub struct Org {
    pub it: i32,
    pub facilities: i32,
    pub cycle: i32,
    pub sales: i32,
    pub helpdesk: i32,
    pub rooms: i32,
    pub questionnaire: i32,
    pub wave: i32,
    pub q: Questions,
}

/// One invited employee and the link token they received.
pub struct Invited {
    pub token: SecretToken,
    pub invitation_id: i32,
}

impl Invited {
    /// Path of the survey link.
    pub fn path(&self) -> String {
        format!("/s/{}", self.token.expose())
    }
}

type Texts<'a> = [(&'a str, &'a str); 3];

/// The fixture questionnaire, in the order of [`Questions`]' fields: kind, dimension,
/// required, answer options, and the prompt in en, fr and ru.
const QUESTIONS: [(QuestionKind, Dimension, bool, Option<&str>, Texts<'_>); 8] = [
    (
        QuestionKind::Rating,
        Dimension::Overall,
        true,
        None,
        [
            ("en", "Overall, I am satisfied with {service}."),
            ("fr", "Dans l’ensemble, je suis satisfait de {service}."),
            ("ru", "В целом я доволен сервисом {service}."),
        ],
    ),
    (
        QuestionKind::Rating,
        Dimension::Standard,
        true,
        None,
        [
            ("en", "{provider} keeps its promise: “{standard}”."),
            ("fr", "{provider} tient sa promesse : « {standard} »."),
            ("ru", "{provider} выполняет обещание: «{standard}»."),
        ],
    ),
    (
        QuestionKind::Recommend,
        Dimension::Overall,
        true,
        None,
        [
            ("en", "Would you recommend {service}?"),
            ("fr", "Recommanderiez-vous {service} ?"),
            ("ru", "Порекомендуете ли вы {service}?"),
        ],
    ),
    (
        QuestionKind::YesNo,
        Dimension::Communication,
        false,
        None,
        [
            ("en", "Did {provider} keep you informed?"),
            ("fr", "{provider} vous a-t-il tenu informé ?"),
            ("ru", "{provider} держал вас в курсе?"),
        ],
    ),
    (
        QuestionKind::Choice,
        Dimension::Responsiveness,
        false,
        Some(r#"["Email","Phone","In person"]"#),
        [
            ("en", "How do you usually contact {provider}?"),
            ("fr", "Comment contactez-vous {provider} ?"),
            ("ru", "Как вы обычно связываетесь с {provider}?"),
        ],
    ),
    (
        QuestionKind::LostTime,
        Dimension::Reliability,
        false,
        None,
        [
            ("en", "How much time did problems with {service} cost you?"),
            (
                "fr",
                "Combien de temps les problèmes avec {service} vous ont-ils coûté ?",
            ),
            ("ru", "Сколько времени вы потеряли из-за {service}?"),
        ],
    ),
    (
        QuestionKind::Text,
        Dimension::Overall,
        false,
        None,
        [
            ("en", "What should {provider} improve?"),
            ("fr", "Que devrait améliorer {provider} ?"),
            ("ru", "Что {provider} следует улучшить?"),
        ],
    ),
    (
        QuestionKind::Thanks,
        Dimension::Courtesy,
        false,
        None,
        [
            ("en", "Anyone at {provider} you would like to thank?"),
            ("fr", "Quelqu’un chez {provider} à remercier ?"),
            ("ru", "Кого в {provider} вы хотели бы поблагодарить?"),
        ],
    ),
];

impl Org {
    /// Creates the organisation, questionnaire, cycle and open wave.
    pub async fn create(app: &TestApp) -> Self {
        let it = app.create_department("IT").await;
        let facilities = app.create_department("Facilities").await;
        let sales = app.create_department("Sales").await;
        let helpdesk = seed::Service::new(it, "IT helpdesk")
            .customer(Some(sales))
            .standard("Tickets answered within 4 working hours")
            .create(app)
            .await;
        let rooms = seed::Service::new(facilities, "Meeting rooms")
            .create(app)
            .await;
        let questionnaire = seed::Questionnaire::new("Pulse")
            .locked(true)
            .create(app)
            .await;
        let mut ids = [0; 8];
        for ((id, position), (kind, dimension, required, options, texts)) in
            ids.iter_mut().zip(1..).zip(QUESTIONS)
        {
            let option_count = match kind {
                QuestionKind::Choice => 3,
                QuestionKind::LostTime => 5,
                _ => 0,
            };
            *id = seed::Question::new(questionnaire, position, kind, dimension)
                .required(required)
                .option_count(option_count)
                .options(options)
                .prompts(&texts)
                .create(app)
                .await;
        }
        let [
            overall,
            standard,
            recommend,
            yes_no,
            choice,
            lost_time,
            comment,
            thanks,
        ] = ids;
        let q = Questions {
            overall,
            standard,
            recommend,
            yes_no,
            choice,
            lost_time,
            comment,
            thanks,
        };
        let cycle = seed::Cycle::new(questionnaire)
            .name("Monthly")
            .rrule("FREQ=MONTHLY")
            .starts_at(Utc::now() - Duration::days(1))
            .create(app)
            .await;
        let wave = seed::Wave::open(cycle, questionnaire)
            .opens_at(Utc::now() - Duration::hours(1))
            .closes_at(Utc::now() + Duration::days(7))
            .create(app)
            .await;
        Self {
            it,
            facilities,
            cycle,
            sales,
            helpdesk,
            rooms,
            questionnaire,
            wave,
            q,
        }
    }

    /// An employee of Sales with `locale`, invited to this wave about both services.
    pub async fn invite(&self, app: &TestApp, locale: &str) -> Invited {
        self.invite_with(app, locale, Some(self.wave), None).await
    }

    /// An employee of `department` with `locale`, invited to `wave_id` about both services
    /// (or, with `wave_id = None`, a touchpoint about the helpdesk).
    pub async fn invite_from(
        &self,
        app: &TestApp,
        department: i32,
        wave_id: Option<i32>,
        expires_at: Option<DateTime<Utc>>,
    ) -> Invited {
        self.invite_as(app, department, "en", wave_id, expires_at)
            .await
    }

    /// A touchpoint invitation about the helpdesk that expires at `expires_at`.
    pub async fn invite_touchpoint(&self, app: &TestApp, expires_at: DateTime<Utc>) -> Invited {
        self.invite_with(app, "en", None, Some(expires_at)).await
    }

    async fn invite_with(
        &self,
        app: &TestApp,
        locale: &str,
        wave_id: Option<i32>,
        expires_at: Option<DateTime<Utc>>,
    ) -> Invited {
        self.invite_as(app, self.sales, locale, wave_id, expires_at)
            .await
    }

    async fn invite_as(
        &self,
        app: &TestApp,
        department: i32,
        locale: &str,
        wave_id: Option<i32>,
        expires_at: Option<DateTime<Utc>>,
    ) -> Invited {
        let sections = if wave_id.is_some() {
            vec![self.helpdesk, self.rooms]
        } else {
            vec![self.helpdesk]
        };
        self.invite_about(app, department, locale, wave_id, expires_at, &sections)
            .await
    }

    /// An employee of `department` invited to `wave_id` (or a touchpoint) about `sections`.
    pub async fn invite_about(
        &self,
        app: &TestApp,
        department: i32,
        locale: &str,
        wave_id: Option<i32>,
        expires_at: Option<DateTime<Utc>>,
        sections: &[i32],
    ) -> Invited {
        let db = app.db();
        let email = format!("{}@example.com", uuid::Uuid::new_v4().simple());
        let employee_id = seed::Employee::new(&email, "Erin Employee", department)
            .locale(locale)
            .create(app)
            .await;
        let token = SecretToken::generate();
        let kind = if wave_id.is_some() {
            InvitationKind::Wave
        } else {
            InvitationKind::Touchpoint
        };
        let invitation_id = invitation::ActiveModel {
            wave_id: Set(wave_id),
            kind: Set(kind),
            employee_id: Set(employee_id),
            token_hash: Set(token.hash()),
            context_label: Set(wave_id.is_none().then(|| "ticket #4711".to_owned())),
            expires_at: Set(expires_at),
            delivery_state: Set(DeliveryState::Sent),
            attempts: Set(1),
            next_attempt_at: Set(None),
            claimed_until: Set(None),
            last_error: Set(None),
            sent_at: Set(Some(Utc::now())),
            reminders_sent: Set(0),
            next_reminder_at: Set(Some(Utc::now() + Duration::days(3))),
            answered: Set(false),
            created_at: Set(Utc::now()),
            // The roster when the invitation was made, as a wave's opening keeps it.
            email: Set(Some(email)),
            department_id: Set(Some(department)),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap()
        .id;
        for (position, relationship_id) in (1..).zip(sections.iter().copied()) {
            invitation_section::ActiveModel {
                invitation_id: Set(invitation_id),
                relationship_id: Set(relationship_id),
                position: Set(position),
                // Every question, as before rotation.
                rotating_from: Set(None),
                rotating_count: Set(0),
            }
            .insert(db)
            .await
            .unwrap();
        }
        Invited {
            token,
            invitation_id,
        }
    }

    /// Form field of question `question` in the section about `relationship`.
    #[expect(
        clippy::unused_self,
        reason = "read as a property of the organisation the test built"
    )]
    pub fn field(&self, relationship: i32, question: i32) -> String {
        format!("s{relationship}_q{question}")
    }

    /// A valid form: every question of the helpdesk section answered, the required ones of
    /// the meeting-rooms section.
    pub fn full_answers(&self) -> Vec<(String, String)> {
        let (h, r, q) = (self.helpdesk, self.rooms, &self.q);
        [
            (h, q.overall, "4"),
            (h, q.standard, "2"),
            (h, q.recommend, "9"),
            (h, q.yes_no, "1"),
            (h, q.choice, "2"),
            (h, q.lost_time, "3"),
            (h, q.comment, "Answer the phone <faster>"),
            (h, q.thanks, "Thanks to Sam"),
            (r, q.overall, "5"),
            (r, q.recommend, "10"),
        ]
        .into_iter()
        .map(|(rel, question, value)| (self.field(rel, question), value.to_owned()))
        .collect()
    }
}

/// Posts `fields` to a survey link.
pub async fn post_survey(
    app: &TestApp,
    path: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .expect("POST survey")
}

/// Number of `response` and `answer` rows.
pub async fn stored_rows(app: &TestApp) -> (u64, u64) {
    (
        entity::response::Entity::find()
            .count(app.db())
            .await
            .unwrap(),
        entity::answer::Entity::find()
            .count(app.db())
            .await
            .unwrap(),
    )
}

/// Closes the fixture's wave now and releases it as the scheduler does; returns the wave's
/// opening day (the day released responses carry).
pub async fn close_and_release(app: &TestApp, org: &Org) -> chrono::NaiveDate {
    let opened_on = close_now(app, org.wave).await;
    app.release().await;
    opened_on
}

/// Closes wave `wave_id` now (closed, its closing time a minute ago), without releasing it;
/// returns its opening day.
pub async fn close_now(app: &TestApp, wave_id: i32) -> chrono::NaiveDate {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let wave = entity::wave::Entity::find_by_id(wave_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let opened_on = wave.opens_at.date_naive();
    let mut active = wave.into_active_model();
    active.state = Set(entity::wave::WaveState::Closed);
    active.closes_at = Set(chrono::Utc::now() - chrono::TimeDelta::minutes(1));
    active.update(app.db()).await.unwrap();
    opened_on
}

/// Sealed submissions waiting for their release.
pub async fn sealed_count(app: &TestApp) -> u64 {
    entity::sealed_submission::Entity::find()
        .count(app.db())
        .await
        .unwrap()
}

/// Whether the invitation is marked as answered.
pub async fn is_answered(app: &TestApp, invitation_id: i32) -> bool {
    invitation::Entity::find_by_id(invitation_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .answered
}

/// Asserts the headers every survey response must carry, and that it sets no cookie.
pub fn assert_survey_headers(response: &reqwest::Response) {
    let headers = response.headers();
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(
        headers.get("set-cookie").is_none(),
        "the survey must set no cookie: {:?}",
        headers.get_all("set-cookie")
    );
}
