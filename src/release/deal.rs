//! Rotating answers are dealt out at release. With a short pulse the sections of one person
//! do not all ask a rotating question (the cycle's maximum leaves it out of the later
//! sections), so whether a released response carries a rotating answer, and which, would tell
//! which of a group's colleagues could have written it — and with it their comment. Before the
//! responses of a group are stored, the answers to each rotating question are dealt to
//! distinct responses of that group chosen at random (never to a "haven't used it" response):
//! every figure, which counts answers per group and question, stays the same; core answers and
//! comments stay with the response they came from. Pure code.

use crate::store::results::answers::{ReleasedAnswer, ReleasedResponse};
use rand::Rng;
use rand::seq::SliceRandom;
use std::collections::{BTreeMap, HashSet};

/// Deals the answers to the questions in `rotating` anew within each group of `responses`
/// (same wave, relationship, department group, questionnaire and day).
pub fn deal(responses: &mut [ReleasedResponse], rotating: &HashSet<i32>, rng: &mut impl Rng) {
    if rotating.is_empty() {
        return;
    }
    type Group = (Option<i32>, i32, i32, i32, chrono::NaiveDate);
    let mut groups: BTreeMap<Group, Vec<usize>> = BTreeMap::new();
    for (index, response) in responses.iter().enumerate() {
        let key = (
            response.wave_id,
            response.relationship_id,
            response.customer_department_id,
            response.questionnaire_id,
            response.dated,
        );
        groups.entry(key).or_default().push(index);
    }
    for members in groups.values() {
        let mut pulled: BTreeMap<i32, Vec<ReleasedAnswer>> = BTreeMap::new();
        for &index in members {
            let answers = std::mem::take(&mut responses[index].answers);
            let (moved, kept): (Vec<_>, Vec<_>) = answers
                .into_iter()
                .partition(|answer| rotating.contains(&answer.question_id));
            responses[index].answers = kept;
            for answer in moved {
                pulled.entry(answer.question_id).or_default().push(answer);
            }
        }
        let receivers: Vec<usize> = members
            .iter()
            .copied()
            .filter(|index| !responses[*index].not_applicable)
            .collect();
        for answers in pulled.into_values() {
            let mut chosen = receivers.clone();
            chosen.shuffle(rng);
            // Each answer came from a distinct answered response, so there are enough.
            for (answer, index) in answers.into_iter().zip(chosen) {
                responses[index].answers.push(answer);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    const ROTATING: [i32; 3] = [11, 12, 13];

    fn answer(question_id: i32, number: i32) -> ReleasedAnswer {
        ReleasedAnswer {
            question_id,
            number: Some(number),
            text: None,
            conversation_token_hash: None,
        }
    }

    fn response(
        relationship_id: i32,
        not_applicable: bool,
        answers: Vec<ReleasedAnswer>,
    ) -> ReleasedResponse {
        ReleasedResponse {
            wave_id: Some(1),
            relationship_id,
            customer_department_id: 4,
            questionnaire_id: 1,
            dated: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default(),
            not_applicable,
            answers,
        }
    }

    /// Per (relationship, question): the answered values, sorted.
    fn figures(responses: &[ReleasedResponse]) -> BTreeMap<(i32, i32), Vec<i32>> {
        let mut figures: BTreeMap<(i32, i32), Vec<i32>> = BTreeMap::new();
        for r in responses {
            for a in &r.answers {
                figures
                    .entry((r.relationship_id, a.question_id))
                    .or_default()
                    .push(a.number.unwrap_or_default());
            }
        }
        for values in figures.values_mut() {
            values.sort_unstable();
        }
        figures
    }

    proptest! {
        #[test]
        fn dealing_keeps_every_figure_and_core_answers_in_place(
            sections in proptest::collection::vec(
                (1i32..3, any::<bool>(), proptest::collection::btree_set(11i32..14, 0..3), 1i32..6),
                1..30,
            ),
        ) {
            let mut responses: Vec<ReleasedResponse> = sections
                .iter()
                .map(|(relationship, not_applicable, asked, value)| {
                    let answers = if *not_applicable {
                        Vec::new()
                    } else {
                        std::iter::once(answer(1, *value))
                            .chain(asked.iter().map(|q| answer(*q, *value)))
                            .collect()
                    };
                    response(*relationship, *not_applicable, answers)
                })
                .collect();
            let before = figures(&responses);
            let core_before: Vec<Vec<i32>> = responses
                .iter()
                .map(|r| r.answers.iter().filter(|a| a.question_id == 1).map(|a| a.number.unwrap_or_default()).collect())
                .collect();

            deal(&mut responses, &ROTATING.into_iter().collect(), &mut rand::rng());

            prop_assert_eq!(figures(&responses), before);
            for (r, core) in responses.iter().zip(&core_before) {
                let here: Vec<i32> = r.answers.iter().filter(|a| a.question_id == 1).map(|a| a.number.unwrap_or_default()).collect();
                prop_assert_eq!(&here, core);
                let distinct: HashSet<i32> = r.answers.iter().map(|a| a.question_id).collect();
                prop_assert_eq!(distinct.len(), r.answers.len(), "one answer per question");
                prop_assert!(!r.not_applicable || r.answers.is_empty());
            }
        }
    }

    #[test]
    fn which_response_carries_a_rotating_answer_no_longer_follows_who_gave_it() {
        // The first of twenty responses answered the rotating question; the others did not.
        let mut moved = 0;
        for _ in 0..200 {
            let mut responses: Vec<ReleasedResponse> = (0..20)
                .map(|n| {
                    let mut answers = vec![answer(1, 3)];
                    if n == 0 {
                        answers.push(answer(11, 5));
                    }
                    response(1, false, answers)
                })
                .collect();
            deal(
                &mut responses,
                &ROTATING.into_iter().collect(),
                &mut rand::rng(),
            );
            if !responses[0].answers.iter().any(|a| a.question_id == 11) {
                moved += 1;
            }
        }
        assert!(moved > 150, "moved in {moved} of 200 releases");
    }
}
