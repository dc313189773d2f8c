//! The anonymous side of the history, as real submissions are stored: one sealed record per
//! answered invitation, holding its sections' answers (each comment with the hash of a
//! conversation token nobody keeps, so that heads can reply in the demo). Nothing readable
//! refers to an employee; the demo then releases the closed waves like the scheduler does
//! (`report::materialize`), in groups of at least k.

use super::answers::answer_section;
use super::history::Wave;
use super::organisation::Organisation;
use crate::domain::SecretToken;
use crate::sealing::{Ballot, BallotAnswer, BallotSection, BallotValue, SealingKeys};
use crate::store::results::sealed::{self, NewSealed};
use entity::question::{self, QuestionKind};
use rand::Rng;
use sea_orm::ConnectionTrait;

/// Share of sections answered with "I haven't used this service recently".
const NOT_APPLICABLE_SHARE: f64 = 0.05;

/// An answered invitation, as the response writer needs it.
pub struct Answered {
    /// Index of the wave.
    pub week: usize,
    /// Index into `Organisation::employees` (only for their department and language).
    pub employee: usize,
    /// Indexes into `Organisation::relationships`.
    pub sections: Vec<usize>,
    /// Per section, the ids of the questions it asks.
    pub asks: Vec<std::collections::HashSet<i32>>,
}

/// Seals the answers of every answered invitation; returns how many sections and answers.
#[expect(
    clippy::too_many_arguments,
    reason = "the demo history's parts, each used once"
)]
pub async fn create(
    db: &impl ConnectionTrait,
    rng: &mut impl Rng,
    keys: &SealingKeys,
    organisation: &Organisation,
    waves: &[Wave],
    questionnaire_id: i32,
    questions: &[question::Model],
    answered: &[Answered],
) -> anyhow::Result<(usize, usize)> {
    let kinds: std::collections::HashMap<i32, QuestionKind> =
        questions.iter().map(|q| (q.id, q.kind)).collect();
    let mut section_count = 0;
    let mut answer_count = 0;
    let mut records = Vec::with_capacity(answered.len());
    for one in answered {
        let employee = &organisation.employees[one.employee];
        let mut sections = Vec::with_capacity(one.sections.len());
        for (relationship, asks) in one
            .sections
            .iter()
            .map(|i| &organisation.relationships[*i])
            .zip(&one.asks)
        {
            let not_applicable = rng.random_bool(NOT_APPLICABLE_SHARE);
            let answers: Vec<BallotAnswer> = if not_applicable {
                Vec::new()
            } else {
                answer_section(
                    rng,
                    &relationship.profile,
                    one.week,
                    waves.len(),
                    questions,
                    employee.locale,
                )
                .into_iter()
                .filter(|given| asks.contains(&given.question_id))
                .filter_map(|given| {
                    let value = match (given.value_number, given.value_text) {
                        (Some(n), _) => BallotValue::Number(n),
                        (None, Some(t)) => BallotValue::Text(t),
                        (None, None) => return None,
                    };
                    let comment = kinds.get(&given.question_id) == Some(&QuestionKind::Text)
                        && matches!(value, BallotValue::Text(_));
                    Some(BallotAnswer {
                        question_id: given.question_id,
                        value,
                        conversation: comment.then(|| SecretToken::generate().hash_bytes()),
                    })
                })
                .collect()
            };
            section_count += 1;
            answer_count += answers.len();
            sections.push(BallotSection {
                relationship_id: relationship.id,
                not_applicable,
                answers,
            });
        }
        let ballot = Ballot {
            questionnaire_id,
            customer_department_id: employee.department_id,
            sections,
        };
        let sealed = ballot.seal(keys)?;
        records.push(NewSealed {
            wave_id: Some(waves[one.week].id),
            month: None,
            key_id: sealed.key_id,
            bytes: sealed.bytes,
        });
    }
    sealed::insert(db, records).await?;
    Ok((section_count, answer_count))
}
