//! The anonymous side of the history: one `response` per answered section and its `answer`
//! rows. Nothing here refers to an employee or an invitation; each wave's responses are
//! stored in an order shuffled from the operating system's randomness, never in invitation
//! order, and carry a random UUIDv4 and the calendar day only.

use super::answers::answer_section;
use super::batch::insert_all;
use super::history::{Wave, submitted_on};
use super::organisation::Organisation;
use entity::{answer, question, response};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

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
    /// Days after the wave opened.
    pub day: u64,
}

/// Writes the responses and answers of every answered invitation; returns how many of each.
pub async fn create(
    db: &impl ConnectionTrait,
    rng: &mut impl Rng,
    organisation: &Organisation,
    waves: &[Wave],
    questionnaire_id: i32,
    questions: &[question::Model],
    answered: &[Answered],
) -> anyhow::Result<(usize, usize)> {
    // Not the seeded generator: the stored order must not be reproducible from the seed.
    let mut shuffler = StdRng::from_os_rng();
    let mut response_count = 0;
    let mut answer_count = 0;
    for (week, wave) in waves.iter().enumerate() {
        let mut submissions: Vec<(response::ActiveModel, Vec<answer::ActiveModel>)> = Vec::new();
        for one in answered.iter().filter(|one| one.week == week) {
            let employee = &organisation.employees[one.employee];
            let day = submitted_on(wave, one.day)?;
            for relationship in one.sections.iter().map(|i| &organisation.relationships[*i]) {
                let id = Uuid::new_v4();
                let not_applicable = rng.random_bool(NOT_APPLICABLE_SHARE);
                let answers = if not_applicable {
                    Vec::new()
                } else {
                    answer_section(
                        rng,
                        &relationship.profile,
                        week,
                        waves.len(),
                        questions,
                        employee.locale,
                    )
                    .into_iter()
                    .map(|given| answer::ActiveModel {
                        response_id: Set(id),
                        question_id: Set(given.question_id),
                        value_number: Set(given.value_number),
                        value_text: Set(given.value_text),
                    })
                    .collect()
                };
                let response = response::ActiveModel {
                    id: Set(id),
                    wave_id: Set(Some(wave.id)),
                    relationship_id: Set(relationship.id),
                    customer_department_id: Set(employee.department_id),
                    questionnaire_id: Set(questionnaire_id),
                    submitted_on: Set(day),
                    not_applicable: Set(not_applicable),
                };
                submissions.push((response, answers));
            }
        }
        submissions.shuffle(&mut shuffler);
        let (responses, answers): (Vec<_>, Vec<_>) = submissions.into_iter().unzip();
        let answers: Vec<answer::ActiveModel> = answers.into_iter().flatten().collect();
        response_count += responses.len();
        answer_count += answers.len();
        insert_all(db, responses).await?;
        insert_all(db, answers).await?;
    }
    Ok((response_count, answer_count))
}
