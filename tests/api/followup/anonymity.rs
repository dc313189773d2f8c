//! After comments, a reply and the respondent's answer, a dump of every table holds nothing
//! that links a conversation to an employee, an invitation or a survey token: conversations
//! carry a random id, the hash of their own random token, the answer they hang off, the day
//! and the day the respondent closed them (if they did); respondent messages carry no account;
//! on SQLite the tables are `WITHOUT ROWID`.

use super::fixture::{K, Loop, a_day_passes};
use crate::survey::anonymity::{Dump, dump, normalised};
use entity::account::Role;
use entity::invitation;
use innerpulse::domain::hash_hex;
use sea_orm::{ConnectionTrait, DatabaseBackend, EntityTrait, Statement};
use std::collections::BTreeSet;

fn columns(dump: &Dump, table: &str) -> BTreeSet<String> {
    dump[table]
        .first()
        .unwrap_or_else(|| panic!("{table} has rows"))
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

#[tokio::test]
async fn the_conversation_tables_hold_nothing_that_links_a_thread_to_a_person() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    assert_eq!(
        ctx.staff_says(&head, id, "Which hours?").await.status(),
        303
    );
    assert_eq!(
        ctx.respondent_says(&tokens[0], "Mornings.").await.status(),
        303
    );
    a_day_passes(&ctx.app).await;
    let seen = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await;
    assert_eq!(seen.status(), 200);

    let after = dump(&ctx.app).await;

    assert_eq!(
        columns(&after, "conversation"),
        set(&[
            "id",
            "token_hash",
            "response_id",
            "question_id",
            "state",
            "created_on",
            "respondent_closed_on"
        ])
    );
    assert_eq!(
        columns(&after, "conversation_message"),
        set(&[
            "id",
            "conversation_id",
            "seq",
            "author",
            "account_id",
            "body",
            "created_on"
        ])
    );
    assert_eq!(
        columns(&after, "conversation_read"),
        set(&["conversation_id", "account_id", "seen_seq"])
    );
    assert_eq!(after["conversation"].len(), K);
    let mut conversation_ids = vec![];
    for row in &after["conversation"] {
        let id = uuid::Uuid::parse_str(&normalised(&row["id"])).unwrap();
        assert_eq!(id.get_version_num(), 4, "conversation ids are random");
        conversation_ids.push(id.simple().to_string());
        let day = row["created_on"].as_str().unwrap();
        assert!(
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(),
            "{day}"
        );
    }
    for row in &after["conversation_message"] {
        let day = row["created_on"].as_str().unwrap();
        assert!(
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(),
            "{day}"
        );
        if row["author"] == "respondent" {
            assert!(
                row["account_id"].is_null(),
                "a respondent message names nobody"
            );
        }
    }

    // Conversation ids appear only in the tables that hang off a conversation.
    let own = ["conversation", "conversation_message", "conversation_read"];
    for (table, rows) in after.iter().filter(|(t, _)| !own.contains(&t.as_str())) {
        for row in rows {
            for (column, value) in row {
                let cell = normalised(value);
                assert!(
                    !conversation_ids.iter().any(|id| cell.contains(id.as_str())),
                    "{table}.{column} holds a conversation id"
                );
            }
        }
    }

    // Conversation tokens appear nowhere; their hashes only as conversation.token_hash;
    // no survey token hash appears in the conversation tables.
    let invitation_hashes: Vec<String> = invitation::Entity::find()
        .all(ctx.app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.token_hash)
        .collect();
    for (table, rows) in &after {
        for row in rows {
            for (column, value) in row {
                let cell = normalised(value);
                for token in &tokens {
                    let plain = token.to_lowercase().replace('-', "");
                    assert!(
                        !cell.contains(&plain),
                        "{table}.{column} holds a conversation token"
                    );
                    let hashed = hash_hex(token.as_bytes());
                    let allowed = table == "conversation" && column == "token_hash";
                    assert!(
                        allowed || !cell.contains(&hashed),
                        "{table}.{column} holds a token hash"
                    );
                }
                if own.contains(&table.as_str()) {
                    for hash in &invitation_hashes {
                        assert!(
                            !cell.contains(hash.as_str()),
                            "{table}.{column} holds a survey token hash"
                        );
                    }
                }
            }
        }
    }

    // On SQLite the physical order of the rows follows their random ids.
    let db = ctx.app.db();
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        for table in ["conversation", "conversation_message"] {
            let row = db
                .query_one_raw(Statement::from_string(
                    DatabaseBackend::Sqlite,
                    format!(
                        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
                    ),
                ))
                .await
                .unwrap()
                .unwrap();
            let sql: String = row.try_get("", "sql").unwrap();
            assert!(sql.ends_with("WITHOUT ROWID"), "{table}: {sql}");
        }
    }
}
