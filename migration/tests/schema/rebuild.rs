//! Migration 000010 rebuilds the conversation tables `WITHOUT ROWID` on SQLite: rows written
//! before it survive, with their messages, and the tables keep their constraints. Later
//! migrations run over the same rows: 000013 scrubs the aggregated wave, 000015 gives each
//! invitation its employee's address and department.

use entity::prelude::*;
use entity::{conversation, conversation_message, response};
use migration::Migrator;
use migration::sea_orm_migration::MigratorTrait;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, Database, DbBackend, EntityTrait, Set, Statement,
};
use sea_orm_migration::sea_orm;
use uuid::Uuid;

use crate::seed::{self, Seeded};
use crate::{TestResult, day};

/// Migrations before 000010.
const BEFORE_REBUILD: u32 = 8;

/// Columns of later migrations the seed's entities read, as `table ADD COLUMN column type`.
const LENT_COLUMNS: [&str; 14] = [
    "account ADD COLUMN session_version integer NOT NULL DEFAULT 0",
    "account ADD COLUMN oidc_provider varchar(32)",
    "account ADD COLUMN oidc_subject varchar(255)",
    "question ADD COLUMN core boolean NOT NULL DEFAULT false",
    "cycle ADD COLUMN questions_per_section integer",
    "cycle ADD COLUMN max_answers_per_wave integer",
    "cycle ADD COLUMN shorten_by varchar(24) NOT NULL DEFAULT 'rotating_questions'",
    "invitation_section ADD COLUMN rotating_from integer",
    "invitation_section ADD COLUMN rotating_count integer NOT NULL DEFAULT 0",
    "section_history ADD COLUMN rotating_asked integer",
    "wave ADD COLUMN answered_count integer",
    "conversation ADD COLUMN respondent_closed_on date",
    "invitation ADD COLUMN email varchar(254)",
    "invitation ADD COLUMN department_id integer",
];

/// Migrations before 000013 (sealed answers).
const BEFORE_SEALING: u32 = 12;

