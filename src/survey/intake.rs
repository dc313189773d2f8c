//! Answer intake with group commit: one writer task per instance takes the forms posted by
//! many concurrent requests, finds the invitations of all of them with one query on its own
//! connection, validates and seals each (`survey::seal`) and stores the sealed records in one
//! transaction through `store::results::sealed::store_submissions`. Each request is answered only after
//! the transaction holding its record committed, so nothing acknowledged is ever lost; on
//! SQLite (`synchronous = FULL`) one fsync then covers a whole batch instead of one per
//! submission. The request has only made sure, with one single-row query, that its link may
//! be answered before it read the body (`survey::load::answerable`); finding the links with
//! their sections and checking them again happens here, for the whole batch at once.
//!
//! A batch that fails on the database is rolled back and retried one submission at a time,
//! so one failing submission never fails the others. On PostgreSQL several instances each run
//! their own writer; the `answered = false` claim inside `store_submissions` keeps one link
//! from being stored twice, whichever instance receives it. Nothing here is logged but
//! counts and database errors: no token, no answer.

use crate::config::DatabaseSettings;
use crate::sealing::SealingKeys;
use crate::store::claim;
use crate::store::results::sealed::{self, Stored, Submission};
use crate::survey::load::{self, Loaded, SubmissionTarget, Target};
use crate::survey::question_key_cache::QuestionKeyCache;
use crate::survey::seal::CommentLink;
use crate::survey::submission::{self, AnswerErrors};
use crate::waves::rotation::RotationKey;
use anyhow::{Context, anyhow};
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Most forms looked up and stored together.
const MAX_BATCH: usize = 512;

/// Forms that may wait for the writer; beyond that, requests wait for room.
const QUEUE_CAPACITY: usize = 4096;

/// A survey form as it was posted: the hash of its link's token, its fields and when it came.
#[derive(Clone, Debug)]
pub struct PostedForm {
    /// Hash of the link's token (the token itself never reaches the writer).
    pub token_hash: String,
    /// The form's fields, as posted.
    pub fields: Vec<(String, String)>,
    /// When it was received: the link must be open then, and the answers are dated that day.
    pub received_at: DateTime<Utc>,
}

/// What became of a posted form.
#[derive(Debug)]
pub enum Outcome {
    /// Stored and committed, with the survey it answered (for the thank-you page) and the
    /// conversation links of its comments.
    Stored {
        /// The answered survey.
        target: Box<SubmissionTarget>,
        /// One link per comment that opened a conversation.
        links: Vec<CommentLink>,
    },
    /// The link may not be answered: unknown, closed, or answered before (possibly a moment
    /// ago, by a concurrent request).
    Refused(Loaded),
    /// The answers were rejected; nothing was stored.
    Rejected {
        /// Each error at its question.
        errors: AnswerErrors,
        /// The fields as posted, to show them again.
        fields: Vec<(String, String)>,
    },
}

/// Where the outcome of a posted form goes.
type Reply = oneshot::Sender<anyhow::Result<Outcome>>;

/// One posted form waiting for the writer.
struct Job {
    form: PostedForm,
    reply: Reply,
}

/// A valid submission of a batch waiting for its commit: the survey it answers, its comments'
/// conversation links, and where its outcome goes.
struct Waiting {
    target: Box<SubmissionTarget>,
    links: Vec<CommentLink>,
    reply: Reply,
}

/// Why a submission stored nothing.
#[derive(thiserror::Error, Debug)]
pub enum SubmitError {
    /// The invitation was answered before (possibly a moment ago, by a concurrent request).
    #[error("this invitation has already been answered")]
    AlreadyAnswered,
    /// The database failed; the transaction was rolled back.
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
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
    pub fn start(
        db: DatabaseConnection,
        database: DatabaseSettings,
        question_keys: QuestionKeyCache,
        rotation: RotationKey,
        keys: Arc<SealingKeys>,
    ) -> anyhow::Result<Self> {
        let runtime = tokio::runtime::Handle::try_current()
            .context("The answer writer needs a running tokio runtime")?;
        let (jobs, forms) = mpsc::channel(QUEUE_CAPACITY);
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
            run(db, question_keys, &rotation, &keys, forms).await;
        });
        Ok(Self { jobs })
    }

    /// Looks up, validates and stores one posted form; returns once its transaction
    /// committed (or once it was refused or rejected).
    pub async fn submit(&self, form: PostedForm) -> anyhow::Result<Outcome> {
        let (reply, outcome) = oneshot::channel();
        self.jobs
            .send(Job { form, reply })
            .await
            .map_err(|_| anyhow!("The answer writer has stopped"))?;
        outcome
            .await
            .map_err(|_| anyhow!("The answer writer stopped before storing a submission"))?
    }
}

