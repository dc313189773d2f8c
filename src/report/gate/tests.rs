//! Rules of the gate at k−1 / k, and a property test that no combination of shown figures
//! lets a hidden group be computed by adding and subtracting.

use super::{
    Blocks, GroupCounts, GroupKey, Histogram, PeriodCounts, comments_visible, rate_visible,
};
use proptest::prelude::*;

const K: u32 = 5;
const QUESTION: i32 = 1;

fn key(relationship_id: i32, department_id: i32) -> GroupKey {
    GroupKey {
        relationship_id,
        department_id,
    }
}

/// A period from `(relationship, provider, department, responses, answers to QUESTION)` rows.
fn period(rows: &[(i32, i32, i32, u32, u32)]) -> PeriodCounts {
    let mut counts = PeriodCounts::default();
    for (relationship, provider, department, responses, answers) in rows {
        counts.providers.insert(*relationship, *provider);
        let mut histogram = Histogram::default();
        if *answers > 0 {
            histogram.add(4, *answers);
        }
        counts.groups.insert(
            key(*relationship, *department),
            GroupCounts {
                responses: *responses,
                not_applicable: 0,
                questions: [(QUESTION, histogram)].into_iter().collect(),
            },
        );
    }
    counts
}

fn full(rows: &[(i32, i32, i32, u32)]) -> PeriodCounts {
    let rows: Vec<_> = rows
        .iter()
        .map(|(r, p, d, n)| (*r, *p, *d, *n, *n))
        .collect();
    period(&rows)
}

#[test]
fn a_relationship_with_k_minus_one_responses_is_hidden_and_with_k_shown() {
    let below = full(&[(1, 10, 100, K - 1)]);
    let blocks = Blocks::plan(&below, K);
    assert!(!blocks.shows(&below, &below.relationship(1)));
    assert!(!blocks.shows_question(&below, &below.relationship(1), QUESTION));

    let at = full(&[(1, 10, 100, K)]);
    let blocks = Blocks::plan(&at, K);
    assert!(blocks.shows(&at, &at.relationship(1)));
    assert!(blocks.shows_question(&at, &at.relationship(1), QUESTION));
}

#[test]
fn a_question_answered_by_fewer_than_k_is_hidden_in_a_shown_slice() {
    let counts = period(&[(1, 10, 100, 8, K - 1)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.relationship(1)));
    assert!(!blocks.shows_question(&counts, &counts.relationship(1), QUESTION));

    let counts = period(&[(1, 10, 100, 8, K)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows_question(&counts, &counts.relationship(1), QUESTION));
}

#[test]
fn a_small_customer_department_is_merged_so_the_breakdown_cannot_be_subtracted() {
    // Relationship 1: 7 from department 100, 2 from department 200. Showing department 100 next
    // to the relationship's total would reveal department 200's two answers.
    let counts = full(&[(1, 10, 100, 7), (1, 10, 200, 2)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.relationship(1)));
    assert!(!blocks.shows(&counts, &counts.provider_cell(10, 100)));
    assert!(!blocks.shows(&counts, &counts.provider_cell(10, 200)));
}

#[test]
fn a_breakdown_is_shown_when_every_part_and_the_remainder_reach_k() {
    let counts = full(&[
        (1, 10, 100, K),
        (1, 10, 200, K),
        (1, 10, 300, K - 2),
        (1, 10, 400, 2),
    ]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.provider_cell(10, 100)));
    assert!(blocks.shows(&counts, &counts.provider_cell(10, 200)));
    // 300 and 400 together make the "other departments" part of K.
    assert!(!blocks.shows(&counts, &counts.provider_cell(10, 300)));
    let other = [key(1, 300), key(1, 400)];
    assert!(blocks.shows(&counts, &other));
}

#[test]
fn remainder_of_k_minus_one_takes_in_the_smallest_department() {
    // 100: 9, 200: 6, 300: 4 → 300 alone is too small, so 200 (the smallest shown) joins it.
    let counts = full(&[(1, 10, 100, 9), (1, 10, 200, 6), (1, 10, 300, 4)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.provider_cell(10, 100)));
    assert!(!blocks.shows(&counts, &counts.provider_cell(10, 200)));
    assert!(blocks.shows(&counts, &[key(1, 200), key(1, 300)]));
}

