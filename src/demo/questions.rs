//! Which questions each demo invitation asks: the demo cycle's short pulse (the core questions
//! and one rotating question per section, at most ten per wave), planned week by week with the
//! wave opener's own code (`waves::sections::plan`) and the instance's rotation key, so that
//! the history's dashboards show what sampling looks like.

use super::organisation::Organisation;
use super::sections::{Invited, SectionAsks};
use crate::survey::model::{Asked as AskedQuestion, asked, rotating_ids};
use crate::waves::assign::{Asked, Assignment};
use crate::waves::budget::Limits;
use crate::waves::rotation::RotationKey;
use crate::waves::sections::{self, Layout};
use chrono::Utc;
use entity::question;
use rand::Rng;
use std::collections::{HashMap, HashSet};

/// The rotation counters by (employee index, relationship index).
pub type Counters = HashMap<(usize, usize), Option<i32>>;

/// Fills `asks` of every invitation (weeks in order; a section the budget leaves out is
/// dropped) and returns the employees' rotation counters after the last week.
pub fn plan(
    key: &RotationKey,
    rng: &mut impl Rng,
    organisation: &Organisation,
    invited: &mut [Invited],
    questions: &[question::Model],
    limits: Limits,
) -> Counters {
    let layout = Layout::new(questions);
    let standards: HashMap<i32, bool> = organisation
        .relationships
        .iter()
        .map(|r| (r.id, r.has_standard))
        .collect();
    let relationship_index: HashMap<i32, usize> = (0..)
        .zip(&organisation.relationships)
        .map(|(index, r)| (r.id, index))
        .collect();
    let mut history: HashMap<(i32, i32), Asked> = HashMap::new();
    let weeks = invited.iter().map(|one| one.week + 1).max().unwrap_or(0);
    for week in 0..weeks {
        let of_week: Vec<usize> = (0..invited.len())
            .filter(|index| invited[*index].week == week)
            .collect();
        let assignments: Vec<Assignment> = of_week
            .iter()
            .map(|index| Assignment {
                employee_id: organisation.employees[invited[*index].employee].id,
                relationship_ids: invited[*index]
                    .sections
                    .iter()
                    .map(|r| organisation.relationships[*r].id)
                    .collect(),
            })
            .collect();
        let (planned, asked_now) = sections::plan(
            key,
            &assignments,
            &standards,
            &layout,
            &history,
            limits,
            rng,
        );
        let mut by_employee: HashMap<i32, Vec<_>> = HashMap::new();
        for section in planned {
            by_employee
                .entry(section.employee_id)
                .or_default()
                .push(section);
        }
        for index in of_week {
            let one = &mut invited[index];
            let employee_id = organisation.employees[one.employee].id;
            let mut kept = by_employee.remove(&employee_id).unwrap_or_default();
            kept.sort_by_key(|section| section.position);
            one.sections = kept
                .iter()
                .filter_map(|s| relationship_index.get(&s.relationship_id).copied())
                .collect();
            one.asks = kept
                .iter()
                .map(|section| {
                    let has_standard = standards.get(&section.relationship_id) == Some(&true);
                    let mut ids: HashSet<i32> = questions
                        .iter()
                        .filter(|q| q.core && asked(has_standard, q.kind, q.dimension))
                        .map(AskedQuestion::id)
                        .collect();
                    ids.extend(key.pick(
                        employee_id,
                        section.relationship_id,
                        &rotating_ids(has_standard, questions),
                        section.rotating_from,
                        section.rotating_count,
                    ));
                    SectionAsks {
                        rotating_from: section.rotating_from,
                        rotating_count: section.rotating_count,
                        questions: ids,
                    }
                })
                .collect();
        }
        for now in asked_now {
            let entry = history
                .entry((now.employee_id, now.relationship_id))
                .or_insert(Asked {
                    last_asked_at: Utc::now(),
                    times_asked: 0,
                    rotating_asked: None,
                });
            entry.times_asked += 1;
            entry.rotating_asked = now.rotating_asked;
        }
    }
    let employee_index: HashMap<i32, usize> = (0..)
        .zip(&organisation.employees)
        .map(|(index, e)| (e.id, index))
        .collect();
    history
        .into_iter()
        .filter_map(|((employee_id, relationship_id), asked)| {
            Some((
                (
                    *employee_index.get(&employee_id)?,
                    *relationship_index.get(&relationship_id)?,
                ),
                asked.rotating_asked,
            ))
        })
        .collect()
}