/// The writer loop: waits for at least one form, takes every other one already queued (up
/// to `MAX_BATCH`), looks them all up at once, answers the refused and rejected ones and
/// stores the valid ones together.
async fn run(
    db: DatabaseConnection,
    question_keys: QuestionKeyCache,
    rotation: &RotationKey,
    keys: &SealingKeys,
    mut forms: mpsc::Receiver<Job>,
) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while forms.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let jobs = std::mem::replace(&mut batch, Vec::with_capacity(MAX_BATCH));
        let lookups: Vec<(&str, DateTime<Utc>)> = jobs
            .iter()
            .map(|job| (job.form.token_hash.as_str(), job.form.received_at))
            .collect();
        let targets = match load::load_targets(&db, &question_keys, rotation, &lookups).await {
            Ok(targets) => targets,
            Err(error) => {
                tracing::warn!(error.cause_chain = ?error, "looking up posted forms failed");
                for job in jobs {
                    let _ = job.reply.send(Err(anyhow!("{error:#}")));
                }
                continue;
            }
        };
        let (submissions, waiting): (Vec<Submission>, Vec<Waiting>) = jobs
            .into_iter()
            .zip(targets)
            .filter_map(|(job, target)| check(job, target, keys))
            .unzip();
        store(&db, &submissions, waiting).await;
    }
    tracing::debug!("answer writer stopped: no handle left");
}

/// Validates `job`'s form against its `target` and seals it: the record to store, or `None`
/// once the job was answered (refused or rejected).
fn check(job: Job, target: Target, keys: &SealingKeys) -> Option<(Submission, Waiting)> {
    let target = match target {
        Target::Open(target) => target,
        Target::Refused(refused) => {
            let _ = job.reply.send(Ok(Outcome::Refused(refused)));
            return None;
        }
    };
    let PostedForm {
        fields,
        received_at,
        ..
    } = job.form;
    let answers = match submission::validate(&target.specs, &fields) {
        Ok(answers) => answers,
        Err(errors) => {
            let _ = job.reply.send(Ok(Outcome::Rejected { errors, fields }));
            return None;
        }
    };
    match target
        .submission(answers, received_at.date_naive())
        .seal(keys)
    {
        Ok((sealed, links)) => Some((
            sealed,
            Waiting {
                target,
                links,
                reply: job.reply,
            },
        )),
        Err(error) => {
            // Only a submission beyond what one record holds gets here (the text cap keeps
            // every valid form within it): refused like any other invalid form.
            tracing::warn!(%error, "a submission could not be sealed");
            let errors = AnswerErrors::form(submission::AnswerError::TooMuchText);
            let _ = job.reply.send(Ok(Outcome::Rejected { errors, fields }));
            None
        }
    }
}

/// Stores `submissions` together and answers each of `waiting` (in the same order) once
/// committed.
async fn store(db: &DatabaseConnection, submissions: &[Submission], waiting: Vec<Waiting>) {
    if submissions.is_empty() {
        return;
    }
    let outcomes = store_batch(db, submissions).await;
    for (waiting, outcome) in waiting.into_iter().zip(outcomes) {
        // The requester may have gone away; what is stored stays stored.
        let _ = waiting.reply.send(match outcome {
            Ok(()) => Ok(Outcome::Stored {
                target: waiting.target,
                links: waiting.links,
            }),
            Err(SubmitError::AlreadyAnswered) => Ok(Outcome::Refused(Loaded::Answered(
                waiting.target.employee_locale,
            ))),
            Err(SubmitError::Unexpected(error)) => Err(error),
        });
    }
}

/// Stores `submissions` in one transaction and returns one outcome per submission, in order.
/// When the database refuses the batch, it is rolled back and each submission is stored in a
/// transaction of its own, so only the submissions that fail alone fail.
#[tracing::instrument(skip_all, fields(intake.batch = submissions.len()))]
pub async fn store_batch(
    db: &DatabaseConnection,
    submissions: &[Submission],
) -> Vec<Result<(), SubmitError>> {
    match store_together(db, submissions).await {
        Ok(outcomes) => outcomes
            .into_iter()
            .map(|outcome| match outcome {
                Stored::Stored => Ok(()),
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
                outcomes.push(store_alone(db, submission).await);
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
    let outcomes = sealed::store_submissions(&txn, submissions).await?;
    txn.commit()
        .await
        .context("Failed to commit the answer transaction")?;
    Ok(outcomes)
}

/// Stores one submission in its own transaction: all of it, or nothing.
async fn store_alone(db: &DatabaseConnection, submission: &Submission) -> Result<(), SubmitError> {
    let txn = db
        .begin()
        .await
        .context("Failed to begin the answer transaction")?;
    let outcome = sealed::store_submissions(&txn, std::slice::from_ref(submission)).await?;
    if outcome.first() == Some(&Stored::Stored) {
        txn.commit()
            .await
            .context("Failed to commit the answer transaction")?;
        Ok(())
    } else {
        txn.rollback()
            .await
            .context("Failed to roll back the answer transaction")?;
        Err(SubmitError::AlreadyAnswered)
    }
}
