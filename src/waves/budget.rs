//! Keeping a wave short: how many rotating questions each of an employee's sections asks, and
//! which sections stay, so that the wave asks at most the cycle's maximum number of questions.
//! Every section asks its core questions; HR chooses whether rotating questions or whole
//! sections go first (`cycle.shorten_by`), the last sections first; one section always stays.
//! Pure code.

use entity::cycle::{self, ShortenBy};

/// One section as the budget sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// The relationship.
    pub relationship_id: i32,
    /// Core questions the section asks.
    pub core: usize,
    /// Rotating questions the service has.
    pub rotating: usize,
}

/// What a cycle allows per employee and wave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Rotating questions per section (`usize::MAX`: all of them).
    pub rotating_per_section: usize,
    /// Most questions per wave, all sections together.
    pub max_answers: Option<usize>,
    /// What goes first when over the maximum.
    pub shorten_by: ShortenBy,
}

impl Limits {
    /// The limits of `cycle`, whose questionnaire has `core_questions` core questions. A cycle
    /// without `questions_per_section` asks every question.
    pub fn of(cycle: &cycle::Model, core_questions: usize) -> Self {
        let rotating_per_section = cycle
            .questions_per_section
            .and_then(|n| usize::try_from(n).ok())
            .map_or(usize::MAX, |n| n.saturating_sub(core_questions));
        Self {
            rotating_per_section,
            max_answers: cycle
                .max_answers_per_wave
                .and_then(|n| usize::try_from(n).ok()),
            shorten_by: cycle.shorten_by,
        }
    }
}

/// The sections that stay, in order, each with the rotating questions it asks.
pub fn fit(sections: &[Shape], limits: Limits) -> Vec<(i32, usize)> {
    let mut kept: Vec<(Shape, usize)> = sections
        .iter()
        .map(|shape| (*shape, shape.rotating.min(limits.rotating_per_section)))
        .collect();
    let Some(max) = limits.max_answers else {
        return done(kept);
    };
    let total = |kept: &[(Shape, usize)]| -> usize {
        kept.iter()
            .map(|(shape, rotating)| shape.core + rotating)
            .sum()
    };
    let fewer_rotating = |kept: &mut Vec<(Shape, usize)>| {
        while total(kept) > max {
            // The section asking the most rotating questions, the last one on a tie.
            let Some(index) = (0..kept.len())
                .filter(|index| kept[*index].1 > 0)
                .max_by_key(|index| (kept[*index].1, *index))
            else {
                break;
            };
            kept[index].1 -= 1;
        }
    };
    let fewer_sections = |kept: &mut Vec<(Shape, usize)>| {
        while total(kept) > max && kept.len() > 1 {
            kept.pop();
        }
    };
    match limits.shorten_by {
        ShortenBy::RotatingQuestions => {
            fewer_rotating(&mut kept);
            fewer_sections(&mut kept);
        }
        ShortenBy::Sections => {
            fewer_sections(&mut kept);
            fewer_rotating(&mut kept);
        }
    }
    done(kept)
}

fn done(kept: Vec<(Shape, usize)>) -> Vec<(i32, usize)> {
    kept.into_iter()
        .map(|(shape, rotating)| (shape.relationship_id, rotating))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three_services() -> Vec<Shape> {
        (1..=3)
            .map(|relationship_id| Shape {
                relationship_id,
                core: 3,
                rotating: 6,
            })
            .collect()
    }

    fn limits(shorten_by: ShortenBy) -> Limits {
        Limits {
            rotating_per_section: 1,
            max_answers: Some(10),
            shorten_by,
        }
    }

    #[test]
    fn three_services_within_ten_answers_keep_their_sections_and_lose_rotating_questions() {
        let fitted = fit(&three_services(), limits(ShortenBy::RotatingQuestions));
        assert_eq!(fitted, [(1, 1), (2, 0), (3, 0)]);
    }

    #[test]
    fn shortening_by_sections_keeps_the_first_sections_whole() {
        let fitted = fit(&three_services(), limits(ShortenBy::Sections));
        assert_eq!(fitted, [(1, 1), (2, 1)]);
    }

    #[test]
    fn without_a_maximum_every_section_asks_its_rotating_questions() {
        let mut limits = limits(ShortenBy::RotatingQuestions);
        limits.max_answers = None;
        limits.rotating_per_section = usize::MAX;
        assert_eq!(fit(&three_services(), limits), [(1, 6), (2, 6), (3, 6)]);
    }

    #[test]
    fn one_section_always_stays_even_above_the_maximum() {
        let mut limits = limits(ShortenBy::RotatingQuestions);
        limits.max_answers = Some(2);
        assert_eq!(fit(&three_services(), limits), [(1, 0)]);
    }
}
