//! The partition of a period's groups into blocks of at least k responses, and the test of
//! whether a slice (a set of groups) is a union of whole blocks.
//!
//! Blocks are built provider by provider: a relationship with ≥ k responses is split by customer
//! department into parts of ≥ k, the small departments merged into one "other" part (taking in
//! the smallest parts until it reaches k); relationships with fewer than k responses are pooled
//! per provider, and what is still unpooled organisation-wide forms a last block if it reaches k.
//! Groups without answered responses carry no figures and stay outside every block.

use super::question_groups;
use super::{GroupKey, PeriodCounts};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The blocks of one period.
#[derive(Clone, Debug)]
pub struct Blocks {
    min_group_size: u32,
    members: Vec<Vec<GroupKey>>,
    block_of: HashMap<GroupKey, usize>,
    /// The providing department of each block (by block index); `None` for a block that pools
    /// several providers' services.
    providers: Vec<Option<i32>>,
    /// Per question answered in the period: worked out once when planning, since a final
    /// period's dashboards, overview and exports ask for the same questions again and again.
    questions: HashMap<i32, QuestionPlan>,
}

/// How the blocks stand for one question.
#[derive(Clone, Debug)]
struct QuestionPlan {
    /// Answers to the question in each block, by block index.
    answers: Vec<u32>,
    /// The question groups (`Blocks::question_groups`).
    groups: Vec<Vec<usize>>,
}

impl Blocks {
    /// Partitions the groups of `counts` for the threshold `min_group_size` (k).
    pub fn plan(counts: &PeriodCounts, min_group_size: u32) -> Self {
        let k = min_group_size;
        let responses = |keys: &[GroupKey]| counts.responses(keys);
        let mut by_provider: BTreeMap<i32, BTreeMap<i32, Vec<GroupKey>>> = BTreeMap::new();
        for (key, group) in &counts.groups {
            if group.responses == 0 {
                continue;
            }
            let Some(provider) = counts.providers.get(&key.relationship_id) else {
                continue;
            };
            by_provider
                .entry(*provider)
                .or_default()
                .entry(key.relationship_id)
                .or_default()
                .push(*key);
        }

        let mut members: Vec<Vec<GroupKey>> = Vec::new();
        let mut unpooled: Vec<GroupKey> = Vec::new();
        for relationships in by_provider.into_values() {
            let mut hidden: Vec<GroupKey> = Vec::new();
            for groups in relationships.into_values() {
                if responses(&groups) >= k {
                    members.extend(split_relationship(counts, groups, k));
                } else {
                    hidden.extend(groups);
                }
            }
            if responses(&hidden) >= k {
                members.push(hidden);
            } else {
                unpooled.extend(hidden);
            }
        }
        if responses(&unpooled) >= k {
            members.push(unpooled);
        }

        let block_of = members
            .iter()
            .enumerate()
            .flat_map(|(index, keys)| keys.iter().map(move |key| (*key, index)))
            .collect();
        let providers = members
            .iter()
            .map(|keys| {
                let mut providers = keys
                    .iter()
                    .map(|key| counts.providers.get(&key.relationship_id).copied());
                let first = providers.next().flatten();
                providers.all(|p| p == first).then_some(first).flatten()
            })
            .collect();
        let mut blocks = Blocks {
            min_group_size: k,
            members,
            block_of,
            providers,
            questions: HashMap::new(),
        };
        let question_ids: BTreeSet<i32> = counts
            .groups
            .values()
            .flat_map(|group| group.questions.keys().copied())
            .collect();
        blocks.questions = question_ids
            .into_iter()
            .map(|question_id| (question_id, blocks.work_out(counts, question_id)))
            .collect();
        blocks
    }