#[test]
fn a_provider_total_is_hidden_when_its_hidden_services_hold_fewer_than_k() {
    let counts = full(&[(1, 10, 100, 8), (2, 10, 100, K - 1)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.relationship(1)));
    assert!(!blocks.shows(&counts, &counts.relationship(2)));
    assert!(!blocks.shows(&counts, &counts.provider(10)));

    let counts = full(&[(1, 10, 100, 8), (2, 10, 100, 2), (3, 10, 100, 3)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(
        blocks.shows(&counts, &counts.provider(10)),
        "2 + 3 hidden pool to k"
    );
}

#[test]
fn the_organisation_total_needs_the_unpooled_remainder_to_reach_k() {
    let counts = full(&[(1, 10, 100, 8), (2, 20, 100, 2)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(!blocks.shows(&counts, &counts.all()));
    let counts = full(&[(1, 10, 100, 8), (2, 20, 100, 2), (3, 30, 100, 3)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.all()));
    assert!(!blocks.shows(&counts, &counts.provider(20)));
}

#[test]
fn comments_need_the_comment_threshold_and_rates_need_k_invited() {
    assert!(!comments_visible(4, 5));
    assert!(comments_visible(5, 5));
    assert!(!rate_visible(K - 1, K));
    assert!(rate_visible(K, K));
}

// ---- property: nothing hidden can be derived ----------------------------------------------

/// Every slice a page, the API or an export may show for a period, as sets of groups.
fn shown_slices(counts: &PeriodCounts, blocks: &Blocks) -> Vec<Vec<GroupKey>> {
    let mut candidates = vec![counts.all()];
    let providers: std::collections::BTreeSet<i32> = counts.providers.values().copied().collect();
    let departments: std::collections::BTreeSet<i32> =
        counts.groups.keys().map(|k| k.department_id).collect();
    for relationship in counts.providers.keys() {
        candidates.push(counts.relationship(*relationship));
    }
    for provider in &providers {
        let total = counts.provider(*provider);
        let mut shown_cells = vec![];
        for department in &departments {
            let cell = counts.provider_cell(*provider, *department);
            if blocks.shows(counts, &cell) {
                shown_cells.extend(cell.iter().copied());
            }
            candidates.push(cell);
        }
        let other: Vec<GroupKey> = total
            .iter()
            .filter(|key| !shown_cells.contains(key))
            .copied()
            .collect();
        candidates.push(total);
        candidates.push(other);
    }
    candidates
        .into_iter()
        .filter(|slice| blocks.shows(counts, slice))
        .collect()
}

/// True when the 0/1 vector `target` is a linear combination of `rows` (Gaussian elimination).
fn in_span(rows: &[Vec<f64>], target: &[f64]) -> bool {
    let mut basis: Vec<Vec<f64>> = vec![];
    let mut pivots: Vec<usize> = vec![];
    for row in rows {
        let mut row = row.clone();
        reduce(&basis, &pivots, &mut row);
        if let Some(pivot) = row.iter().position(|v| v.abs() > 1e-9) {
            let scale = row[pivot];
            for v in &mut row {
                *v /= scale;
            }
            basis.push(row);
            pivots.push(pivot);
        }
    }
    let mut target = target.to_vec();
    reduce(&basis, &pivots, &mut target);
    target.iter().all(|v| v.abs() < 1e-9)
}

fn reduce(basis: &[Vec<f64>], pivots: &[usize], row: &mut [f64]) {
    for (base, pivot) in basis.iter().zip(pivots) {
        let factor = row[*pivot];
        if factor.abs() > 1e-12 {
            row.iter_mut().zip(base).for_each(|(v, b)| *v -= factor * b);
        }
    }
}

fn indicator(atoms: &[GroupKey], slice: &[GroupKey]) -> Vec<f64> {
    atoms
        .iter()
        .map(|atom| if slice.contains(atom) { 1.0 } else { 0.0 })
        .collect()
}

fn arbitrary_period() -> impl Strategy<Value = (PeriodCounts, u32)> {
    let row = (1..=5i32, 1..=4i32, 0..=12u32, 0..=12u32);
    (
        prop::collection::vec(row, 1..=9),
        prop::collection::vec(1..=3i32, 5),
        3..=6u32,
    )
        .prop_map(|(rows, providers, k)| {
            let rows: Vec<(i32, i32, i32, u32, u32)> = rows
                .into_iter()
                .map(|(rel, dept, n, a)| (rel, providers[(rel - 1) as usize], dept, n, a.min(n)))
                .collect();
            (period(&rows), k)
        })
}

/// Every subset of the answered groups that adding and subtracting shown figures yields holds
/// k responses or none, and 0 or ≥ k answers to `QUESTION` when its figures yield it.
fn nothing_hidden_is_derivable(counts: &PeriodCounts, k: u32) -> Result<(), TestCaseError> {
    let blocks = Blocks::plan(counts, k);
    for block in blocks.members() {
        prop_assert!(counts.responses(block) >= k);
    }
    let atoms: Vec<GroupKey> = counts
        .groups
        .iter()
        .filter(|(_, g)| g.responses > 0)
        .map(|(key, _)| *key)
        .collect();
    let shown = shown_slices(counts, &blocks);
    let rows: Vec<Vec<f64>> = shown.iter().map(|s| indicator(&atoms, s)).collect();
    let mut question_rows: Vec<Vec<f64>> = shown
        .iter()
        .filter(|s| blocks.shows_question(counts, s, QUESTION))
        .map(|s| indicator(&atoms, s))
        .collect();
    let reference = blocks.reference_groups(counts, QUESTION);
    if !reference.is_empty() {
        question_rows.push(indicator(&atoms, &reference));
    }
    for mask in 1u32..(1 << atoms.len()) {
        let subset: Vec<GroupKey> = atoms
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, key)| *key)
            .collect();
        let vector = indicator(&atoms, &subset);
        if in_span(&rows, &vector) {
            let responses = counts.responses(&subset);
            prop_assert!(
                responses >= k,
                "derivable subset {subset:?} holds {responses} < {k}"
            );
        }
        if in_span(&question_rows, &vector) {
            let answers = counts.histogram(&subset, QUESTION).total();
            prop_assert!(
                answers == 0 || answers >= k,
                "derivable answers of {subset:?}: {answers} < {k}"
            );
        }
    }
    Ok(())
}

/// Periods of a rotating question: each group's responses answered it only now and then (up
/// to a third of them), over more services per provider.
fn sampled_period() -> impl Strategy<Value = (PeriodCounts, u32)> {
    let row = (1..=6i32, 1..=3i32, 0..=14u32, 0..=100u32);
    (
        prop::collection::vec(row, 1..=10),
        prop::collection::vec(1..=2i32, 6),
        3..=6u32,
    )
        .prop_map(|(rows, providers, k)| {
            let rows: Vec<(i32, i32, i32, u32, u32)> = rows
                .into_iter()
                .map(|(rel, dept, n, share)| {
                    (rel, providers[(rel - 1) as usize], dept, n, n * share / 300)
                })
                .collect();
            (period(&rows), k)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_combination_of_shown_figures_reveals_fewer_than_k((counts, k) in arbitrary_period()) {
        nothing_hidden_is_derivable(&counts, k)?;
    }

    #[test]
    fn no_combination_of_a_rotating_questions_shown_figures_reveals_fewer_than_k(
        (counts, k) in sampled_period()
    ) {
        nothing_hidden_is_derivable(&counts, k)?;
    }
}

#[test]
fn an_optional_question_is_shown_for_the_service_when_its_small_department_parts_are_merged() {
    // Two departments of 6 each; 3 + 2 answered the optional question: each department alone
    // is below k, together they reach it — shown for the service, hidden per department.
    let counts = period(&[(1, 10, 100, 6, 3), (1, 10, 200, 6, 2)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows(&counts, &counts.provider_cell(10, 100)));
    assert!(blocks.shows_question(&counts, &counts.relationship(1), QUESTION));
    assert!(!blocks.shows_question(&counts, &counts.provider_cell(10, 100), QUESTION));
    assert!(!blocks.shows_question(&counts, &counts.provider_cell(10, 200), QUESTION));
}

#[test]
fn a_rotating_question_is_shown_for_the_service_when_its_departments_answers_add_up_to_k() {
    // Three departments of 6: 2, 2 and 1 of them were asked the rotating question.
    let counts = period(&[(1, 10, 100, 6, 2), (1, 10, 200, 6, 2), (1, 10, 300, 6, 1)]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows_question(&counts, &counts.relationship(1), QUESTION));
    for department in [100, 200, 300] {
        assert!(blocks.shows(&counts, &counts.provider_cell(10, department)));
        assert!(!blocks.shows_question(&counts, &counts.provider_cell(10, department), QUESTION));
    }
}

#[test]
fn a_providers_total_shows_a_question_its_services_answered_by_too_few_reach_k_together() {
    // Service 1: 6 answers, shown. Services 2 and 3: 3 and 2 answers, each hidden; together 5.
    let counts = period(&[
        (1, 10, 100, 10, 6),
        (2, 10, 100, 10, 3),
        (3, 10, 100, 10, 2),
    ]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows_question(&counts, &counts.relationship(1), QUESTION));
    assert!(!blocks.shows_question(&counts, &counts.relationship(2), QUESTION));
    assert!(!blocks.shows_question(&counts, &counts.relationship(3), QUESTION));
    assert!(blocks.shows_question(&counts, &counts.provider(10), QUESTION));

    // With 3 and 1 the pool stays below k: the provider's total withholds the question too.
    let counts = period(&[
        (1, 10, 100, 10, 6),
        (2, 10, 100, 10, 3),
        (3, 10, 100, 10, 1),
    ]);
    let blocks = Blocks::plan(&counts, K);
    assert!(blocks.shows_question(&counts, &counts.relationship(1), QUESTION));
    assert!(!blocks.shows_question(&counts, &counts.provider(10), QUESTION));
}
