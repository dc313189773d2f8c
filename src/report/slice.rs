//! One relationship's results in one final period, as far as the gate lets them out: counts,
//! response rate, a figure per question with the organisation's reference, dimension scores,
//! the "meets the service standard" share and the comments.

use super::figures::{Figure, FigureState, Nps};
use super::gate::{comments_visible, rate_visible};
use super::period::PeriodReport;
use crate::store::results::{Comment, Period};
use crate::survey::form::{Languages, question_labels};
use crate::survey::model::Section;
use chrono::{DateTime, NaiveDate, Utc};
use entity::question::{Dimension, QuestionKind};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// Which period a figure belongs to.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PeriodRef {
    /// The period's id.
    pub id: i32,
    /// The wave, for a survey wave.
    pub wave_id: Option<i32>,
    /// The first day of the month, for touchpoints.
    pub month: Option<NaiveDate>,
    /// Beginning.
    pub starts_at: DateTime<Utc>,
    /// End.
    pub ends_at: DateTime<Utc>,
}

impl From<&Period> for PeriodRef {
    fn from(period: &Period) -> Self {
        Self {
            id: period.id,
            wave_id: period.wave_id,
            month: period.month,
            starts_at: period.starts_at,
            ends_at: period.ends_at,
        }
    }
}

/// The organisation-wide reference for a question.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Reference {
    /// Mean over the organisation.
    pub mean: Option<f64>,
    /// Favourable share over the organisation, 0–100.
    pub favourable: Option<f64>,
    /// Internal NPS over the organisation.
    pub nps: Option<i32>,
}

/// One question's result.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct QuestionResult {
    /// The question.
    pub question_id: i32,
    /// `rating`, `recommend`, `yes_no`, `choice` or `lost_time`.
    #[schema(value_type = String)]
    pub kind: QuestionKind,
    /// What it measures.
    #[schema(value_type = String)]
    pub dimension: Dimension,
    /// The question as asked, in the reader's language.
    pub prompt: String,
    /// Labels of the options of choice and lost-time questions.
    pub options: Vec<String>,
    /// `shown`, or `not_enough_answers` when too few answered it in this slice this round.
    pub state: FigureState,
    /// How many answered it (when shown; the same as `figure.answers`).
    pub answers: Option<u32>,
    /// The figure; absent when fewer than k answered the question.
    pub figure: Option<Figure>,
    /// The organisation's figure for the same question, when it may be shown.
    pub organisation: Option<Reference>,
}

/// The pooled mean of the rating questions of one dimension: of those whose figures are
/// shown this round, saying how many of the dimension's questions that is.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DimensionScore {
    /// The dimension.
    #[schema(value_type = String)]
    pub dimension: Dimension,
    /// Mean on 1–5 of every answer to its shown rating questions; absent when none of them
    /// had enough answers this round.
    pub mean: Option<f64>,
    /// Answers the mean pools.
    pub answers: u32,
    /// Rating questions of the dimension whose answers the mean uses.
    pub questions: u32,
    /// Rating questions of the dimension in the questionnaire, whether asked this round, shown
    /// or withheld.
    pub of_questions: u32,
}

/// A comment or a thanks, without date or author.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CommentItem {
    /// True for thanks, false for a comment.
    pub thanks: bool,
    /// The question it answers.
    pub question_id: i32,
    /// The text.
    pub text: String,
    /// The private conversation with its author, if there is one.
    pub conversation_id: Option<Uuid>,
}

/// A relationship's results in one period.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct SliceResults {
    /// The period.
    pub period: PeriodRef,
    /// False when fewer than k answered (or the slice would allow subtraction): every
    /// number below is then absent.
    pub shown: bool,
    /// Responses with answers.
    pub responses: Option<u32>,
    /// "Haven't used it" responses.
    pub not_applicable: Option<u32>,
    /// Invitations that asked about the service (only when at least k).
    pub invited: Option<u32>,
    /// Share of invitations answered, 0–100.
    pub response_rate: Option<f64>,
    /// Responses answered in earlier rounds and released with this one (only when shown).
    pub carried_over: Option<u32>,
    /// The opening day of the earliest round they come from.
    pub carried_from: Option<chrono::NaiveDate>,
    /// One result per numeric question.
    pub questions: Vec<QuestionResult>,
    /// Pooled rating means per dimension of the questionnaire.
    pub dimensions: Vec<DimensionScore>,
    /// Share agreeing that the service standard is met, 0–100.
    pub meets_standard: Option<f64>,
    /// Whether the comments may be shown (enough responses).
    pub comments_shown: bool,
    /// How many comments and thanks there are (0 when withheld).
    pub comments_total: usize,
    /// The first comments and thanks in shuffled order (at most `DASHBOARD_COMMENTS`); empty
    /// when withheld.
    pub comments: Vec<CommentItem>,
}

/// The thresholds the figures were gated with.
#[derive(Clone, Copy, Debug)]
pub struct Thresholds {
    /// k for figures.
    pub min_group_size: u32,
    /// The threshold for comments.
    pub min_comment_group_size: u32,
}

