//! `innerpulse demo`: the seeded organisation is realistic, idempotent, passes the anonymity
//! threshold where it matters, and the built-in questionnaire exists exactly once.

use crate::helpers::{TestDatabase, test_settings};
use entity::{employee, question, question_translation, relationship, response, wave};
use innerpulse::config::Settings;
use innerpulse::demo::{self, DemoOutcome, DemoReport, HR_ADMIN, IT_HEAD};
use innerpulse::i18n::I18n;
use innerpulse::store::programme::questionnaires;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Statement,
};
use std::collections::HashSet;

/// Every table the demo writes to.
const DEMO_TABLES: [&str; 17] = [
    "department",
    "employee",
    "relationship",
    "account",
    "account_department",
    "questionnaire",
    "question",
    "question_translation",
    "cycle",
    "wave",
    "invitation",
    "invitation_section",
    "section_history",
    "response",
    "answer",
    "action",
    "conversation",
];

async fn migrated_database() -> (TestDatabase, DatabaseConnection, Settings) {
    let database = TestDatabase::create().await;
    let settings = test_settings(&database.url, 25, database.dir.path(), "");
    let db = settings.database.connect().await.unwrap();
    innerpulse::startup::migrate(&db).await.unwrap();
    (database, db, settings)
}

async fn seeded_database() -> (TestDatabase, DatabaseConnection, DemoReport) {
    let (database, db, settings) = migrated_database().await;
    let report = demo::seed(&db, &settings).await.unwrap();
    (database, db, report)
}

async fn row_counts(db: &DatabaseConnection) -> Vec<(&'static str, i64)> {
    let mut counts = Vec::new();
    for table in DEMO_TABLES {
        let sql = format!("SELECT COUNT(*) AS n FROM {table}");
        let row = db
            .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
            .unwrap();
        counts.push((table, row.try_get::<i64>("", "n").unwrap()));
    }
    counts
}

#[tokio::test]
async fn demo_seeding_creates_a_realistic_organisation() {
    let (_database, db, report) = seeded_database().await;

    assert!(
        matches!(report.outcome, DemoOutcome::Created(_)),
        "{report}"
    );
    let counts = row_counts(&db).await;
    let count = |table: &str| counts.iter().find(|(name, _)| *name == table).unwrap().1;
    assert!(count("department") >= 10);
    let employees = employee::Entity::find().all(&db).await.unwrap();
    assert!(
        (70..=90).contains(&employees.len()),
        "{} employees",
        employees.len()
    );
    let locales: HashSet<&str> = employees.iter().map(|e| e.locale.as_str()).collect();
    assert_eq!(locales.len(), 6, "{locales:?}");
    let relationships = relationship::Entity::find().all(&db).await.unwrap();
    assert!(relationships.len() >= 10);
    assert!(
        relationships
            .iter()
            .any(|r| r.customer_department_id.is_none())
    );
    let serves_back = |r: &relationship::Model| {
        relationships.iter().any(|back| {
            back.provider_department_id == r.customer_department_id.unwrap_or(-1)
                && back.customer_department_id == Some(r.provider_department_id)
        })
    };
    assert!(relationships.iter().any(serves_back));
    let waves = wave::Entity::find().all(&db).await.unwrap();
    assert_eq!(waves.len(), 8);
    for wave in &waves {
        assert_eq!(wave.state, wave::WaveState::Closed);
        let responses = response::Entity::find()
            .filter(response::Column::WaveId.eq(wave.id))
            .count(&db)
            .await
            .unwrap();
        assert!(responses > 0, "wave {} has no responses", wave.id);
    }
    let builtin = questionnaires::find_builtin(&db).await.unwrap().unwrap();
    let questions = questionnaires::questions(&db, builtin).await.unwrap();
    let translated: HashSet<String> = question_translation::Entity::find()
        .filter(question_translation::Column::QuestionId.is_in(questions.iter().map(|q| q.id)))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.locale)
        .collect();
    assert_eq!(translated.len(), 6, "{translated:?}");
    assert!(count("action") >= 2);
}

#[tokio::test]
async fn running_the_demo_twice_changes_nothing() {
    let (_database, db, settings) = migrated_database().await;
    demo::seed(&db, &settings).await.unwrap();
    let before = row_counts(&db).await;

    let second = demo::seed(&db, &settings).await.unwrap();

    assert_eq!(row_counts(&db).await, before);
    assert!(matches!(
        second.outcome,
        DemoOutcome::Kept {
            demo_accounts_exist: true
        }
    ));
    let printed = second.to_string();
    assert!(printed.contains("kept"), "{printed}");
    for expected in [
        HR_ADMIN.email,
        HR_ADMIN.password,
        IT_HEAD.email,
        IT_HEAD.password,
    ] {
        assert!(
            printed.contains(expected),
            "{expected} missing in:\n{printed}"
        );
    }
}

#[tokio::test]
async fn demo_answers_pass_the_anonymity_threshold_for_the_main_services() {
    let (_database, db, settings) = migrated_database().await;
    demo::seed(&db, &settings).await.unwrap();
    let k = u64::from(settings.anonymity.min_group_size.get());
    let latest = wave::Entity::find()
        .order_by_desc(wave::Column::OpensAt)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let helpdesk = relationship::Entity::find()
        .filter(relationship::Column::ServiceName.eq("IT helpdesk"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();

    let answered = response::Entity::find()
        .filter(response::Column::WaveId.eq(latest.id))
        .filter(response::Column::RelationshipId.eq(helpdesk.id))
        .filter(response::Column::NotApplicable.eq(false))
        .count(&db)
        .await
        .unwrap();

    assert!(answered >= k, "only {answered} responses, k = {k}");
}

#[tokio::test]
async fn the_builtin_questionnaire_is_created_once() {
    let (_database, db, _settings) = migrated_database().await;
    let i18n = I18n::load().unwrap();

    let first = questionnaires::ensure_builtin(&db, &i18n).await.unwrap();
    let second = questionnaires::ensure_builtin(&db, &i18n).await.unwrap();

    assert_eq!(first, second);
    let questions = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(first))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(questions, 9);
    let translations = question_translation::Entity::find()
        .count(&db)
        .await
        .unwrap();
    assert_eq!(translations, 9 * 6);
}
