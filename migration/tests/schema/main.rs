//! Checks the schema itself: migrations go up, down and up again, every entity round-trips
//! through the migrated tables, and the constraints the application relies on hold.
//! SQLite always runs; PostgreSQL runs when `INNERPULSE_TEST_DATABASE_URL` names a server
//! (as in CI): the test creates its own database there and drops it afterwards.

mod answers;
mod constraints;
mod rebuild;
mod seed;

use chrono::{DateTime, NaiveDate, Utc};
use migration::{Migrator, sea_orm_migration::MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, Statement};
use sea_orm_migration::sea_orm;

/// Tests and their helpers report failures through `?`.
type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A fixed instant `secs` seconds into the test's timeline (whole seconds: PostgreSQL keeps
/// microseconds only).
fn at(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000 + secs, 0).unwrap_or_default()
}

/// A fixed calendar day.
fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

#[tokio::test]
async fn schema_works_on_sqlite() -> TestResult {
    let path = std::env::temp_dir().join(format!("innerpulse-schema-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let db = Database::connect(format!("sqlite://{}?mode=rwc", path.display())).await?;
    exercise(&db).await?;

    for table in ["response", "answer", "conversation", "conversation_message"] {
        let row = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                [table.into()],
            ))
            .await?
            .ok_or("table missing")?;
        let sql: String = row.try_get("", "sql")?;
        assert!(sql.ends_with("WITHOUT ROWID"), "{table}: {sql}");
    }
    db.close().await?;
    std::fs::remove_file(&path)?;
    Ok(())
}

#[tokio::test]
async fn schema_works_on_postgres() -> TestResult {
    let Ok(server) = std::env::var("INNERPULSE_TEST_DATABASE_URL") else {
        eprintln!(
            "schema_works_on_postgres: INNERPULSE_TEST_DATABASE_URL is not set, PostgreSQL not checked"
        );
        return Ok(());
    };
    let name = format!("innerpulse_schema_{}", std::process::id());
    let admin = Database::connect(&server).await?;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\""))
        .await?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await?;
    let mut url = url::Url::parse(&server)?;
    url.set_path(&name);
    let db = Database::connect(url.as_str()).await?;
    let outcome = exercise(&db).await;
    db.close().await?;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await?;
    outcome
}

/// Up, up (no-op), down, up; then the round trip and the constraint checks.
async fn exercise(db: &DatabaseConnection) -> TestResult {
    Migrator::up(db, None).await?;
    Migrator::up(db, None).await?; // a second run is a no-op
    Migrator::down(db, None).await?;
    let manager = sea_orm_migration::SchemaManager::new(db);
    assert!(!manager.has_table("department").await?);
    assert!(!manager.has_table("mail_outbox").await?);
    Migrator::up(db, None).await?;
    let seeded = seed::organisation_to_invitations(db).await?;
    answers::responses_to_outbox(db, seeded).await?;
    constraints::constraints_hold(db).await?;
    Ok(())
}
