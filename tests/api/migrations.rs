//! The schema: migrations are idempotent, and the anonymity rules hold in the tables.

use crate::helpers::{TestDatabase, test_settings};
use migration::Migrator;
use migration::sea_orm_migration::MigratorTrait;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};
use std::collections::BTreeSet;

async fn migrated_database() -> (TestDatabase, DatabaseConnection) {
    let database = TestDatabase::create().await;
    let settings = test_settings(&database.url, 25, database.dir.path(), "");
    let db = settings.database.connect().await.unwrap();
    innerpulse::startup::migrate(&db).await.unwrap();
    (database, db)
}

async fn columns(db: &DatabaseConnection, table: &str) -> BTreeSet<String> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Sqlite => {
            format!("SELECT name AS column_name FROM pragma_table_info('{table}')")
        }
        _ => format!(
            "SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = current_schema()"
        ),
    };
    db.query_all_raw(Statement::from_string(backend, sql))
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get::<String>("", "column_name").unwrap())
        .collect()
}

#[tokio::test]
async fn running_the_migrations_twice_is_a_no_op() {
    let (_database, db) = migrated_database().await;

    innerpulse::startup::migrate(&db).await.unwrap();

    let pending = Migrator::get_pending_migrations(&db).await.unwrap();
    assert!(pending.is_empty());
    let applied = Migrator::get_applied_migrations(&db).await.unwrap();
    assert_eq!(applied.len(), Migrator::migrations().len());
}

#[tokio::test]
async fn every_table_of_the_data_model_exists() {
    let (_database, db) = migrated_database().await;

    for table in [
        "department",
        "employee",
        "relationship",
        "questionnaire",
        "question",
        "question_translation",
        "cycle",
        "cycle_relationship",
        "wave",
        "invitation",
        "invitation_section",
        "section_history",
        "response",
        "answer",
        "action",
        "action_translation",
        "conversation",
        "conversation_message",
        "conversation_read",
        "shared_thanks",
        "account",
        "account_department",
        "account_token",
        "login_throttle",
        "api_key",
        "mail_outbox",
        "wave_notification",
        "audit_entry",
    ] {
        assert!(
            !columns(&db, table).await.is_empty(),
            "table {table} is missing"
        );
    }
}

#[tokio::test]
async fn responses_and_answers_hold_no_column_that_could_point_at_a_person() {
    let (_database, db) = migrated_database().await;

    let response: Vec<String> = columns(&db, "response").await.into_iter().collect();
    let answer: Vec<String> = columns(&db, "answer").await.into_iter().collect();

    assert_eq!(
        response,
        [
            "customer_department_id",
            "id",
            "not_applicable",
            "questionnaire_id",
            "relationship_id",
            "submitted_on",
            "wave_id"
        ]
    );
    assert_eq!(
        answer,
        ["question_id", "response_id", "value_number", "value_text"]
    );
}

#[tokio::test]
async fn invitations_record_whether_answered_but_never_when() {
    let (_database, db) = migrated_database().await;

    let invitation = columns(&db, "invitation").await;

    assert!(invitation.contains("answered"));
    for forbidden in ["answered_at", "updated_at", "response_id", "submitted_at"] {
        assert!(
            !invitation.contains(forbidden),
            "invitation.{forbidden} must not exist"
        );
    }
}