#[tokio::test]
async fn conversations_written_before_the_rebuild_survive_it_on_sqlite() -> TestResult {
    let path = std::env::temp_dir().join(format!("innerpulse-rebuild-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let db = Database::connect(format!("sqlite://{}?mode=rwc", path.display())).await?;
    db.execute_unprepared("PRAGMA foreign_keys = ON").await?;
    Migrator::up(&db, Some(BEFORE_REBUILD)).await?;
    // The entities describe the newest schema: the seed's round trips read
    // `wave.answered_count`, `conversation.respondent_closed_on`, `invitation.email` and
    // `.department_id`, `account.session_version`, the account's provider identity and the
    // short pulse's columns, which later migrations add. Lend them for the seed.
    for lent in LENT_COLUMNS {
        db.execute_unprepared(&format!("ALTER TABLE {lent}"))
            .await?;
    }
    let Seeded {
        sales,
        rel,
        qn,
        q,
        wv,
        acc,
        ..
    } = seed::organisation_to_invitations(&db).await?;
    let resp = response::ActiveModel {
        id: Set(Uuid::new_v4()),
        wave_id: Set(Some(wv.id)),
        relationship_id: Set(rel.id),
        customer_department_id: Set(sales.id),
        questionnaire_id: Set(qn.id),
        submitted_on: Set(day()),
        not_applicable: Set(false),
    }
    .insert(&db)
    .await?;
    let conv = conversation::ActiveModel {
        id: Set(Uuid::new_v4()),
        token_hash: Set("f".repeat(64)),
        response_id: Set(resp.id),
        question_id: Set(q.id),
        state: Set(conversation::ConversationState::Open),
        created_on: Set(day()),
        respondent_closed_on: Set(None),
    }
    .insert(&db)
    .await?;
    let msg = conversation_message::ActiveModel {
        id: Set(Uuid::new_v4()),
        conversation_id: Set(conv.id),
        seq: Set(1),
        author: Set(conversation_message::MessageAuthor::Provider),
        account_id: Set(Some(acc.id)),
        body: Set("We are on it.".into()),
        created_on: Set(day()),
    }
    .insert(&db)
    .await?;
    for lent in LENT_COLUMNS {
        let (table, column) = lent
            .split_once(" ADD COLUMN ")
            .map(|(table, rest)| (table, rest.split(' ').next().unwrap_or_default()))
            .unwrap_or_default();
        db.execute_unprepared(&format!("ALTER TABLE {table} DROP COLUMN {column}"))
            .await?;
    }

    // Up to the migration before sealed answers (13).
    Migrator::up(&db, Some(BEFORE_SEALING - BEFORE_REBUILD)).await?;
    // The wave closed and was aggregated before sealing existed: one of its invitations was
    // answered. Migration 13 turns the flags into the wave's count.
    for statement in [
        format!("UPDATE wave SET state = 'closed' WHERE id = {}", wv.id),
        format!(
            "UPDATE invitation SET answered = 1, reminders_sent = 1 WHERE wave_id = {}",
            wv.id
        ),
        format!(
            "INSERT INTO result_period (wave_id, starts_at, ends_at) \
             VALUES ({}, '2026-01-01 00:00:00', '2026-01-02 00:00:00')",
            wv.id
        ),
    ] {
        db.execute_unprepared(&statement).await?;
    }
    Migrator::up(&db, None).await?;
    let scrubbed = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            format!(
                "SELECT w.answered_count, \
                 (SELECT count(*) FROM invitation WHERE wave_id = w.id \
                  AND (answered OR reminders_sent > 0)), \
                 (SELECT count(*) FROM invitation_section s \
                  JOIN invitation i ON i.id = s.invitation_id WHERE i.wave_id = w.id) \
                 FROM wave w WHERE w.id = {}",
                wv.id
            ),
        ))
        .await?
        .ok_or("the wave is gone")?;
    assert_eq!(
        scrubbed.try_get_by_index::<i64>(0)?,
        1,
        "the answered count"
    );
    assert_eq!(scrubbed.try_get_by_index::<i64>(1)?, 0, "no flag left");
    assert_eq!(scrubbed.try_get_by_index::<i64>(2)?, 0, "no section left");
    // Migration 000015: each invitation took its employee's address and department.
    let unfilled = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT count(*) FROM invitation i JOIN employee e ON e.id = i.employee_id \
             WHERE i.email IS NOT e.email OR i.department_id IS NOT e.department_id",
        ))
        .await?
        .ok_or("no count")?;
    assert_eq!(unfilled.try_get_by_index::<i64>(0)?, 0, "roster snapshot");

    assert_eq!(Conversation::find().all(&db).await?, vec![conv.clone()]);
    assert_eq!(
        ConversationMessage::find().all(&db).await?,
        vec![msg.clone()]
    );
    for table in ["conversation", "conversation_message"] {
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
    let duplicate_seq = conversation_message::ActiveModel {
        id: Set(Uuid::new_v4()),
        seq: Set(1),
        ..msg.clone().into()
    }
    .insert(&db)
    .await;
    assert!(duplicate_seq.is_err(), "(conversation, seq) stays unique");
    // Sealed answers: a response released for the whole organisation (department 0) is
    // accepted, the schema edit left a sound database, and foreign keys still hold elsewhere.
    let whole = response::ActiveModel {
        id: Set(Uuid::new_v4()),
        customer_department_id: Set(0),
        ..resp.clone().into()
    }
    .insert(&db)
    .await;
    assert!(whole.is_ok(), "{whole:?}");
    let integrity = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await?
        .ok_or("no integrity result")?;
    assert_eq!(integrity.try_get_by_index::<String>(0)?, "ok");
    let unknown_wave = response::ActiveModel {
        id: Set(Uuid::new_v4()),
        wave_id: Set(Some(999_999)),
        ..resp.clone().into()
    }
    .insert(&db)
    .await;
    assert!(
        unknown_wave.is_err(),
        "the other foreign keys of response hold"
    );
    db.execute_unprepared("DELETE FROM response").await?;
    assert!(
        ConversationMessage::find().all(&db).await?.is_empty(),
        "cascades still hold"
    );
    db.close().await?;
    std::fs::remove_file(&path)?;
    Ok(())
}
