//! Which group a released response is stored under. For one service, the responses of a
//! customer department with fewer than k of them move up to its parent department, and so on
//! up to the whole organisation (`WHOLE_ORGANISATION`), until every group holding responses
//! holds at least k; a service with fewer than k responses in all is not released. Pure code.

pub use crate::domain::WHOLE_ORGANISATION;
use std::collections::{BTreeMap, HashMap};

/// Where the responses of each customer department go for one service: department → group
/// (a department, or `WHOLE_ORGANISATION`). `None` when the service has fewer than `k`
/// responses in all (they stay sealed). `counts` are responses per respondent department;
/// `parents` maps each department to its parent (a department missing from it is top-level).
pub fn fold(
    counts: &BTreeMap<i32, u32>,
    parents: &HashMap<i32, Option<i32>>,
    k: u32,
) -> Option<HashMap<i32, i32>> {
    let total: u32 = counts.values().sum();
    if total < k || total == 0 {
        return None;
    }
    let parent_of = |department: i32| -> i32 {
        if department == WHOLE_ORGANISATION {
            return WHOLE_ORGANISATION;
        }
        parents
            .get(&department)
            .copied()
            .flatten()
            .unwrap_or(WHOLE_ORGANISATION)
    };
    let depth = |department: i32| -> usize {
        let mut depth = 0;
        let mut at = department;
        // Bounded by the number of departments, so a cycle in bad data cannot hang the release.
        while at != WHOLE_ORGANISATION && depth <= parents.len() {
            at = parent_of(at);
            depth += 1;
        }
        depth
    };
    let mut group_of: HashMap<i32, i32> = counts.keys().map(|d| (*d, *d)).collect();
    let mut held: BTreeMap<i32, u32> = counts.clone();
    held.retain(|_, count| *count > 0);
    // Deepest small group first, so a department joins its parent before the parent decides.
    while let Some(small) = held
        .iter()
        .filter(|(group, count)| **group != WHOLE_ORGANISATION && **count < k)
        .max_by_key(|(group, _)| (depth(**group), **group))
        .map(|(group, _)| *group)
    {
        merge(&mut held, &mut group_of, small, parent_of(small));
    }
    // The whole organisation may still hold fewer than k: it takes in the smallest other group
    // (a top-level one first) until it reaches k; the total guarantees it does.
    while held
        .get(&WHOLE_ORGANISATION)
        .is_some_and(|count| *count < k)
    {
        let Some(smallest) = held
            .iter()
            .filter(|(group, _)| **group != WHOLE_ORGANISATION)
            .min_by_key(|(group, count)| (depth(**group), **count, **group))
            .map(|(group, _)| *group)
        else {
            break;
        };
        merge(&mut held, &mut group_of, smallest, WHOLE_ORGANISATION);
    }
    Some(group_of)
}

/// Moves group `from` (its count and its departments) into group `into`.
fn merge(held: &mut BTreeMap<i32, u32>, group_of: &mut HashMap<i32, i32>, from: i32, into: i32) {
    let count = held.remove(&from).unwrap_or(0);
    *held.entry(into).or_insert(0) += count;
    for group in group_of.values_mut() {
        if *group == from {
            *group = into;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Restaurant (1) with Kitchen (2) and Service floor (3); IT (4) and HR (5) top-level.
    fn tree() -> HashMap<i32, Option<i32>> {
        HashMap::from([(1, None), (2, Some(1)), (3, Some(1)), (4, None), (5, None)])
    }

    fn counts(pairs: &[(i32, u32)]) -> BTreeMap<i32, u32> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn a_service_with_fewer_than_k_responses_in_all_is_not_released() {
        assert_eq!(fold(&counts(&[(2, 2), (4, 2)]), &tree(), 5), None);
    }

    #[test]
    fn departments_with_k_responses_keep_their_own_group() {
        let groups = fold(&counts(&[(2, 5), (4, 6)]), &tree(), 5).unwrap();
        assert_eq!(groups[&2], 2);
        assert_eq!(groups[&4], 4);
    }

    #[test]
    fn a_department_below_k_appears_under_its_parent() {
        let groups = fold(&counts(&[(1, 3), (2, 2), (3, 6)]), &tree(), 5).unwrap();
        assert_eq!(groups[&2], 1);
        assert_eq!(groups[&1], 1);
        assert_eq!(groups[&3], 3);
    }

    #[test]
    fn top_level_departments_below_k_fold_into_the_whole_organisation() {
        let groups = fold(&counts(&[(4, 3), (5, 2), (3, 7)]), &tree(), 5).unwrap();
        assert_eq!(groups[&4], WHOLE_ORGANISATION);
        assert_eq!(groups[&5], WHOLE_ORGANISATION);
        assert_eq!(groups[&3], 3);
    }

    #[test]
    fn the_whole_organisation_takes_in_the_smallest_group_when_it_is_still_below_k() {
        let groups = fold(&counts(&[(4, 2), (5, 6), (1, 9)]), &tree(), 5).unwrap();
        assert_eq!(groups[&4], WHOLE_ORGANISATION);
        assert_eq!(groups[&5], WHOLE_ORGANISATION);
        assert_eq!(groups[&1], 1);
    }

    proptest! {
        #[test]
        fn every_released_group_holds_at_least_k_responses(
            raw in proptest::collection::btree_map(1i32..=5, 0u32..9, 1..5),
            k in 3u32..7,
        ) {
            let counts: BTreeMap<i32, u32> = raw;
            let total: u32 = counts.values().sum();
            match fold(&counts, &tree(), k) {
                None => prop_assert!(total < k),
                Some(groups) => {
                    let mut sizes: BTreeMap<i32, u32> = BTreeMap::new();
                    for (department, count) in &counts {
                        *sizes.entry(groups[department]).or_insert(0) += count;
                    }
                    for size in sizes.values() {
                        prop_assert!(*size == 0 || *size >= k, "{sizes:?}");
                    }
                }
            }
        }
    }
}
