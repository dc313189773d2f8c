//! Figures from a histogram of answers: mean, distribution, favourable share, internal NPS.
//! Pure arithmetic; the gate has already decided that the histogram may be shown.

use super::gate::Histogram;
use entity::question::QuestionKind;
use serde::Serialize;

/// One bar of a distribution.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Bar {
    /// The value answered (rating, score, 1/0 for yes/no, option index).
    pub value: i32,
    /// Answers that gave it.
    pub answers: u32,
    /// Share of all answers, 0–100.
    pub percent: f64,
}

/// Internal NPS: promoters (9–10) minus detractors (0–6), in percentage points.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Nps {
    /// −100 to 100, rounded.
    pub score: i32,
    /// Share of promoters, 0–100.
    pub promoters: f64,
    /// Share of passives (7–8), 0–100.
    pub passives: f64,
    /// Share of detractors, 0–100.
    pub detractors: f64,
}

/// What a shown histogram says.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Figure {
    /// Number of answers.
    pub answers: u32,
    /// Mean of the values (rating and recommend questions).
    pub mean: Option<f64>,
    /// Share answering 4–5 on a rating, or "yes" on a yes/no question, 0–100.
    pub favourable: Option<f64>,
    /// Internal NPS of a recommend question.
    pub nps: Option<Nps>,
    /// Every possible value with its count, in value order.
    pub distribution: Vec<Bar>,
}

/// Whether a question's figure is shown in a slice of a period, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FigureState {
    /// Shown: at least k answered it, and no smaller group can be worked out from it.
    Shown,
    /// Withheld: the period holds answers to the question, but too few in this slice (fewer
    /// than k, or showing them would let a smaller group be worked out) — "not enough answers
    /// this round".
    NotEnoughAnswers,
    /// The period holds no answer to the question at all (not asked, or not yet in the
    /// questionnaire).
    NoAnswers,
}

/// The number that sums up a figure in a trend: the mean of a rating, the internal NPS of a
/// recommend question, the share of "yes" of a yes/no question; `None` for other kinds.
pub fn headline_value(kind: QuestionKind, figure: &Figure) -> Option<f64> {
    match kind {
        QuestionKind::Rating => figure.mean,
        QuestionKind::Recommend => figure.nps.as_ref().map(|nps| f64::from(nps.score)),
        QuestionKind::YesNo => figure.favourable,
        _ => None,
    }
}

/// The values a question of `kind` can take.
pub fn values(kind: QuestionKind, option_count: i32) -> Vec<i32> {
    match kind {
        QuestionKind::Rating => (1..=5).collect(),
        QuestionKind::Recommend => (0..=10).collect(),
        QuestionKind::YesNo => vec![1, 0],
        QuestionKind::Choice | QuestionKind::LostTime => (0..option_count.max(0)).collect(),
        QuestionKind::Text | QuestionKind::Thanks => vec![],
    }
}

fn percent(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) * 100.0 / f64::from(whole)
    }
}

/// The mean of the values in `histogram`, if it has any answers.
pub fn mean(histogram: &Histogram) -> Option<f64> {
    let total = histogram.total();
    (total > 0).then(|| {
        let sum: f64 = histogram
            .iter()
            .map(|(value, count)| f64::from(value) * f64::from(count))
            .sum();
        sum / f64::from(total)
    })
}

/// Internal NPS of a 0–10 histogram, if it has any answers.
pub fn nps(histogram: &Histogram) -> Option<Nps> {
    let total = histogram.total();
    if total == 0 {
        return None;
    }
    let between = |low: i32, high: i32| -> u32 {
        histogram
            .iter()
            .filter(|(value, _)| (low..=high).contains(value))
            .map(|(_, count)| count)
            .sum()
    };
    let promoters = percent(between(9, 10), total);
    let passives = percent(between(7, 8), total);
    let detractors = percent(between(0, 6), total);
    #[expect(
        clippy::cast_possible_truncation,
        reason = "the difference of two shares lies within −100..=100"
    )]
    let score = (promoters - detractors).round() as i32;
    Some(Nps {
        score,
        promoters,
        passives,
        detractors,
    })
}

/// The figure of a histogram for a question of `kind`.
pub fn figure(kind: QuestionKind, option_count: i32, histogram: &Histogram) -> Figure {
    let answers = histogram.total();
    let distribution = values(kind, option_count)
        .into_iter()
        .map(|value| Bar {
            value,
            answers: histogram.count(value),
            percent: percent(histogram.count(value), answers),
        })
        .collect();
    let favourable = match kind {
        QuestionKind::Rating => Some(percent(histogram.count(4) + histogram.count(5), answers)),
        QuestionKind::YesNo => Some(percent(histogram.count(1), answers)),
        _ => None,
    };
    Figure {
        answers,
        mean: matches!(kind, QuestionKind::Rating | QuestionKind::Recommend)
            .then(|| mean(histogram))
            .flatten(),
        favourable,
        nps: (kind == QuestionKind::Recommend)
            .then(|| nps(histogram))
            .flatten(),
        distribution,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn histogram(pairs: &[(i32, u32)]) -> Histogram {
        let mut h = Histogram::default();
        for (value, count) in pairs {
            h.add(*value, *count);
        }
        h
    }

    #[test]
    fn a_rating_has_its_mean_favourable_share_and_all_five_bars() {
        let figure = figure(
            QuestionKind::Rating,
            0,
            &histogram(&[(5, 2), (4, 1), (2, 1), (1, 1)]),
        );
        assert_eq!(figure.answers, 5);
        assert_eq!(figure.mean, Some(3.4));
        assert_eq!(figure.favourable, Some(60.0));
        let bars: Vec<(i32, u32)> = figure
            .distribution
            .iter()
            .map(|b| (b.value, b.answers))
            .collect();
        assert_eq!(bars, vec![(1, 1), (2, 1), (3, 0), (4, 1), (5, 2)]);
        assert!(figure.nps.is_none());
    }

    #[test]
    fn nps_is_promoters_minus_detractors() {
        // 3 promoters, 1 passive, 2 detractors of 6: 50 % − 33.3 % = 17.
        let figure = figure(
            QuestionKind::Recommend,
            0,
            &histogram(&[(10, 2), (9, 1), (7, 1), (6, 1), (0, 1)]),
        );
        let nps = figure.nps.unwrap();
        assert_eq!(nps.score, 17);
        assert_eq!(nps.promoters, 50.0);
        assert_eq!(figure.distribution.len(), 11);
    }

    #[test]
    fn yes_no_shows_the_share_of_yes() {
        let figure = figure(QuestionKind::YesNo, 0, &histogram(&[(1, 3), (0, 1)]));
        assert_eq!(figure.favourable, Some(75.0));
        assert_eq!(figure.mean, None);
    }

    #[test]
    fn lost_time_bars_follow_the_options() {
        let figure = figure(QuestionKind::LostTime, 5, &histogram(&[(0, 4), (3, 1)]));
        assert_eq!(figure.distribution.len(), 5);
        assert_eq!(figure.distribution[3].percent, 20.0);
    }
}
