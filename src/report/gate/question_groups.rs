//! The blocks of a period grouped for one question. A block holds at least k responses, but a
//! question that not everyone answers — an optional one, or a rotating one that each employee
//! is asked only now and then — can leave a block with 1 to k−1 answers to it. Such blocks are
//! merged up, the same way whichever slice is viewed afterwards:
//! 1. within their service: the small blocks of a relationship together, taking in its other
//!    blocks (the smallest first) until the group reaches k — a service answered by k or more
//!    shows the question even when no customer department alone reaches k;
//! 2. within their provider: the groups still below k (services answered by fewer than k, the
//!    provider's pool of small services) are pooled, without taking in a group that reached k
//!    — a provider's total can show a question that some of its services cannot;
//! 3. within the organisation: what is still below k is pooled once more (the organisation's
//!    reference figure).
//!
//! A group still below k blocks every slice that touches it. Steps 2 and 3 merge only groups
//! below k, which no shown figure touched, so they never hide what step 1 shows. Pure code.

use super::GroupKey;
use std::collections::BTreeMap;

/// The question groups of blocks `members` (each a list of groups), given each block's
/// providing department (`None` when it pools several providers) and its `answers` to the
/// question, for the threshold `k`. Every block is in exactly one group.
pub(super) fn group(
    members: &[Vec<GroupKey>],
    providers: &[Option<i32>],
    answers: &[u32],
    k: u32,
) -> Vec<Vec<usize>> {
    let answers_of = |index: usize| answers.get(index).copied().unwrap_or(0);
    let small = |group: &[usize]| (1..k).contains(&group.iter().map(|i| answers_of(*i)).sum());
    let provider_of = |group: &[usize]| {
        let first = group
            .first()
            .and_then(|i| providers.get(*i).copied().flatten());
        group
            .iter()
            .all(|i| providers.get(*i).copied().flatten() == first)
            .then_some(first)
            .flatten()
    };

    let mut groups = vec![];
    let mut by_provider: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    let mut organisation: Vec<usize> = vec![];
    for group in by_service(members, &answers_of, k) {
        if !small(&group) {
            groups.push(group);
            continue;
        }
        match provider_of(&group) {
            Some(provider) => by_provider.entry(provider).or_default().extend(group),
            None => organisation.extend(group),
        }
    }
    for pool in by_provider.into_values() {
        if small(&pool) {
            organisation.extend(pool);
        } else {
            groups.push(pool);
        }
    }
    if !organisation.is_empty() {
        groups.push(organisation);
    }
    groups
}

/// Step 1: the blocks of each service grouped until every group holds no answer or k; a block
/// of several services (a pool of small services) stays a group of its own.
fn by_service(
    members: &[Vec<GroupKey>],
    answers_of: &impl Fn(usize) -> u32,
    k: u32,
) -> Vec<Vec<usize>> {
    let mut by_relationship: BTreeMap<Option<i32>, Vec<usize>> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = vec![];
    for (index, keys) in members.iter().enumerate() {
        let first = keys.first().map(|key| key.relationship_id);
        if keys.iter().all(|key| Some(key.relationship_id) == first) {
            by_relationship.entry(first).or_default().push(index);
        } else {
            groups.push(vec![index]);
        }
    }
    for indexes in by_relationship.into_values() {
        let (mut rest, mut others): (Vec<usize>, Vec<usize>) = indexes
            .into_iter()
            .partition(|index| (1..k).contains(&answers_of(*index)));
        // Largest first, so `pop` hands out the smallest.
        others.sort_by_key(|index| std::cmp::Reverse((answers_of(*index), *index)));
        let total = |rest: &[usize]| rest.iter().map(|i| answers_of(*i)).sum::<u32>();
        while total(&rest) > 0 && total(&rest) < k {
            match others.pop() {
                Some(smallest) => rest.push(smallest),
                None => break,
            }
        }
        groups.extend(others.into_iter().map(|index| vec![index]));
        if !rest.is_empty() {
            groups.push(rest);
        }
    }
    groups
}
