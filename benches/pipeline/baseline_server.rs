//! Same-run intake baseline: a bare actix-web handler that stores the same rows as innerpulse
//! for one submission — one `response` per section, its `answer` rows, a `conversation` per
//! comment (an answer to a `text` question, with a random token's hash), the invitation marked
//! answered — with a single writer task and group commit, in the same kind of database (same
//! schema, same driver, the same dedicated writer connection and durability settings), run as
//! a separate process like the real server.
//!
//! It is the floor of what storing those rows costs on this machine: no page, no validation
//! against the questionnaire, no template, the invitations looked up in a map loaded at start.
//! It runs on a copy of the database taken before innerpulse's intake, so both start from the
//! same state.

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use innerpulse::config::DatabaseSettings;
// The same few INSERT sizes as innerpulse, so a few statements are prepared once and reused.
use innerpulse::store::answers::fixed_chunks;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait, Value,
};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Most submissions per transaction, as in innerpulse.
const MAX_BATCH: usize = 512;

/// What the handler needs about an invitation: id, wave, questionnaire, department.
type Invitation = (i32, i32, i32, i32);

/// One response row: id, wave, relationship, department, questionnaire, day, not applicable.
type ResponseRow = (uuid::Uuid, i32, i32, i32, i32, NaiveDate, bool);
/// One answer row: response, question, number, text.
type AnswerRow = (uuid::Uuid, i32, Option<i32>, Option<String>);
/// One conversation row: id, token hash, response, question, day.
type ConversationRow = (uuid::Uuid, String, uuid::Uuid, i32, NaiveDate);

struct Job {
    invitation_id: i32,
    responses: Vec<ResponseRow>,
    answers: Vec<AnswerRow>,
    conversations: Vec<ConversationRow>,
    reply: oneshot::Sender<bool>,
}

struct State {
    invitations: HashMap<String, Invitation>,
    /// Questions of kind `text`: each answer to one gets a conversation.
    comment_questions: HashSet<i32>,
    writer: mpsc::Sender<Job>,
}

/// Serves the baseline on a free port of 127.0.0.1 until killed; prints `(port N)` first.
pub async fn serve(database_url: &str) -> anyhow::Result<()> {
    let settings = DatabaseSettings {
        url: database_url.to_owned(),
        max_connections: 8,
        busy_timeout_ms: 5000,
        migrate_on_start: false,
    };
    let db = settings.connect_dedicated().await?;
    let invitations = load_invitations(&db).await?;
    let comment_questions = load_comment_questions(&db).await?;
    let (writer, queue) = mpsc::channel(4096);
    tokio::spawn(write_batches(db, queue));
    let state = actix_web::web::Data::new(State {
        invitations,
        comment_questions,
        writer,
    });
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let server = actix_web::HttpServer::new(move || {
        actix_web::App::new()
            .app_data(state.clone())
            .route("/s/{token}", actix_web::web::post().to(submit))
    })
    .listen(listener)?
    .disable_signals()
    .run();
    println!("baseline listening (port {port})");
    server.await.context("baseline server failed")
}

async fn load_invitations(db: &DatabaseConnection) -> anyhow::Result<HashMap<String, Invitation>> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT i.token_hash, i.id, i.wave_id, w.questionnaire_id, e.department_id \
             FROM invitation i JOIN wave w ON w.id = i.wave_id \
             JOIN employee e ON e.id = i.employee_id",
        ))
        .await
        .context("Failed to load invitations")?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get_by_index::<String>(0)?,
                (
                    row.try_get_by_index(1)?,
                    row.try_get_by_index(2)?,
                    row.try_get_by_index(3)?,
                    row.try_get_by_index(4)?,
                ),
            ))
        })
        .collect::<Result<_, sea_orm::DbErr>>()
        .context("Failed to read invitations")
}

async fn load_comment_questions(db: &DatabaseConnection) -> anyhow::Result<HashSet<i32>> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id FROM question WHERE kind = 'text'",
        ))
        .await
        .context("Failed to load comment questions")?;
    rows.iter()
        .map(|row| row.try_get_by_index::<i32>(0))
        .collect::<Result<_, sea_orm::DbErr>>()
        .context("Failed to read comment questions")
}

