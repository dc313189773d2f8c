//! Section assignment when a wave opens: which relationships each employee is asked about.
//! Pure logic over rows the store loaded; no I/O.
//!
//! An employee is a customer of a relationship whose customer department is their department,
//! one of its ancestors, or the whole organisation (a department is never asked about a
//! service it provides itself). Each employee gets at most `cap` sections, those they were
//! asked about least recently first (never asked before anything else; ties broken at
//! random, so a large organisation spreads over all services). With a sample share only that
//! share of the eligible employees is invited. Employees without any relationship get nothing.

use rand::Rng;
use rand::seq::SliceRandom;
use std::collections::{HashMap, HashSet};

pub use crate::domain::assignment::{Asked, Candidate};

/// Everything assignment looks at.
pub struct AssignmentInput<'a> {
    /// Active employees as (employee id, department id).
    pub employees: &'a [(i32, i32)],
    /// Every department's parent.
    pub parents: &'a HashMap<i32, Option<i32>>,
    /// The cycle's active relationships.
    pub relationships: &'a [Candidate],
    /// Rotation history by (employee id, relationship id).
    pub history: &'a HashMap<(i32, i32), Asked>,
    /// Maximum sections per employee (at least 1).
    pub cap: usize,
    /// Share of eligible employees to invite, 1–100; `None` invites all.
    pub sample_percent: Option<u8>,
}

/// One employee's sections, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// The employee.
    pub employee_id: i32,
    /// Relationship ids, at most `cap`, never empty.
    pub relationship_ids: Vec<i32>,
}

/// Assigns sections to the employees of one wave.
pub fn assign(input: &AssignmentInput<'_>, rng: &mut impl Rng) -> Vec<Assignment> {
    let mut eligible: Vec<(i32, Vec<Candidate>)> = input
        .employees
        .iter()
        .filter_map(|&(employee_id, department_id)| {
            let served_as = lineage(department_id, input.parents);
            let candidates: Vec<Candidate> = input
                .relationships
                .iter()
                .filter(|r| r.provider_department_id != department_id)
                .filter(|r| {
                    r.customer_department_id
                        .is_none_or(|customer| served_as.contains(&customer))
                })
                .copied()
                .collect();
            (!candidates.is_empty()).then_some((employee_id, candidates))
        })
        .collect();
    if let Some(percent) = input.sample_percent.filter(|p| *p < 100) {
        let keep = (eligible.len() * usize::from(percent)).div_ceil(100);
        eligible.shuffle(rng);
        eligible.truncate(keep);
        eligible.sort_by_key(|(employee_id, _)| *employee_id);
    }
    let cap = input.cap.max(1);
    eligible
        .into_iter()
        .map(|(employee_id, mut candidates)| {
            candidates.shuffle(rng);
            candidates.sort_by_key(|candidate| {
                input
                    .history
                    .get(&(employee_id, candidate.id))
                    .map(|asked| (asked.last_asked_at, asked.times_asked))
            });
            Assignment {
                employee_id,
                relationship_ids: candidates.iter().take(cap).map(|c| c.id).collect(),
            }
        })
        .collect()
}

/// The department and all its ancestors (stops at a loop, should the data ever hold one).
fn lineage(department_id: i32, parents: &HashMap<i32, Option<i32>>) -> HashSet<i32> {
    let mut seen = HashSet::new();
    let mut current = Some(department_id);
    while let Some(id) = current {
        if !seen.insert(id) {
            break;
        }
        current = parents.get(&id).copied().flatten();
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;
    use chrono::Utc;

    /// Departments: 1 Company ← 2 Operations ← 3 Kitchen; 4 IT (top level).
    fn parents() -> HashMap<i32, Option<i32>> {
        HashMap::from([(1, None), (2, Some(1)), (3, Some(2)), (4, None)])
    }

    fn relationship(id: i32, provider: i32, customer: Option<i32>) -> Candidate {
        Candidate {
            id,
            provider_department_id: provider,
            customer_department_id: customer,
        }
    }

    fn run(
        employees: &[(i32, i32)],
        relationships: &[Candidate],
        history: &HashMap<(i32, i32), Asked>,
        cap: usize,
        sample_percent: Option<u8>,
    ) -> Vec<Assignment> {
        let parents = parents();
        let input = AssignmentInput {
            employees,
            parents: &parents,
            relationships,
            history,
            cap,
            sample_percent,
        };
        assign(&input, &mut rand::rng())
    }

    #[test]
    fn own_department_ancestors_and_organisation_wide_relationships_are_candidates() {
        let relationships = [
            relationship(10, 4, None),    // IT → everyone
            relationship(11, 4, Some(1)), // IT → Company (ancestor)
            relationship(12, 4, Some(3)), // IT → Kitchen (own department)
            relationship(13, 4, Some(2)), // IT → Operations (ancestor)
        ];

        let result = run(&[(100, 3)], &relationships, &HashMap::new(), 10, None);

        let mut ids = result[0].relationship_ids.clone();
        ids.sort_unstable();
        assert_eq!(ids, [10, 11, 12, 13]);
    }

    #[test]
    fn other_branches_and_own_services_are_not_asked_and_nobody_gets_an_empty_invitation() {
        let relationships = [
            relationship(10, 4, Some(3)), // IT → Kitchen
            relationship(11, 4, None),    // IT → everyone, but not IT itself
        ];

        let result = run(
            &[(100, 2), (101, 4)],
            &relationships,
            &HashMap::new(),
            3,
            None,
        );

        assert_eq!(
            result,
            [Assignment {
                employee_id: 100,
                relationship_ids: vec![11]
            }]
        );
    }

    #[test]
    fn the_cap_keeps_the_least_recently_asked_relationships() {
        let relationships = [
            relationship(10, 4, None),
            relationship(11, 4, None),
            relationship(12, 4, None),
        ];
        let now = Utc::now();
        let history = HashMap::from([
            (
                (100, 10),
                Asked {
                    last_asked_at: now,
                    times_asked: 1,
                    rotating_asked: None,
                },
            ),
            (
                (100, 11),
                Asked {
                    last_asked_at: now - TimeDelta::days(30),
                    times_asked: 1,
                    rotating_asked: None,
                },
            ),
        ]);

        let result = run(&[(100, 3)], &relationships, &history, 2, None);

        assert_eq!(result[0].relationship_ids, [12, 11]);
    }

    #[test]
    fn a_sample_share_invites_that_share_of_the_eligible_employees_rounded_up() {
        let relationships = [relationship(10, 4, None)];
        let employees: Vec<(i32, i32)> = (0..10).map(|id| (id, 3)).collect();

        let result = run(&employees, &relationships, &HashMap::new(), 1, Some(25));

        assert_eq!(result.len(), 3);
    }
}
