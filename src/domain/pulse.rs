//! How long a pulse is: the defaults of a short pulse and an honest estimate of the time a
//! survey takes, from the questions it actually asks. Pure code.

use entity::question::QuestionKind;

/// Rotating questions per section a new cycle asks besides the core questions.
pub const DEFAULT_ROTATING_PER_SECTION: i32 = 1;

/// Most questions a new cycle asks one employee per wave, all sections together.
pub const DEFAULT_MAX_ANSWERS_PER_WAVE: i32 = 10;

/// Seconds a choice question (rating, score, yes/no, option) takes to answer.
pub const SECONDS_PER_CHOICE: u32 = 7;

/// Seconds a comment field takes to answer.
pub const SECONDS_PER_TEXT: u32 = 40;

/// Seconds one question of `kind` takes to answer.
pub fn seconds(kind: QuestionKind) -> u32 {
    match kind {
        QuestionKind::Text | QuestionKind::Thanks => SECONDS_PER_TEXT,
        QuestionKind::Rating
        | QuestionKind::Recommend
        | QuestionKind::YesNo
        | QuestionKind::Choice
        | QuestionKind::LostTime => SECONDS_PER_CHOICE,
    }
}

/// The estimate in whole minutes, rounded up, at least one.
pub fn minutes(seconds: u32) -> u32 {
    seconds.div_ceil(60).max(1)
}

/// The estimate in whole minutes for questions of these kinds.
pub fn minutes_for(kinds: impl IntoIterator<Item = QuestionKind>) -> u32 {
    minutes(kinds.into_iter().map(seconds).sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_sections_of_two_ratings_a_comment_and_one_rotating_rating_take_about_four_minutes() {
        let section = [
            QuestionKind::Rating,
            QuestionKind::Rating,
            QuestionKind::Text,
            QuestionKind::Rating,
        ];
        let kinds = section.iter().chain(&section).chain(&section).copied();

        // 9 × 7 s + 3 × 40 s = 183 s.
        assert_eq!(minutes_for(kinds), 4);
    }

    #[test]
    fn a_single_choice_question_is_still_about_a_minute() {
        assert_eq!(minutes_for([QuestionKind::YesNo]), 1);
        assert_eq!(minutes(0), 1);
    }
}
