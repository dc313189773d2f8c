//! What a final period counted, before the anonymity gate (`report::gate`) decides what may be
//! shown: responses and answer histograms per group (relationship × customer department).
//! The store fills these from sealed aggregates; plain values, no rule about visibility.

use std::collections::BTreeMap;

/// One group of a period: the responses about one relationship from one customer department.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GroupKey {
    /// The relationship answered about.
    pub relationship_id: i32,
    /// The respondents' department.
    pub department_id: i32,
}

/// How many answers gave each value to one question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Histogram(BTreeMap<i32, u32>);

impl Histogram {
    /// Adds `count` answers of `value`.
    pub fn add(&mut self, value: i32, count: u32) {
        *self.0.entry(value).or_insert(0) += count;
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &Histogram) {
        for (value, count) in &other.0 {
            self.add(*value, *count);
        }
    }

    /// Number of answers.
    pub fn total(&self) -> u32 {
        self.0.values().sum()
    }

    /// Answers that gave `value`.
    pub fn count(&self, value: i32) -> u32 {
        self.0.get(&value).copied().unwrap_or(0)
    }

    /// `(value, answers)` pairs in value order.
    pub fn iter(&self) -> impl Iterator<Item = (i32, u32)> + '_ {
        self.0.iter().map(|(value, count)| (*value, *count))
    }
}

/// The counts of one group.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupCounts {
    /// Responses with answers ("not applicable" excluded).
    pub responses: u32,
    /// Responses that said "I haven't used this service recently".
    pub not_applicable: u32,
    /// Numeric answers per question.
    pub questions: BTreeMap<i32, Histogram>,
}

/// Everything counted in one final period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeriodCounts {
    /// The groups with their counts.
    pub groups: BTreeMap<GroupKey, GroupCounts>,
    /// The providing department of every relationship of the period.
    pub providers: BTreeMap<i32, i32>,
}

impl PeriodCounts {
    /// The groups about `relationship_id`.
    pub fn relationship(&self, relationship_id: i32) -> Vec<GroupKey> {
        self.keys(|key, _| key.relationship_id == relationship_id)
    }

    /// The groups about any relationship of `provider_id`.
    pub fn provider(&self, provider_id: i32) -> Vec<GroupKey> {
        self.keys(|key, providers| providers.get(&key.relationship_id) == Some(&provider_id))
    }

    /// The groups from `department_id` about any relationship of `provider_id`.
    pub fn provider_cell(&self, provider_id: i32, department_id: i32) -> Vec<GroupKey> {
        self.keys(|key, providers| {
            key.department_id == department_id
                && providers.get(&key.relationship_id) == Some(&provider_id)
        })
    }

    /// Every group of the period.
    pub fn all(&self) -> Vec<GroupKey> {
        self.groups.keys().copied().collect()
    }

    fn keys(&self, keep: impl Fn(&GroupKey, &BTreeMap<i32, i32>) -> bool) -> Vec<GroupKey> {
        self.groups
            .keys()
            .filter(|key| keep(key, &self.providers))
            .copied()
            .collect()
    }

    /// Responses (not "not applicable") in `slice`.
    pub fn responses(&self, slice: &[GroupKey]) -> u32 {
        slice
            .iter()
            .filter_map(|key| self.groups.get(key))
            .map(|group| group.responses)
            .sum()
    }

    /// "Not applicable" responses in `slice`.
    pub fn not_applicable(&self, slice: &[GroupKey]) -> u32 {
        slice
            .iter()
            .filter_map(|key| self.groups.get(key))
            .map(|group| group.not_applicable)
            .sum()
    }

    /// The answers to `question_id` in `slice`, added up.
    pub fn histogram(&self, slice: &[GroupKey], question_id: i32) -> Histogram {
        let mut total = Histogram::default();
        for group in slice.iter().filter_map(|key| self.groups.get(key)) {
            if let Some(histogram) = group.questions.get(&question_id) {
                total.merge(histogram);
            }
        }
        total
    }
}
