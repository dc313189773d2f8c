//! Answer intake with group commit: one writer task per instance takes the validated
//! submissions of many concurrent requests and stores them in one transaction through
//! `store::answers::store_submissions`, the one answer write path. Each request is answered
//! only after the transaction holding its submission committed, so nothing acknowledged is
//! ever lost; on SQLite (`synchronous = FULL`) one fsync then covers a whole batch instead of
//! one per submission, and storing a batch in shuffled order blurs the order of arrival.
//!
//! A batch that fails on the database is rolled back and retried one submission at a time,
//! so one failing submission never fails the others. On PostgreSQL several instances each run
//! their own writer; the `answered = false` claim inside `store_submissions` keeps one link
//! from being stored twice, whichever instance receives it. Nothing here is logged but
//! counts and database errors: no token, no answer.

use crate::config::DatabaseSettings;
use crate::store::answers::{self, CommentLink, Stored, Submission, SubmitError};
use crate::store::claim;
use anyhow::{Context, anyhow};
use sea_orm::DatabaseConnection;
use tokio::sync::{mpsc, oneshot};

/// Most submissions stored in one transaction.
const MAX_BATCH: usize = 512;

/// Submissions that may wait for the writer; beyond that, requests wait for room.
const QUEUE_CAPACITY: usize = 4096;

/// One submission waiting to be stored, and where to send its outcome.
struct Job {
    submission: Submission,
    reply: oneshot::Sender<Result<Vec<CommentLink>, SubmitError>>,
}

/// Handle to the instance's answer writer. Cheap to clone; the writer stops once every
/// handle is gone and the queue is empty.
#[derive(Clone, Debug)]
pub struct AnswerIntake {
    jobs: mpsc::Sender<Job>,
}

impl AnswerIntake {
    /// Starts the writer task on the current tokio runtime. It opens a connection of its own
    /// (see `DatabaseSettings::connect_dedicated`), or shares `db`'s pool when it cannot.
    pub fn start(db: DatabaseConnection, database: DatabaseSettings) -> anyhow::Result<Self> {
        let runtime = tokio::runtime::Handle::try_current()
            .context("The answer writer needs a running tokio runtime")?;
        let (jobs, queue) = mpsc::channel(QUEUE_CAPACITY);
        runtime.spawn(async move {
            let db = match database.connect_dedicated().await {
                Ok(own) => own,
                Err(error) => {
                    tracing::warn!(
                        error.cause_chain = ?error,
                        "the answer writer shares the connection pool: no connection of its own"
                    );
                    db
                }
            };
            run(db, queue).await;
        });
        Ok(Self { jobs })
    }

    /// Stores one submission; returns once its transaction committed, with the conversation
    /// links of its comments. `AlreadyAnswered` when the link was used before (possibly a
    /// moment ago, by a concurrent request).
    pub async fn submit(&self, submission: Submission) -> Result<Vec<CommentLink>, SubmitError> {
        let (reply, outcome) = oneshot::channel();
        self.jobs
            .send(Job { submission, reply })
            .await
            .map_err(|_| anyhow!("The answer writer has stopped"))?;
        outcome
            .await
            .map_err(|_| anyhow!("The answer writer stopped before storing a submission"))?
    }
}

/// The writer loop: waits for at least one submission, takes every other one already queued
/// (up to `MAX_BATCH`) and stores them together.
async fn run(db: DatabaseConnection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let submissions: Vec<Submission> = batch.iter().map(|job| job.submission.clone()).collect();
        let outcomes = store_batch(&db, &submissions).await;
        for (job, outcome) in batch.drain(..).zip(outcomes) {
            // The requester may have gone away; what is stored stays stored.
            let _ = job.reply.send(outcome);
        }
    }
    tracing::debug!("answer writer stopped: no handle left");
}

/// Stores `submissions` in one transaction and returns one outcome per submission, in order.
/// When the database refuses the batch, it is rolled back and each submission is stored in a
/// transaction of its own, so only the submissions that fail alone fail.
#[tracing::instrument(skip_all, fields(intake.batch = submissions.len()))]
pub async fn store_batch(
    db: &DatabaseConnection,
    submissions: &[Submission],
) -> Vec<Result<Vec<CommentLink>, SubmitError>> {
    match store_together(db, submissions).await {
        Ok(outcomes) => outcomes
            .into_iter()
            .map(|outcome| match outcome {
                Stored::Stored(links) => Ok(links),
                Stored::AlreadyAnswered => Err(SubmitError::AlreadyAnswered),
            })
            .collect(),
        Err(error) => {
            tracing::warn!(
                error.cause_chain = ?error,
                "storing a batch of submissions failed; storing them one by one"
            );
            let mut outcomes = Vec::with_capacity(submissions.len());
            for submission in submissions {
                outcomes.push(answers::submit(db, submission).await);
            }
            outcomes
        }
    }
}

/// One transaction for all `submissions`. It takes the write lock up front on SQLite, so it
/// never fails halfway on a lock upgrade.
async fn store_together(
    db: &DatabaseConnection,
    submissions: &[Submission],
) -> anyhow::Result<Vec<Stored>> {
    let txn = claim::begin(db)
        .await
        .context("Failed to begin the answer transaction")?;
    let outcomes = answers::store_submissions(&txn, submissions).await?;
    txn.commit()
        .await
        .context("Failed to commit the answer transaction")?;
    Ok(outcomes)
}
