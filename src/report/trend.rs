//! One point of a service's trend: the headline, the internal NPS and each question's figure
//! in one final period, each with how many answered it — or why it is missing, so that a chart
//! leaves a gap ("not enough answers this round") rather than a zero or a line drawn through.

use super::figures::{FigureState, headline_value};
use super::period::PeriodReport;
use super::slice::PeriodRef;
use crate::survey::model::Section;
use entity::question::QuestionKind;
use serde::Serialize;
use utoipa::ToSchema;

/// One question's figure in one period of a trend.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct QuestionPoint {
    /// The question.
    pub question_id: i32,
    /// `shown`, `not_enough_answers` or `no_answers` (not asked this round).
    pub state: FigureState,
    /// Mean of a rating, internal NPS of a recommend question, share of "yes" (when shown).
    pub value: Option<f64>,
    /// How many answered it (when shown).
    pub answers: Option<u32>,
}

/// One point of a trend; values are absent where the period's figures were withheld.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct TrendPoint {
    /// The period.
    pub period: PeriodRef,
    /// Headline mean (overall satisfaction, 1–5).
    pub headline: Option<f64>,
    /// How many answered the headline question (when shown).
    pub headline_answers: Option<u32>,
    /// Whether the headline is shown, and if not, why.
    pub headline_state: FigureState,
    /// Internal NPS.
    pub nps: Option<i32>,
    /// How many answered the recommend question (when shown).
    pub nps_answers: Option<u32>,
    /// Whether the internal NPS is shown, and if not, why.
    pub nps_state: FigureState,
    /// The rating, recommend and yes/no questions of the period that the service asks.
    pub questions: Vec<QuestionPoint>,
}

/// The trend point of `section`'s relationship in `report`.
pub fn point(report: &PeriodReport, section: &Section) -> TrendPoint {
    let slice = report.counts.relationship(section.relationship_id);
    let state = |question: Option<&crate::survey::model::Question>| {
        question.map_or(FigureState::NoAnswers, |q| report.state(&slice, q))
    };
    let headline = report.headline_figure(&slice);
    let nps = report.nps_figure(&slice);
    let questions = report
        .questions
        .iter()
        .filter(|q| {
            matches!(
                q.kind,
                QuestionKind::Rating | QuestionKind::Recommend | QuestionKind::YesNo
            ) && section.asks(*q)
        })
        .map(|question| {
            let figure = report.figure(&slice, question);
            QuestionPoint {
                question_id: question.id,
                state: report.state(&slice, question),
                value: figure
                    .as_ref()
                    .and_then(|f| headline_value(question.kind, f)),
                answers: figure.as_ref().map(|f| f.answers),
            }
        })
        .collect();
    TrendPoint {
        period: PeriodRef::from(&report.period),
        headline: headline.as_ref().and_then(|f| f.mean),
        headline_answers: headline.as_ref().map(|f| f.answers),
        headline_state: state(report.headline_question()),
        nps: nps.as_ref().and_then(|f| f.nps.as_ref()).map(|n| n.score),
        nps_answers: nps.as_ref().map(|f| f.answers),
        nps_state: state(report.recommend_question()),
        questions,
    }
}