/// The results of `section`'s relationship in `report`, with its `comments` (already loaded
/// for this period and relationship; they are dropped unless the comment gate passes).
pub fn slice_results(
    report: &PeriodReport,
    section: &Section,
    languages: Languages<'_>,
    thresholds: Thresholds,
    comments: &[Comment],
) -> SliceResults {
    let slice = report.counts.relationship(section.relationship_id);
    let shown = report.shows(&slice);
    let responses = report.counts.responses(&slice);
    let participation = report
        .participation
        .get(&section.relationship_id)
        .copied()
        .unwrap_or_default();
    let rate_shown = shown && rate_visible(participation.invited, thresholds.min_group_size);
    let questions: Vec<QuestionResult> = report
        .questions
        .iter()
        .filter(|q| section.asks(q))
        .map(|question| {
            let (prompt, options) = question_labels(section, question, languages);
            let figure = report.figure(&slice, question);
            QuestionResult {
                question_id: question.id,
                kind: question.kind,
                dimension: question.dimension,
                prompt,
                options,
                state: report.state(&slice, question),
                answers: figure.as_ref().map(|f| f.answers),
                figure,
                organisation: report.reference(question).map(|f| Reference {
                    mean: f.mean,
                    favourable: f.favourable,
                    nps: f.nps.map(|n: Nps| n.score),
                }),
            }
        })
        .collect();
    let visible = visible_comments(report, section.relationship_id, thresholds, comments);
    let comments_shown = visible.is_some();
    let comments = visible.unwrap_or_default();
    SliceResults {
        period: PeriodRef::from(&report.period),
        shown,
        responses: shown.then_some(responses),
        not_applicable: shown.then(|| report.counts.not_applicable(&slice)),
        invited: rate_shown.then_some(participation.invited),
        response_rate: rate_shown.then(|| {
            f64::from(participation.answered) * 100.0 / f64::from(participation.invited.max(1))
        }),
        carried_over: (shown && participation.carried_over > 0)
            .then_some(participation.carried_over),
        carried_from: (shown && participation.carried_over > 0)
            .then_some(participation.carried_from)
            .flatten(),
        dimensions: if shown {
            dimension_scores(report, section, &questions)
        } else {
            vec![]
        },
        meets_standard: questions
            .iter()
            .find(|q| q.kind == QuestionKind::Rating && q.dimension == Dimension::Standard)
            .and_then(|q| q.figure.as_ref())
            .and_then(|f| f.favourable),
        questions: if shown { questions } else { vec![] },
        comments_shown,
        comments_total: comments.len(),
        comments: comments.into_iter().take(DASHBOARD_COMMENTS).collect(),
    }
}

/// Comments shown on a dashboard; the rest are a click away.
pub const DASHBOARD_COMMENTS: usize = 20;

/// The comments and thanks of a relationship in `report`, or `None` when the comment gate
/// withholds them: fewer answered responses than `anonymity.min_comment_group_size` (the same
/// rule `report::comment_gate` applies to threads and the thanks wall).
pub fn visible_comments(
    report: &PeriodReport,
    relationship_id: i32,
    thresholds: Thresholds,
    comments: &[Comment],
) -> Option<Vec<CommentItem>> {
    let slice = report.counts.relationship(relationship_id);
    let shown = comments_visible(
        report.counts.responses(&slice),
        thresholds.min_comment_group_size,
    );
    shown.then(|| {
        comments
            .iter()
            .map(|c| CommentItem {
                thanks: c.kind == QuestionKind::Thanks,
                question_id: c.question_id,
                text: c.text.clone(),
                conversation_id: c.conversation_id,
            })
            .collect()
    })
}

/// The score of `dimension` in `scores` (with the sum of its answers), new when missing.
fn score(
    scores: &mut BTreeMap<String, (DimensionScore, f64)>,
    dimension: Dimension,
) -> &mut (DimensionScore, f64) {
    scores.entry(format!("{dimension:?}")).or_insert_with(|| {
        let empty = DimensionScore {
            dimension,
            mean: None,
            answers: 0,
            questions: 0,
            of_questions: 0,
        };
        (empty, 0.0)
    })
}

/// Pooled means of the shown rating questions, per dimension of the rating questions of the
/// period's questionnaire that `section` asks, in a fixed order.
fn dimension_scores(
    report: &PeriodReport,
    section: &Section,
    questions: &[QuestionResult],
) -> Vec<DimensionScore> {
    let mut scores: BTreeMap<String, (DimensionScore, f64)> = BTreeMap::new();
    let ratings = report
        .asked
        .iter()
        .filter(|q| q.kind == QuestionKind::Rating && section.asks(*q));
    for question in ratings {
        score(&mut scores, question.dimension).0.of_questions += 1;
    }
    for question in questions.iter().filter(|q| q.kind == QuestionKind::Rating) {
        let Some(figure) = &question.figure else {
            continue;
        };
        let Some(mean) = figure.mean else { continue };
        let (entry, sum) = score(&mut scores, question.dimension);
        *sum += mean * f64::from(figure.answers);
        entry.answers += figure.answers;
        entry.questions += 1;
        entry.of_questions = entry.of_questions.max(entry.questions);
    }
    scores
        .into_values()
        .map(|(mut score, sum)| {
            score.mean = (score.answers > 0).then(|| sum / f64::from(score.answers));
            score
        })
        .collect()
}
