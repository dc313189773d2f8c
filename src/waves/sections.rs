//! The sections of each invitation of a wave as they are stored: the relationships assignment
//! chose (`assign`), cut to the cycle's maximum number of questions (`budget`), each with the
//! rotating questions it asks as a rotation counter (`rotation`), and the counters to remember
//! for the next wave. Pure code over what the store loaded.

use super::assign::{Asked as History, Assignment};
use super::budget::{self, Limits, Shape};
use super::rotation::{self, Due, RotationKey};
use crate::store::invitations::AskedNow;
use crate::survey::model::{Asked, asked, rotating_ids};
use rand::Rng;
use std::collections::{BTreeMap, HashMap};

/// One stored section of an employee's invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    /// The employee.
    pub employee_id: i32,
    /// The relationship asked about.
    pub relationship_id: i32,
    /// Display order.
    pub position: i32,
    /// Where its rotating questions start.
    pub rotating_from: i32,
    /// How many rotating questions it asks.
    pub rotating_count: i32,
}

/// The questionnaire as sections see it.
pub struct Layout {
    /// (core questions, rotating question ids) for a relationship without a standard, and with.
    by_standard: [(usize, Vec<i32>); 2],
}

impl Layout {
    /// The layout of a questionnaire's questions (in questionnaire order).
    pub fn new(questions: &[impl Asked]) -> Self {
        let shape = |has_standard: bool| {
            let core = questions
                .iter()
                .filter(|q| q.core() && asked(has_standard, q.kind(), q.dimension()))
                .count();
            (core, rotating_ids(has_standard, questions))
        };
        Self {
            by_standard: [shape(false), shape(true)],
        }
    }

    /// Core questions of the questionnaire (those about a standard included).
    pub fn core_questions(&self) -> usize {
        self.by_standard[1].0
    }

    fn of(&self, has_standard: bool) -> &(usize, Vec<i32>) {
        &self.by_standard[usize::from(has_standard)]
    }
}

/// The sections of every assignment, and the rotation counters to record. `standards` tells
/// which relationships have a service standard; `history` is the rotation history.
pub fn plan(
    key: &RotationKey,
    assignments: &[Assignment],
    standards: &HashMap<i32, bool>,
    layout: &Layout,
    history: &HashMap<(i32, i32), History>,
    limits: Limits,
    rng: &mut impl Rng,
) -> (Vec<Planned>, Vec<AskedNow>) {
    let has_standard =
        |relationship_id: i32| standards.get(&relationship_id).copied() == Some(true);
    let mut planned = Vec::new();
    for assignment in assignments {
        let shapes: Vec<Shape> = assignment
            .relationship_ids
            .iter()
            .map(|&relationship_id| {
                let (core, rotating) = layout.of(has_standard(relationship_id));
                Shape {
                    relationship_id,
                    core: *core,
                    rotating: rotating.len(),
                }
            })
            .collect();
        for (position, (relationship_id, count)) in (0..).zip(budget::fit(&shapes, limits)) {
            planned.push(Planned {
                employee_id: assignment.employee_id,
                relationship_id,
                position,
                rotating_from: 0,
                rotating_count: i32::try_from(count).unwrap_or(i32::MAX),
            });
        }
    }
    let mut by_relationship: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    for (index, section) in planned.iter().enumerate() {
        by_relationship
            .entry(section.relationship_id)
            .or_default()
            .push(index);
    }
    let mut asked_now = Vec::with_capacity(planned.len());
    for (relationship_id, indexes) in by_relationship {
        let len = layout.of(has_standard(relationship_id)).1.len();
        let counter = |employee_id: i32| {
            history
                .get(&(employee_id, relationship_id))
                .and_then(|h| h.rotating_asked)
        };
        let dues: Vec<Due> = indexes
            .iter()
            .map(|&index| {
                let section = &planned[index];
                Due {
                    employee_id: section.employee_id,
                    counter: counter(section.employee_id),
                    count: usize::try_from(section.rotating_count).unwrap_or(0),
                }
            })
            .collect();
        let starts = key.starts(relationship_id, len, &dues, rng);
        for ((&index, due), start) in indexes.iter().zip(&dues).zip(starts) {
            planned[index].rotating_from = start;
            let rotating_asked = if due.counter.is_none() && due.count == 0 {
                None
            } else {
                Some(rotation::advance(start, due.count, len))
            };
            asked_now.push(AskedNow {
                employee_id: due.employee_id,
                relationship_id,
                rotating_asked,
            });
        }
    }
    (planned, asked_now)
}