async fn submit(
    state: actix_web::web::Data<State>,
    path: actix_web::web::Path<String>,
    body: actix_web::web::Bytes,
) -> actix_web::HttpResponse {
    let hash = hex::encode(Sha256::digest(path.as_bytes()));
    let Some(&(invitation_id, wave, questionnaire, department)) = state.invitations.get(&hash)
    else {
        return actix_web::HttpResponse::NotFound().finish();
    };
    let today = Utc::now().date_naive();
    let mut sections: HashMap<i32, uuid::Uuid> = HashMap::new();
    let mut responses = Vec::new();
    let mut answers = Vec::new();
    let mut conversations = Vec::new();
    for (name, value) in url::form_urlencoded::parse(&body) {
        let Some((section, rest)) = name.strip_prefix('s').and_then(|n| n.split_once('_')) else {
            continue;
        };
        let Ok(relationship) = section.parse::<i32>() else {
            continue;
        };
        let response_id = *sections.entry(relationship).or_insert_with(|| {
            let id = uuid::Uuid::new_v4();
            responses.push((
                id,
                wave,
                relationship,
                department,
                questionnaire,
                today,
                false,
            ));
            id
        });
        if rest == "na" {
            if let Some(row) = responses.iter_mut().find(|r| r.0 == response_id) {
                row.6 = true;
            }
        } else if let Some(Ok(question)) = rest.strip_prefix('q').map(str::parse::<i32>) {
            let (number, text) = match value.parse::<i32>() {
                Ok(number) => (Some(number), None),
                Err(_) => (None, Some(value.into_owned())),
            };
            if text.is_some() && state.comment_questions.contains(&question) {
                let token: [u8; 32] = rand::random();
                conversations.push((
                    uuid::Uuid::new_v4(),
                    hex::encode(Sha256::digest(token)),
                    response_id,
                    question,
                    today,
                ));
            }
            answers.push((response_id, question, number, text));
        }
    }
    let (reply, stored) = oneshot::channel();
    let job = Job {
        invitation_id,
        responses,
        answers,
        conversations,
        reply,
    };
    if state.writer.send(job).await.is_err() {
        return actix_web::HttpResponse::InternalServerError().finish();
    }
    match stored.await {
        Ok(true) => actix_web::HttpResponse::Ok().body("stored"),
        _ => actix_web::HttpResponse::InternalServerError().finish(),
    }
}

async fn write_batches(db: DatabaseConnection, mut queue: mpsc::Receiver<Job>) {
    let db = Arc::new(db);
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let stored = store(&db, &batch).await;
        if let Err(error) = &stored {
            eprintln!("baseline batch failed: {error:#}");
        }
        for job in batch.drain(..) {
            let _ = job.reply.send(stored.is_ok());
        }
    }
}

async fn store(db: &DatabaseConnection, batch: &[Job]) -> anyhow::Result<()> {
    let backend = db.get_database_backend();
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    let ids: Vec<Value> = batch.iter().map(|job| job.invitation_id.into()).collect();
    let list = placeholders(backend, 0, ids.len(), 1);
    txn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "UPDATE invitation SET answered = {} WHERE id IN {list}",
            truth(backend)
        ),
        ids,
    ))
    .await?;
    let responses: Vec<&ResponseRow> = batch.iter().flat_map(|job| &job.responses).collect();
    for chunk in fixed_chunks(&responses) {
        let values: Vec<Value> = chunk
            .iter()
            .flat_map(|r| {
                [
                    r.0.into(),
                    r.1.into(),
                    r.2.into(),
                    r.3.into(),
                    r.4.into(),
                    r.5.into(),
                    r.6.into(),
                ]
            })
            .collect();
        let sql = format!(
            "INSERT INTO response (id, wave_id, relationship_id, customer_department_id, \
             questionnaire_id, submitted_on, not_applicable) VALUES {}",
            placeholders(backend, 0, chunk.len(), 7)
        );
        txn.execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
    }
    let answers: Vec<&AnswerRow> = batch.iter().flat_map(|job| &job.answers).collect();
    for chunk in fixed_chunks(&answers) {
        let values: Vec<Value> = chunk
            .iter()
            .flat_map(|a| [a.0.into(), a.1.into(), a.2.into(), a.3.clone().into()])
            .collect();
        let sql = format!(
            "INSERT INTO answer (response_id, question_id, value_number, value_text) VALUES {}",
            placeholders(backend, 0, chunk.len(), 4)
        );
        txn.execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
    }
    let conversations: Vec<&ConversationRow> =
        batch.iter().flat_map(|job| &job.conversations).collect();
    for chunk in fixed_chunks(&conversations) {
        let values: Vec<Value> = chunk
            .iter()
            .flat_map(|c| {
                [
                    c.0.into(),
                    c.1.clone().into(),
                    c.2.into(),
                    c.3.into(),
                    "open".into(),
                    c.4.into(),
                ]
            })
            .collect();
        let sql = format!(
            "INSERT INTO conversation (id, token_hash, response_id, question_id, state, \
             created_on) VALUES {}",
            placeholders(backend, 0, chunk.len(), 6)
        );
        txn.execute_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

fn truth(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "TRUE",
        _ => "1",
    }
}

/// `(?, ?), (?, ?)` (or `$1 …` on PostgreSQL): `rows` groups of `columns` placeholders.
fn placeholders(backend: DbBackend, first: usize, rows: usize, columns: usize) -> String {
    let mut n = first;
    let groups: Vec<String> = (0..rows)
        .map(|_| {
            let marks: Vec<String> = (0..columns)
                .map(|_| {
                    n += 1;
                    match backend {
                        DbBackend::Postgres => format!("${n}"),
                        _ => "?".to_owned(),
                    }
                })
                .collect();
            format!("({})", marks.join(", "))
        })
        .collect();
    if columns == 1 {
        format!(
            "({})",
            groups
                .iter()
                .map(|g| g.trim_matches(['(', ')']))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        groups.join(", ")
    }
}
