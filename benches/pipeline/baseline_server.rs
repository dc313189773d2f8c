//! Same-run intake baseline: a bare actix-web handler that stores what innerpulse stores for
//! one submission — the invitation marked answered and one sealed record of the same fixed
//! size (`SEALED_LEN` random bytes) — with a single writer task and group commit, in the same
//! kind of database (same schema, same driver, the same dedicated writer connection and
//! durability settings), run as a separate process like the real server.
//!
//! It is the floor of what storing a submission costs on this machine: no page, no validation
//! against the questionnaire, no encryption, no template, the invitations looked up in a map
//! loaded at start. It runs on a copy of the database taken before innerpulse's intake, so
//! both start from the same state.

use anyhow::Context;
use innerpulse::config::DatabaseSettings;
use innerpulse::sealing::SEALED_LEN;
use rand::RngCore;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait, Value,
};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Most submissions per transaction, as in innerpulse.
const MAX_BATCH: usize = 512;

/// Sealed records per `INSERT`, as in innerpulse (`store::results::sealed`).
const INSERT_CHUNK: usize = 64;

/// What the handler needs about an invitation: id and wave.
type Invitation = (i32, i32);

struct Job {
    invitation_id: i32,
    wave_id: i32,
    sealed: Vec<u8>,
    reply: oneshot::Sender<bool>,
}

struct State {
    invitations: HashMap<String, Invitation>,
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
    let (writer, queue) = mpsc::channel(4096);
    tokio::spawn(write_batches(db, queue));
    let state = actix_web::web::Data::new(State {
        invitations,
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
            "SELECT token_hash, id, wave_id FROM invitation WHERE wave_id IS NOT NULL",
        ))
        .await
        .context("Failed to load invitations")?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get_by_index::<String>(0)?,
                (row.try_get_by_index(1)?, row.try_get_by_index(2)?),
            ))
        })
        .collect::<Result<_, sea_orm::DbErr>>()
        .context("Failed to read invitations")
}

async fn submit(
    state: actix_web::web::Data<State>,
    path: actix_web::web::Path<String>,
    _body: actix_web::web::Bytes,
) -> actix_web::HttpResponse {
    let hash = hex::encode(Sha256::digest(path.as_bytes()));
    let Some(&(invitation_id, wave_id)) = state.invitations.get(&hash) else {
        return actix_web::HttpResponse::NotFound().finish();
    };
    let mut sealed = vec![0u8; SEALED_LEN];
    rand::rng().fill_bytes(&mut sealed);
    let (reply, stored) = oneshot::channel();
    let job = Job {
        invitation_id,
        wave_id,
        sealed,
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
    for chunk in batch.chunks(INSERT_CHUNK) {
        let values: Vec<Value> = chunk
            .iter()
            .flat_map(|job| {
                [
                    uuid::Uuid::new_v4().into(),
                    job.wave_id.into(),
                    "baseline".into(),
                    job.sealed.clone().into(),
                ]
            })
            .collect();
        let sql = format!(
            "INSERT INTO sealed_submission (id, wave_id, key_id, sealed) VALUES {}",
            placeholders(backend, 0, chunk.len(), 4)
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
