//! After several employees answer, a dump of every table must not link a response or an
//! answer to an employee, an invitation or a token, nor hold a response time finer than a day.

use super::fixture::{Invited, Org, post_survey};
use crate::helpers::{TestApp, spawn_app};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

pub(crate) type Row = Map<String, Value>;
pub(crate) type Dump = BTreeMap<String, Vec<Row>>;

async fn rows(app: &TestApp, sql: String) -> Vec<String> {
    let db = app.db();
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
}

/// Every row of every table, as JSON objects (SQLite blobs as hex).
pub(crate) async fn dump(app: &TestApp) -> Dump {
    let backend = app.db().get_database_backend();
    let tables =
        match backend {
            DatabaseBackend::Sqlite => rows(
                app,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    .to_owned(),
            )
            .await,
            _ => {
                rows(
                    app,
                    "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                        .to_owned(),
                )
                .await
            }
        };
    let mut dump = Dump::new();
    for table in tables {
        let sql = match backend {
            DatabaseBackend::Sqlite => {
                let columns = rows(
                    app,
                    format!("SELECT name FROM pragma_table_info('{table}')"),
                )
                .await;
                let pairs: Vec<String> = columns
                    .iter()
                    .map(|c| {
                        format!(
                            "'{c}', CASE WHEN typeof(\"{c}\") = 'blob' THEN hex(\"{c}\") ELSE \"{c}\" END"
                        )
                    })
                    .collect();
                format!("SELECT json_object({}) FROM \"{table}\"", pairs.join(", "))
            }
            _ => format!("SELECT row_to_json(t)::text FROM \"{table}\" t"),
        };
        let parsed = rows(app, sql)
            .await
            .into_iter()
            .map(|json| match serde_json::from_str(&json).unwrap() {
                Value::Object(row) => row,
                other => panic!("not a row: {other}"),
            })
            .collect();
        dump.insert(table, parsed);
    }
    dump
}

/// A cell as comparable text: lowercase, without the dashes of a UUID.
pub(crate) fn normalised(value: &Value) -> String {
    match value {
        Value::String(s) => s.to_lowercase().replace('-', ""),
        other => other.to_string(),
    }
}

fn columns(dump: &Dump, table: &str) -> BTreeSet<String> {
    dump[table]
        .first()
        .unwrap_or_else(|| panic!("{table} has rows"))
        .keys()
        .cloned()
        .collect()
}

fn invitations_by_id(dump: &Dump) -> BTreeMap<String, Row> {
    dump["invitation"]
        .iter()
        .map(|row| (row["id"].to_string(), row.clone()))
        .collect()
}

#[tokio::test]
async fn a_dump_of_every_table_links_no_response_or_answer_to_a_person() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let mut invited: Vec<Invited> = vec![];
    for locale in ["en", "fr", "ru", "nl", "es", "pl"] {
        invited.push(org.invite(&app, locale).await);
    }
    let before = dump(&app).await;
    for one in &invited[..5] {
        let response = post_survey(&app, &one.path(), &org.full_answers()).await;
        assert_eq!(response.status(), 200);
    }
    super::fixture::close_and_release(&app, &org).await;

    let after = dump(&app).await;

    // Only the allowed columns, and nothing finer than a calendar day.
    let expected: BTreeSet<String> = [
        "id",
        "wave_id",
        "relationship_id",
        "customer_department_id",
        "questionnaire_id",
        "submitted_on",
        "not_applicable",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(columns(&after, "response"), expected);
    let expected: BTreeSet<String> = ["response_id", "question_id", "value_number", "value_text"]
        .map(str::to_owned)
        .into();
    assert_eq!(columns(&after, "answer"), expected);
    assert_eq!(
        after["response"].len(),
        10,
        "five people, two sections each"
    );
    let mut response_ids = vec![];
    for row in &after["response"] {
        let day = row["submitted_on"].as_str().unwrap();
        assert!(
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(),
            "submitted_on must be a bare date: {day}"
        );
        let id = uuid::Uuid::parse_str(&normalised(&row["id"])).unwrap();
        assert_eq!(id.get_version_num(), 4, "response ids are random");
        response_ids.push(id.simple().to_string());
    }

    // No other table holds a response id, except those that hang off a response by design.
    let linked = ["response", "answer", "conversation", "shared_thanks"];
    for (table, rows) in after.iter().filter(|(t, _)| !linked.contains(&t.as_str())) {
        for row in rows {
            for (column, value) in row {
                let cell = normalised(value);
                assert!(
                    !response_ids.iter().any(|id| cell.contains(id.as_str())),
                    "{table}.{column} holds a response id"
                );
            }
        }
    }

    // No token anywhere; no token hash in response or answer.
    let secrets: Vec<String> = invited
        .iter()
        .flat_map(|i| {
            [
                i.token.expose().to_lowercase().replace('-', ""),
                i.token.hash(),
            ]
        })
        .collect();
    for (table, rows) in &after {
        for row in rows {
            for (column, value) in row {
                let cell = normalised(value);
                for (n, secret) in secrets.iter().enumerate() {
                    let is_hash = n % 2 == 1;
                    let allowed = is_hash && table == "invitation" && column == "token_hash";
                    assert!(
                        allowed || !cell.contains(secret.as_str()),
                        "{table}.{column} holds a token or its hash"
                    );
                }
            }
        }
    }

    // After release every invitation reads the same whether its person answered or not: no
    // flag, no reminder; nothing else changed on it.
    let (was, is) = (invitations_by_id(&before), invitations_by_id(&after));
    assert_eq!(was.len(), is.len());
    for (id, old) in &was {
        let mut new = is[id].clone();
        assert_eq!(
            new["answered"], old["answered"],
            "invitation {id}: flag cleared"
        );
        assert!(new["next_reminder_at"].is_null(), "invitation {id}");
        for column in ["next_reminder_at", "reminders_sent"] {
            new.insert(column.to_owned(), old[column].clone());
        }
        assert_eq!(
            &new, old,
            "invitation {id} changed beyond the cleared traces"
        );
    }

    // Only the tables of the release changed (a conversation per comment included; see
    // `followup::anonymity` for what those hold); the sealed records are gone.
    assert!(after["sealed_submission"].is_empty());
    for (table, rows) in &before {
        let released = [
            "response",
            "answer",
            "invitation",
            "invitation_section",
            "conversation",
            "wave",
            "result_period",
            "result_slice",
            "result_group",
            "result_count",
        ];
        if !released.contains(&table.as_str()) {
            assert_eq!(rows, &after[table], "{table} changed");
        }
    }
}
