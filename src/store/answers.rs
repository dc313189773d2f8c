//! The answer write path — the only code that writes `response` and `answer` rows.
//!
//! Anonymity is decided here: a response row holds a random UUIDv4, the wave, the relationship,
//! the respondent's department, the questionnaire, the calendar day and the not-applicable flag
//! — never the employee, the invitation, the token or a time of day — and the invitation only
//! gets `answered = true`. Nothing is logged. Rows are inserted in shuffled order.
//!
//! Each comment (an answer to a `text` question) also gets a conversation with a fresh random
//! 256-bit token, of which only the SHA-256 is stored: it is not derived from the survey token
//! or anything else, and it is handed back to the caller once, for the thank-you page.
//!
//! `store_submissions` does not begin or commit a transaction, so the group-commit writer
//! (`survey::intake`) stores many submissions in one transaction; `submit` wraps it for one
//! submission (the writer's fallback when a batch fails).

use super::conversations;
use crate::domain::SecretToken;
use crate::survey::submission::{AnswerValue, ValidatedSubmission};
use anyhow::Context;
use chrono::NaiveDate;
use entity::question::QuestionKind;
use entity::{answer, conversation, invitation, response};
use rand::seq::SliceRandom;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, EntityTrait, Iden, Set, TransactionSession, TransactionTrait};
use std::collections::HashSet;

/// Most rows per `INSERT` statement; keeps the bound parameters far below SQLite's limit.
const INSERT_CHUNK: usize = 256;

/// Invitations claimed per `UPDATE … RETURNING` statement.
const CLAIM_CHUNK: usize = 1000;

/// Everything needed to store one person's answers.
#[derive(Clone, Debug)]
pub struct Submission {
    /// The invitation to mark as answered; not stored with the answers.
    pub invitation_id: i32,
    /// The wave; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// The questionnaire version answered.
    pub questionnaire_id: i32,
    /// The respondent's current department.
    pub customer_department_id: i32,
    /// The calendar day (UTC) of the submission.
    pub submitted_on: NaiveDate,
    /// The validated answers, one section per relationship.
    pub answers: ValidatedSubmission,
}

/// The private conversation link of one comment: shown once on the thank-you page, never
/// stored (only its hash is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentLink {
    /// The section (relationship) the comment is in.
    pub relationship_id: i32,
    /// The comment question.
    pub question_id: i32,
    /// The respondent's capability token for `/c/{token}`.
    pub token: SecretToken,
}

/// What happened to one submission inside `store_submissions`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Its responses and answers were written and the invitation marked as answered; carries
    /// one conversation link per comment.
    Stored(Vec<CommentLink>),
    /// The invitation was already answered; nothing was written for it.
    AlreadyAnswered,
}

