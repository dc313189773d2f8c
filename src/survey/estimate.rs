//! How long one invitation's survey takes, from the questions its sections actually ask
//! (core questions, the rotating questions picked for the employee, the standard question only
//! where there is a standard), at the seconds per kind of `domain::pulse`. The survey page gives
//! the exact figure; the invitation, reminder and touchpoint emails one that does not depend
//! on which rotating questions were drawn (`invitation_minutes`).
//! Pure code.

use crate::domain::pulse;
use crate::survey::model::{Asked, Section, asked};
use entity::question::QuestionKind;

/// The kinds of the questions `sections` ask, section by section in questionnaire order.
/// The sections' rotating questions must have been picked (`model::resolve`).
pub fn asked_kinds<'a, Q: Asked>(
    sections: &'a [Section],
    questions: &'a [Q],
) -> impl Iterator<Item = QuestionKind> + 'a {
    sections.iter().flat_map(move |section| {
        questions
            .iter()
            .filter(move |question| section.asks(*question))
            .map(Asked::kind)
    })
}

/// About how many minutes answering `sections` (rotating questions picked) takes.
pub fn minutes(sections: &[Section], questions: &[impl Asked]) -> u32 {
    pulse::minutes_for(asked_kinds(sections, questions))
}

/// About how many minutes the survey of an invitation with `sections` (as stored) takes, as
/// its emails promise it. Emails leave the server (mail logs, the file outbox), so their figure
/// must not tell which rotating questions were drawn for the employee (a comment field among
/// them would show): a section that draws some of its rotating questions counts each at the
/// slowest one it could draw; the survey page, which only the employee sees, is exact.
pub fn invitation_minutes(sections: &[Section], questions: &[impl Asked]) -> u32 {
    let seconds = sections
        .iter()
        .map(|section| {
            let has_standard = section.standard.is_some();
            let of = |core: bool| -> Vec<u32> {
                questions
                    .iter()
                    .filter(|q| q.core() == core && asked(has_standard, q.kind(), q.dimension()))
                    .map(|q| pulse::seconds(q.kind()))
                    .collect()
            };
            let (core, rotating) = (of(true), of(false));
            let drawn = match section.rotating_from {
                None => rotating.len(),
                Some(_) => usize::try_from(section.rotating_count).unwrap_or(0),
            };
            let rotating_seconds: u32 = if drawn >= rotating.len() {
                rotating.iter().sum()
            } else {
                rotating.iter().copied().max().unwrap_or(0) * u32::try_from(drawn).unwrap_or(0)
            };
            core.iter().sum::<u32>() + rotating_seconds
        })
        .sum();
    pulse::minutes(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::model::{QuestionKey, resolve};
    use crate::waves::rotation::RotationKey;
    use entity::question::Dimension;

    fn rotation() -> RotationKey {
        let mut security = crate::waves::token::tests::security("survey-link-key-0123456789abcdef");
        security.rotation_key =
            secrecy::SecretString::from("rotation-key-for-the-estimate-0123456789".to_owned());
        RotationKey::new(&security)
    }

    fn key(id: i32, kind: QuestionKind, dimension: Dimension, core: bool) -> QuestionKey {
        QuestionKey {
            id,
            kind,
            dimension,
            required: false,
            core,
            option_count: 0,
        }
    }

    /// The built-in questionnaire's shape: overall, standard and comment are core; three
    /// ratings, the score, lost time and thanks rotate.
    fn builtin() -> Vec<QuestionKey> {
        use Dimension::*;
        use QuestionKind::*;
        vec![
            key(1, Rating, Overall, true),
            key(2, Rating, Standard, true),
            key(3, Rating, Responsiveness, false),
            key(4, Rating, Reliability, false),
            key(5, Rating, Communication, false),
            key(6, Recommend, Overall, false),
            key(7, LostTime, Reliability, false),
            key(8, Text, Overall, true),
            key(9, Thanks, Courtesy, false),
        ]
    }

    fn section(relationship_id: i32, standard: bool, rotating: Option<(i32, i32)>) -> Section {
        Section {
            relationship_id,
            standard: standard.then(|| "Answered within a day".to_owned()),
            rotating_from: rotating.map(|(from, _)| from),
            rotating_count: rotating.map_or(0, |(_, count)| count),
            ..Section::default()
        }
    }

    #[test]
    fn three_sections_asking_every_question_take_about_seven_minutes() {
        let sections: Vec<Section> = (1..=3).map(|id| section(id, true, None)).collect();

        // Per section 7 choice questions × 7 s + 2 comment fields × 40 s = 129 s; 387 s in all.
        assert_eq!(minutes(&sections, &builtin()), 7);
        assert_eq!(asked_kinds(&sections, &builtin()).count(), 27);
    }

    #[test]
    fn a_section_without_a_standard_skips_the_standard_question_in_the_estimate() {
        let with = [section(1, true, Some((0, 0)))];
        let without = [section(1, false, Some((0, 0)))];

        assert_eq!(asked_kinds(&with, &builtin()).count(), 3);
        assert_eq!(asked_kinds(&without, &builtin()).count(), 2);
    }

    #[test]
    fn the_estimate_counts_the_rotating_questions_picked_for_the_employee() {
        let rotation = rotation();
        let questions = builtin();
        let sections = [section(1, true, Some((0, 1))), section(2, true, None)];

        let mut picked = sections.to_vec();
        resolve(&rotation, 42, &mut picked, &questions);
        let kinds: Vec<QuestionKind> = asked_kinds(&picked, &questions).collect();

        assert_eq!(
            kinds.len(),
            4 + 9,
            "core three and one rotating, then all nine"
        );
        let promised = invitation_minutes(&sections, &questions);
        assert!(
            promised >= pulse::minutes_for(kinds),
            "never less than the page"
        );
        for employee in 1..50 {
            let mut drawn = sections.to_vec();
            resolve(&rotation, employee, &mut drawn, &questions);
            assert!(
                minutes(&drawn, &questions) <= promised,
                "whatever was drawn"
            );
        }
    }

    #[test]
    fn every_rotating_question_picked_costs_as_much_as_the_legacy_page_and_none_only_the_core() {
        let questions = builtin();
        let with = |count: i32| -> Vec<Section> {
            (1..=3)
                .map(|id| section(id, true, Some((2, count))))
                .collect()
        };

        assert_eq!(invitation_minutes(&with(6), &questions), 7);
        // 3 × (2 ratings × 7 s + 1 comment × 40 s) = 162 s.
        assert_eq!(invitation_minutes(&with(0), &questions), 3);
    }
}
