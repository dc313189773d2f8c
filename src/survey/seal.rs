//! From a validated submission to the sealed record that stores it: the answers become a
//! `Ballot`, every comment gets a fresh conversation token (only its hash goes into the
//! ballot; the token itself is shown once on the thank-you page), and the ballot is sealed
//! under the current sealing key. Nothing readable is left outside the record.

use crate::domain::SecretToken;
use crate::sealing::{Ballot, BallotAnswer, BallotSection, BallotValue, SealError, SealingKeys};
use crate::store::results::sealed::{self, NewSealed};
use crate::survey::submission::{AnswerValue, ValidatedSubmission};
use chrono::{Datelike, NaiveDate};
use entity::question::QuestionKind;

/// Everything needed to store one person's answers.
#[derive(Clone, Debug)]
pub struct Submission {
    /// The invitation to mark as answered; not stored with the answers.
    pub invitation_id: i32,
    /// The wave; `None` for touchpoints.
    pub wave_id: Option<i32>,
    /// The questionnaire version answered.
    pub questionnaire_id: i32,
    /// The respondent's department when the invitation was made.
    pub customer_department_id: i32,
    /// The calendar day (UTC) of the submission: only its month is kept, for touchpoints.
    pub submitted_on: NaiveDate,
    /// The validated answers, one section per relationship.
    pub answers: ValidatedSubmission,
}

/// The private conversation link of one comment: shown once on the thank-you page, never
/// stored (only its hash is, inside the sealed record).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentLink {
    /// The section (relationship) the comment is in.
    pub relationship_id: i32,
    /// The comment question.
    pub question_id: i32,
    /// The respondent's capability token for `/c/{token}`.
    pub token: SecretToken,
}

impl Submission {
    /// Seals the submission under the current key of `keys`: the record to store and the
    /// conversation links of its comments.
    pub fn seal(
        &self,
        keys: &SealingKeys,
    ) -> Result<(sealed::Submission, Vec<CommentLink>), SealError> {
        let mut links = Vec::new();
        let sections = self
            .answers
            .sections()
            .iter()
            .map(|section| BallotSection {
                relationship_id: section.relationship_id(),
                not_applicable: section.not_applicable(),
                answers: section
                    .answers()
                    .iter()
                    .map(|given| {
                        let (value, conversation) = match &given.value {
                            AnswerValue::Number(n) => (BallotValue::Number(*n), None),
                            AnswerValue::Text(text) => {
                                let conversation = (given.kind == QuestionKind::Text).then(|| {
                                    let token = SecretToken::generate();
                                    let hash = token.hash_bytes();
                                    links.push(CommentLink {
                                        relationship_id: section.relationship_id(),
                                        question_id: given.question_id,
                                        token,
                                    });
                                    hash
                                });
                                (BallotValue::Text(text.clone()), conversation)
                            }
                        };
                        BallotAnswer {
                            question_id: given.question_id,
                            value,
                            conversation,
                        }
                    })
                    .collect(),
            })
            .collect();
        let ballot = Ballot {
            questionnaire_id: self.questionnaire_id,
            customer_department_id: self.customer_department_id,
            sections,
        };
        let sealed = ballot.seal(keys)?;
        let month = self
            .wave_id
            .is_none()
            .then(|| self.submitted_on.with_day(1).unwrap_or(self.submitted_on));
        Ok((
            sealed::Submission {
                invitation_id: self.invitation_id,
                sealed: NewSealed {
                    wave_id: self.wave_id,
                    month,
                    key_id: sealed.key_id,
                    bytes: sealed.bytes,
                },
            },
            links,
        ))
    }
}