    /// The plan of `question_id`: the one worked out when planning, or (for a question the
    /// period holds no answer to) worked out now.
    fn plan_of(&self, counts: &PeriodCounts, question_id: i32) -> Cow<'_, QuestionPlan> {
        match self.questions.get(&question_id) {
            Some(plan) => Cow::Borrowed(plan),
            None => Cow::Owned(self.work_out(counts, question_id)),
        }
    }

    fn work_out(&self, counts: &PeriodCounts, question_id: i32) -> QuestionPlan {
        let answers: Vec<u32> = self
            .members
            .iter()
            .map(|keys| counts.histogram(keys, question_id).total())
            .collect();
        let groups = question_groups::group(
            &self.members,
            &self.providers,
            &answers,
            self.min_group_size,
        );
        QuestionPlan { answers, groups }
    }

    /// The threshold k the blocks were built for.
    pub fn min_group_size(&self) -> u32 {
        self.min_group_size
    }

    /// The blocks, each a list of groups.
    pub fn members(&self) -> &[Vec<GroupKey>] {
        &self.members
    }

    /// True when `slice` holds at least one answered response and consists of whole blocks only.
    /// Groups of `slice` without answered responses are ignored.
    pub fn shows(&self, counts: &PeriodCounts, slice: &[GroupKey]) -> bool {
        self.covered_blocks(counts, slice)
            .is_some_and(|blocks| !blocks.is_empty())
    }

    /// True when the slice is shown and its figure for `question_id` is too: the slice is a
    /// union of whole question groups (`question_groups`), each holding no answer to the
    /// question or at least k, and the slice holds at least k.
    pub fn shows_question(
        &self,
        counts: &PeriodCounts,
        slice: &[GroupKey],
        question_id: i32,
    ) -> bool {
        let Some(blocks) = self.covered_blocks(counts, slice) else {
            return false;
        };
        if blocks.is_empty() {
            return false;
        }
        let plan = self.plan_of(counts, question_id);
        let answers = |members: &[usize]| -> u32 {
            members
                .iter()
                .map(|index| plan.answers.get(*index).copied().unwrap_or(0))
                .sum()
        };
        plan.groups
            .iter()
            .filter(|members| members.iter().any(|m| blocks.contains(m)))
            .all(|members| {
                let whole = members.iter().all(|m| blocks.contains(m));
                let total = answers(members);
                whole && (total == 0 || total >= self.min_group_size)
            })
            && counts.histogram(slice, question_id).total() >= self.min_group_size
    }

    /// The blocks grouped for one question (`question_groups::group`): a question that not
    /// everyone answers (an optional or a rotating one) can leave a block with 1 to k−1 answers
    /// to it; such blocks are merged up — within their service, then their provider, then the
    /// organisation — until the group reaches k. Figures of the question are shown only for
    /// unions of whole groups.
    pub fn question_groups(&self, counts: &PeriodCounts, question_id: i32) -> Vec<Vec<usize>> {
        self.plan_of(counts, question_id).groups.clone()
    }

    /// The groups whose answers to `question_id` may be pooled into an organisation-wide
    /// reference figure: every question group (`question_groups`) with at least k answers to
    /// it — a union of whole groups, so it reveals nothing smaller than k.
    pub fn reference_groups(&self, counts: &PeriodCounts, question_id: i32) -> Vec<GroupKey> {
        let plan = self.plan_of(counts, question_id);
        plan.groups
            .iter()
            .filter(|members| {
                members
                    .iter()
                    .map(|index| plan.answers.get(*index).copied().unwrap_or(0))
                    .sum::<u32>()
                    >= self.min_group_size
            })
            .flatten()
            .flat_map(|index| self.members[*index].iter().copied())
            .collect()
    }

    /// The indexes of the blocks `slice` covers, or `None` when it covers one only in part (or
    /// holds a group outside every block).
    fn covered_blocks(&self, counts: &PeriodCounts, slice: &[GroupKey]) -> Option<Vec<usize>> {
        let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
        for key in slice {
            let answered = counts.groups.get(key).is_some_and(|g| g.responses > 0);
            if !answered {
                continue;
            }
            let index = self.block_of.get(key)?;
            *seen.entry(*index).or_insert(0) += 1;
        }
        seen.iter()
            .all(|(index, present)| self.members[*index].len() == *present)
            .then(|| seen.into_keys().collect())
    }
}

/// Splits a relationship with ≥ k responses into blocks by customer department: departments
/// with ≥ k responses alone, the rest together; while the rest has fewer than k, the smallest
/// single department joins it. Returns one block when no split is possible.
fn split_relationship(counts: &PeriodCounts, groups: Vec<GroupKey>, k: u32) -> Vec<Vec<GroupKey>> {
    let size = |key: &GroupKey| counts.groups.get(key).map_or(0, |g| g.responses);
    let (mut parts, mut rest): (Vec<GroupKey>, Vec<GroupKey>) =
        groups.into_iter().partition(|key| size(key) >= k);
    // Largest first, so `pop` hands out the smallest; ties broken by department id.
    parts.sort_by_key(|key| {
        (
            std::cmp::Reverse(size(key)),
            std::cmp::Reverse(key.department_id),
        )
    });
    let rest_size = |rest: &[GroupKey]| rest.iter().map(size).sum::<u32>();
    while rest_size(&rest) > 0 && rest_size(&rest) < k {
        match parts.pop() {
            Some(smallest) => rest.push(smallest),
            None => break,
        }
    }
    let mut blocks: Vec<Vec<GroupKey>> = parts.into_iter().map(|key| vec![key]).collect();
    if !rest.is_empty() {
        rest.sort();
        blocks.push(rest);
    }
    blocks
}