/// Why `submit` stored nothing.
#[derive(thiserror::Error, Debug)]
pub enum SubmitError {
    /// The invitation was answered before (possibly a moment ago, by a concurrent request).
    #[error("this invitation has already been answered")]
    AlreadyAnswered,
    /// The database failed; the transaction was rolled back.
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// Stores one submission in its own transaction: all of it, or nothing. Returns the
/// conversation links of its comments.
pub async fn submit(
    db: &impl TransactionTrait,
    submission: &Submission,
) -> Result<Vec<CommentLink>, SubmitError> {
    let txn = db
        .begin()
        .await
        .context("Failed to begin the answer transaction")?;
    let outcome = store_submissions(&txn, std::slice::from_ref(submission)).await?;
    if let Some(Stored::Stored(links)) = outcome.into_iter().next() {
        txn.commit()
            .await
            .context("Failed to commit the answer transaction")?;
        Ok(links)
    } else {
        txn.rollback()
            .await
            .context("Failed to roll back the answer transaction")?;
        Err(SubmitError::AlreadyAnswered)
    }
}

/// Stores `submissions` on `txn`, which must be a transaction the caller commits. Their
/// invitations are first claimed with `UPDATE … SET answered = true WHERE answered = false
/// RETURNING id`; a submission whose invitation was already answered — before, by another
/// instance, or by an earlier submission of the same batch — stores nothing (so two
/// submissions of one link never both store). The responses and answers of all claimed
/// submissions are then inserted in random order, with a conversation per comment. Returns one
/// outcome per submission, in the given order.
pub async fn store_submissions(
    txn: &impl ConnectionTrait,
    submissions: &[Submission],
) -> anyhow::Result<Vec<Stored>> {
    // Claim first: the `UPDATE` is the transaction's first statement, so it takes the write
    // lock (SQLite) before anything is read.
    let mut unclaimed = claim(txn, submissions).await?;
    let claimed: Vec<Option<&Submission>> = submissions
        .iter()
        .map(|s| unclaimed.remove(&s.invitation_id).then_some(s))
        .collect();
    let mut rows = Rows::default();
    let outcomes: Vec<Stored> = claimed
        .into_iter()
        .map(|submission| match submission {
            Some(submission) => Stored::Stored(rows.add(submission)),
            None => Stored::AlreadyAnswered,
        })
        .collect();
    let Rows {
        mut responses,
        mut answers,
        conversations: mut threads,
    } = rows;
    {
        let mut rng = rand::rng();
        responses.shuffle(&mut rng);
        answers.shuffle(&mut rng);
        threads.shuffle(&mut rng);
    }
    for chunk in fixed_chunks(&responses) {
        response::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to insert responses")?;
    }
    for chunk in fixed_chunks(&answers) {
        answer::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to insert answers")?;
    }
    conversations::insert_all(txn, threads).await?;
    Ok(outcomes)
}

/// Splits `rows` into chunks of `INSERT_CHUNK`, then of the largest power of two that fits
/// what is left. Statements of a few fixed sizes are prepared once and reused from the
/// driver's statement cache, instead of one large statement per batch size.
pub fn fixed_chunks<T>(rows: &[T]) -> Vec<&[T]> {
    let mut chunks = vec![];
    let mut rest = rows;
    while !rest.is_empty() {
        let (chunk, after) = rest.split_at(chunk_len(rest.len()));
        chunks.push(chunk);
        rest = after;
    }
    chunks
}

/// Rows for the next `INSERT` when `remaining` (> 0) rows are left.
fn chunk_len(remaining: usize) -> usize {
    if remaining >= INSERT_CHUNK {
        INSERT_CHUNK
    } else {
        1 << remaining.ilog2()
    }
}

/// Marks the submissions' invitations as answered where they were not yet (and drops their
/// next reminder); returns the ids this call claimed.
async fn claim(
    txn: &impl ConnectionTrait,
    submissions: &[Submission],
) -> anyhow::Result<HashSet<i32>> {
    let ids: Vec<i32> = submissions.iter().map(|s| s.invitation_id).collect();
    let id_column = invitation::Column::Id.to_string();
    let mut claimed = HashSet::with_capacity(ids.len());
    for chunk in ids.chunks(CLAIM_CHUNK) {
        let statement = Query::update()
            .table(invitation::Entity)
            .value(invitation::Column::Answered, true)
            // No reminder follows an answer; clearing it keeps the reminder index small.
            .value(
                invitation::Column::NextReminderAt,
                Option::<chrono::DateTime<chrono::Utc>>::None,
            )
            .and_where(Expr::col(invitation::Column::Id).is_in(chunk.iter().copied()))
            .and_where(Expr::col(invitation::Column::Answered).eq(false))
            .returning_col(invitation::Column::Id)
            .to_owned();
        let rows = txn
            .query_all(&statement)
            .await
            .context("Failed to mark invitations as answered")?;
        for row in rows {
            claimed.insert(
                row.try_get::<i32>("", &id_column)
                    .context("Failed to read a claimed invitation id")?,
            );
        }
    }
    Ok(claimed)
}

/// The rows to insert for the claimed submissions.
#[derive(Default)]
struct Rows {
    responses: Vec<response::ActiveModel>,
    answers: Vec<answer::ActiveModel>,
    conversations: Vec<conversation::ActiveModel>,
}

impl Rows {
    /// Adds the rows of one submission: one response per section (fresh random id), its
    /// answers, and a conversation per comment (an answer to a `text` question; thanks are not
    /// comments). Returns the comments' conversation links.
    fn add(&mut self, submission: &Submission) -> Vec<CommentLink> {
        let mut links = vec![];
        for section in submission.answers.sections() {
            let response_id = uuid::Uuid::new_v4();
            self.responses.push(response::ActiveModel {
                id: Set(response_id),
                wave_id: Set(submission.wave_id),
                relationship_id: Set(section.relationship_id()),
                customer_department_id: Set(submission.customer_department_id),
                questionnaire_id: Set(submission.questionnaire_id),
                submitted_on: Set(submission.submitted_on),
                not_applicable: Set(section.not_applicable()),
            });
            if section.not_applicable() {
                continue;
            }
            for given in section.answers() {
                let (number, text) = match &given.value {
                    AnswerValue::Number(n) => (Some(*n), None),
                    AnswerValue::Text(t) => (None, Some(t.clone())),
                };
                if text.is_some() && given.kind == QuestionKind::Text {
                    let token = SecretToken::generate();
                    self.conversations.push(conversations::new_row(
                        response_id,
                        given.question_id,
                        token.hash(),
                        submission.submitted_on,
                    ));
                    links.push(CommentLink {
                        relationship_id: section.relationship_id(),
                        question_id: given.question_id,
                        token,
                    });
                }
                self.answers.push(answer::ActiveModel {
                    response_id: Set(response_id),
                    question_id: Set(given.question_id),
                    value_number: Set(number),
                    value_text: Set(text),
                });
            }
        }
        links
    }
}

#[cfg(test)]
mod tests {
    use super::{INSERT_CHUNK, chunk_len, fixed_chunks};

    #[test]
    fn rows_are_inserted_in_chunks_of_a_few_fixed_sizes_that_add_up() {
        for total in [1, 2, 3, 7, 192, 255, 256, 257, 1344, 5000] {
            let mut remaining = total;
            let mut sizes = Vec::new();
            while remaining > 0 {
                let len = chunk_len(remaining);
                assert!(len <= remaining);
                sizes.push(len);
                remaining -= len;
            }
            assert_eq!(sizes.iter().sum::<usize>(), total);
            let rows = vec![0u8; total];
            let chunked: Vec<usize> = fixed_chunks(&rows).iter().map(|c| c.len()).collect();
            assert_eq!(chunked, sizes);
            assert!(
                sizes
                    .iter()
                    .all(|s| *s == INSERT_CHUNK || s.is_power_of_two())
            );
        }
    }
}
