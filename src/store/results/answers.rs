//! The release's write path — the only code that writes `response` and `answer` rows.
//!
//! It runs only inside a release (`crate::release`), which opens the sealed submissions of a
//! final period and hands over their sections already grouped: a response row holds a random
//! UUIDv4, the wave, the relationship, the respondents' department group, the questionnaire,
//! the day that dates the period and the not-applicable flag — never the employee, the
//! invitation, the token or a time. All rows of a release are inserted in one transaction in
//! shuffled order, so neither order nor transaction ids tell one person's rows from another's.
//! Each comment gets its conversation, under the token hash its author was given at
//! submission. Nothing is logged.

use crate::store::followup::conversations;
use anyhow::Context;
use chrono::NaiveDate;
use entity::{answer, conversation, response};
use sea_orm::{ConnectionTrait, EntityTrait, Set};

/// Most rows per `INSERT` statement; keeps the bound parameters far below SQLite's limit.
const INSERT_CHUNK: usize = 256;

/// Rows per `INSERT` of a release: a release runs once per period, so few large statements
/// (8,192 bound parameters at most, under SQLite's and PostgreSQL's limits) beat many small
/// ones kept for the statement cache.
const RELEASE_CHUNK: usize = 2048;

/// One released response: the answers of one unknown person about one relationship.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleasedResponse {
    /// The wave it is counted in; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// The relationship.
    pub relationship_id: i32,
    /// The respondents' department group (0 for the whole organisation).
    pub customer_department_id: i32,
    /// The questionnaire version answered.
    pub questionnaire_id: i32,
    /// The day that dates the period (wave opening day, or first day of the month).
    pub dated: NaiveDate,
    /// "I haven't used this service recently".
    pub not_applicable: bool,
    /// The answers.
    pub answers: Vec<ReleasedAnswer>,
}

/// One released answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleasedAnswer {
    /// The question.
    pub question_id: i32,
    /// Numeric value, or
    pub number: Option<i32>,
    /// text.
    pub text: Option<String>,
    /// For a comment: the hex SHA-256 of its conversation token.
    pub conversation_token_hash: Option<String>,
}

/// Inserts `released` (responses, answers and the comments' conversations) on `txn`. Every
/// row gets a fresh random id, and each table's rows are inserted in the order of those ids
/// (answers by their response's id): a random order, unrelated to who answered or when, and
/// one that fills each B-tree page once instead of jumping between them.
pub async fn insert_released(
    txn: &impl ConnectionTrait,
    released: Vec<ReleasedResponse>,
) -> anyhow::Result<()> {
    type Key = (uuid::Uuid, i32);
    let mut responses: Vec<(uuid::Uuid, response::ActiveModel)> =
        Vec::with_capacity(released.len());
    let mut answers: Vec<(Key, answer::ActiveModel)> = Vec::new();
    let mut threads: Vec<(Key, conversation::ActiveModel)> = Vec::new();
    for one in released {
        let id = uuid::Uuid::new_v4();
        responses.push((
            id,
            response::ActiveModel {
                id: Set(id),
                wave_id: Set(one.wave_id),
                relationship_id: Set(one.relationship_id),
                customer_department_id: Set(one.customer_department_id),
                questionnaire_id: Set(one.questionnaire_id),
                submitted_on: Set(one.dated),
                not_applicable: Set(one.not_applicable),
            },
        ));
        for given in one.answers {
            let key = (id, given.question_id);
            if let Some(hash) = given.conversation_token_hash {
                threads.push((
                    key,
                    conversations::new_row(id, given.question_id, hash, one.dated),
                ));
            }
            answers.push((
                key,
                answer::ActiveModel {
                    response_id: Set(id),
                    question_id: Set(given.question_id),
                    value_number: Set(given.number),
                    value_text: Set(given.text),
                },
            ));
        }
    }
    responses.sort_unstable_by_key(|(key, _)| *key);
    answers.sort_unstable_by_key(|(key, _)| *key);
    threads.sort_unstable_by_key(|(key, _)| *key);
    let responses: Vec<response::ActiveModel> = responses.into_iter().map(|(_, r)| r).collect();
    let answers: Vec<answer::ActiveModel> = answers.into_iter().map(|(_, a)| a).collect();
    let threads: Vec<conversation::ActiveModel> = threads.into_iter().map(|(_, t)| t).collect();
    for chunk in responses.chunks(RELEASE_CHUNK) {
        response::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to insert responses")?;
    }
    for chunk in answers.chunks(RELEASE_CHUNK) {
        answer::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await
            .context("Failed to insert answers")?;
    }
    conversations::insert_all(txn, threads).await
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
