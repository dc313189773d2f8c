//! How demo respondents answer: each relationship has a profile (a mean score that stays,
//! rises or slips over the weeks, and one weaker dimension), each respondent a mood around it;
//! ratings, internal NPS, lost time, comments and thanks follow from that. Public so the
//! benchmark (`benches/pipeline`) answers like the demo's respondents do.

use super::texts::{self, Theme};
use crate::domain::Locale;
use entity::question::{self, Dimension, QuestionKind};
use rand::Rng;

/// The way customers of one relationship answer over the weeks of the demo history.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    start: f64,
    end: f64,
    change_from_week: usize,
    weak: Dimension,
    weak_by: f64,
}

impl Profile {
    /// The same mean score every week; `weak` scores `weak_by` lower.
    pub const fn steady(mean: f64, weak: Dimension, weak_by: f64) -> Self {
        Self::changing(mean, mean, 0, weak, weak_by)
    }

    /// `start` until `change_from_week`, then moving in even steps to `end` in the last week.
    pub const fn changing(
        start: f64,
        end: f64,
        change_from_week: usize,
        weak: Dimension,
        weak_by: f64,
    ) -> Self {
        Self {
            start,
            end,
            change_from_week,
            weak,
            weak_by,
        }
    }

    /// The mean 1–5 score in `week` (0-based) of `weeks`.
    pub fn mean(&self, week: usize, weeks: usize) -> f64 {
        if week < self.change_from_week || weeks <= self.change_from_week {
            return self.start;
        }
        let steps = (weeks - self.change_from_week) as f64;
        let step = (week - self.change_from_week + 1) as f64;
        self.start + (self.end - self.start) * step / steps
    }
}

/// One answer to store: the question and its number or text.
pub struct GivenAnswer {
    /// The question.
    pub question_id: i32,
    /// Rating, score or option index.
    pub value_number: Option<i32>,
    /// Comment or thanks.
    pub value_text: Option<String>,
}

/// Roughly normal noise with standard deviation `sd` (sum of three uniforms).
fn noise(rng: &mut impl Rng, sd: f64) -> f64 {
    let sum: f64 = (0..3).map(|_| rng.random::<f64>()).sum();
    (sum - 1.5) * 2.0 * sd
}

fn clamp_round(value: f64, low: i32, high: i32) -> i32 {
    (value.round() as i32).clamp(low, high)
}

/// The answers of one respondent to one section, given the relationship's profile, the
/// week, and the respondent's language (for texts).
pub fn answer_section(
    rng: &mut impl Rng,
    profile: &Profile,
    week: usize,
    weeks: usize,
    questions: &[question::Model],
    locale: Locale,
) -> Vec<GivenAnswer> {
    let mood = profile.mean(week, weeks) + noise(rng, 0.55);
    let mut ratings: Vec<(Dimension, i32)> = Vec::new();
    let mut given = Vec::with_capacity(questions.len());
    for question in questions {
        let (number, text) = match question.kind {
            QuestionKind::Rating => {
                let weak = if question.dimension == profile.weak {
                    profile.weak_by
                } else {
                    0.0
                };
                let value = clamp_round(mood - weak + noise(rng, 0.4), 1, 5);
                ratings.push((question.dimension, value));
                (Some(value), None)
            }
            // Internal NPS follows overall satisfaction: 5 → 10, 3 → 5, 1 → 0.
            QuestionKind::Recommend => (
                Some(clamp_round((mood - 1.0) * 2.5 + noise(rng, 1.0), 0, 10)),
                None,
            ),
            QuestionKind::LostTime if rng.random_bool(0.9) => {
                let band = (4.3 - mood) * 1.1 + noise(rng, 0.5);
                (
                    Some(clamp_round(band, 0, question.option_count.max(1) - 1)),
                    None,
                )
            }
            QuestionKind::Text if rng.random_bool(0.3) => {
                let theme = theme_of(&ratings, profile.weak);
                (None, Some(texts::suggestion(rng, theme, locale).to_owned()))
            }
            QuestionKind::Thanks if rng.random_bool((0.15 * mood / 3.7).clamp(0.03, 0.3)) => {
                (None, Some(texts::thanks(rng, locale).to_owned()))
            }
            _ => (None, None),
        };
        if number.is_some() || text.is_some() {
            given.push(GivenAnswer {
                question_id: question.id,
                value_number: number,
                value_text: text,
            });
        }
    }
    given
}

/// What a respondent's suggestion is about: their lowest-rated dimension (the profile's weak
/// one on a tie), or nothing much when every rating is 4 or more.
fn theme_of(ratings: &[(Dimension, i32)], weak: Dimension) -> Theme {
    let Some(lowest) = ratings.iter().map(|(_, value)| *value).min() else {
        return Theme::Positive;
    };
    if lowest >= 4 {
        return Theme::Positive;
    }
    let dimension = if ratings.contains(&(weak, lowest)) {
        weak
    } else {
        ratings
            .iter()
            .find(|(_, value)| *value == lowest)
            .map_or(weak, |(dimension, _)| *dimension)
    };
    match dimension {
        Dimension::Responsiveness => Theme::Responsiveness,
        Dimension::Communication => Theme::Communication,
        Dimension::Standard => Theme::Standard,
        _ => Theme::Reliability,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changing_profile_holds_until_its_week_and_ends_at_its_target() {
        let profile = Profile::changing(3.0, 4.0, 4, Dimension::Responsiveness, 0.5);
        assert_eq!(profile.mean(3, 8), 3.0);
        assert!(profile.mean(5, 8) > 3.0 && profile.mean(5, 8) < 4.0);
        assert!((profile.mean(7, 8) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn suggestions_are_about_the_lowest_rating() {
        let ratings = [(Dimension::Overall, 3), (Dimension::Communication, 2)];
        assert_eq!(
            theme_of(&ratings, Dimension::Standard),
            Theme::Communication
        );
        let happy = [(Dimension::Overall, 5), (Dimension::Standard, 4)];
        assert_eq!(theme_of(&happy, Dimension::Standard), Theme::Positive);
    }
}
