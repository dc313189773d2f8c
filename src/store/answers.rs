//! The answer write path — the only code that writes `response` and `answer` rows.
//!
//! Anonymity is decided here: a response row holds a random UUIDv4, the wave, the relationship,
//! the respondent's department, the questionnaire, the calendar day and the not-applicable flag
//! — never the employee, the invitation, the token or a time of day — and the invitation only
//! gets `answered = true`. Nothing is logged. Rows are inserted in shuffled order.
//!
//! `store_submissions` does not begin or commit a transaction, so the group-commit writer
//! (`survey::intake`) stores many submissions in one transaction; `submit` wraps it for one
//! submission (the writer's fallback when a batch fails).

use crate::survey::submission::{AnswerValue, ValidatedSubmission};
use anyhow::Context;
use chrono::NaiveDate;
use entity::{answer, invitation, response};
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

/// What happened to one submission inside `store_submissions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Its responses and answers were written and the invitation marked as answered.
    Stored,
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

/// Stores one submission in its own transaction: all of it, or nothing.
pub async fn submit(
    db: &impl TransactionTrait,
    submission: &Submission,
) -> Result<(), SubmitError> {
    let txn = db
        .begin()
        .await
        .context("Failed to begin the answer transaction")?;
    let outcome = store_submissions(&txn, std::slice::from_ref(submission)).await?;
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

/// Stores `submissions` on `txn`, which must be a transaction the caller commits. Their
/// invitations are first claimed with `UPDATE … SET answered = true WHERE answered = false
/// RETURNING id`; a submission whose invitation was already answered — before, by another
/// instance, or by an earlier submission of the same batch — stores nothing (so two
/// submissions of one link never both store). The responses and answers of all claimed
/// submissions are then inserted in random order. Returns one outcome per submission, in the
/// given order.
pub async fn store_submissions(
    txn: &impl ConnectionTrait,
    submissions: &[Submission],
) -> anyhow::Result<Vec<Stored>> {
    let mut unclaimed = claim(txn, submissions).await?;
    let mut outcomes = Vec::with_capacity(submissions.len());
    let mut responses = vec![];
    let mut answers = vec![];
    for submission in submissions {
        if unclaimed.remove(&submission.invitation_id) {
            outcomes.push(Stored::Stored);
            rows_of(submission, &mut responses, &mut answers);
        } else {
            outcomes.push(Stored::AlreadyAnswered);
        }
    }
    {
        let mut rng = rand::rng();
        responses.shuffle(&mut rng);
        answers.shuffle(&mut rng);
    }
    let mut rest = responses.as_slice();
    while !rest.is_empty() {
        let (chunk, after) = rest.split_at(chunk_len(rest.len()));
        response::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to insert responses")?;
        rest = after;
    }
    let mut rest = answers.as_slice();
    while !rest.is_empty() {
        let (chunk, after) = rest.split_at(chunk_len(rest.len()));
        answer::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to insert answers")?;
        rest = after;
    }
    Ok(outcomes)
}

/// Rows for the next `INSERT` when `remaining` rows are left: `INSERT_CHUNK`, then the largest
/// power of two that fits. Statements of a few fixed sizes are prepared once and reused from
/// the driver's statement cache, instead of one large statement per batch size.
fn chunk_len(remaining: usize) -> usize {
    if remaining >= INSERT_CHUNK {
        INSERT_CHUNK
    } else {
        1 << remaining.ilog2()
    }
}

/// Marks the submissions' invitations as answered where they were not yet; returns the ids
/// this call claimed.
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

/// The rows of one submission: one response per section (fresh random id) and its answers.
fn rows_of(
    submission: &Submission,
    responses: &mut Vec<response::ActiveModel>,
    answers: &mut Vec<answer::ActiveModel>,
) {
    for section in submission.answers.sections() {
        let response_id = uuid::Uuid::new_v4();
        responses.push(response::ActiveModel {
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
            answers.push(answer::ActiveModel {
                response_id: Set(response_id),
                question_id: Set(given.question_id),
                value_number: Set(number),
                value_text: Set(text),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{INSERT_CHUNK, chunk_len};

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
            assert!(
                sizes
                    .iter()
                    .all(|s| *s == INSERT_CHUNK || s.is_power_of_two())
            );
        }
    }
}
