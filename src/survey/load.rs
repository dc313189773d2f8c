//! From the token in a survey link to what the page may show: unknown (404), closed (410),
//! already answered (409), or an open survey with its sections, questions and the providers'
//! recent actions ("you said, we did").

use crate::domain::{Locale, SecretToken};
use crate::store::followup::you_said_we_did::{self, ActionNote};
use crate::store::survey::{self, InvitationInfo};
use crate::store::{invitations::lookup, survey::survey_group};
use crate::survey::model::{Question, Section, resolve};
use crate::survey::question_key_cache::QuestionKeyCache;
use crate::survey::seal::Submission;
use crate::survey::submission::{QuestionSpec, SectionSpec, ValidatedSubmission};
use crate::waves::rotation::RotationKey;
use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use entity::invitation::InvitationKind;
use entity::wave::WaveState;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;

/// Whether a found invitation may still be answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// The wave closed or the touchpoint link expired (410). Checked first: a dead link is
    /// dead, whether or not it was used.
    Closed,
    /// The link was used already (409).
    Answered,
    /// The survey may be shown and answered.
    Open,
}

/// The access rule: wave links live until the wave is closed or `closes_at` has passed; touchpoint
/// links until `expires_at`; a used link cannot be used again.
pub fn access(invitation: &InvitationInfo, now: DateTime<Utc>) -> Access {
    let closed = match invitation.kind {
        InvitationKind::Wave => invitation
            .wave
            .as_ref()
            .is_none_or(|w| w.state == WaveState::Closed || w.closes_at <= now),
        InvitationKind::Touchpoint => invitation.expires_at.is_none_or(|at| at <= now),
    };
    if closed {
        Access::Closed
    } else if invitation.answered {
        Access::Answered
    } else {
        Access::Open
    }
}

/// Where a submission of an open invitation is stored: everything `survey::seal` needs
/// besides the answers themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[expect(
    clippy::struct_field_names,
    reason = "each field is the id of a different table"
)]
pub struct SurveyKey {
    invitation_id: i32,
    wave_id: Option<i32>,
    questionnaire_id: i32,
    customer_department_id: i32,
}

impl SurveyKey {
    /// The submission to store for `answers`, dated `today`.
    pub fn submission(&self, answers: ValidatedSubmission, today: NaiveDate) -> Submission {
        Submission {
            invitation_id: self.invitation_id,
            wave_id: self.wave_id,
            questionnaire_id: self.questionnaire_id,
            customer_department_id: self.customer_department_id,
            submitted_on: today,
            answers,
        }
    }
}

/// An invitation that may be answered, with everything its page and its submission need.
#[derive(Clone, Debug)]
pub struct OpenSurvey {
    key: SurveyKey,
    /// The employee's locale, when it is a shipped one.
    pub employee_locale: Option<Locale>,
    /// Touchpoint context, e.g. "ticket #4711".
    pub context_label: Option<String>,
    /// The sections in display order.
    pub sections: Vec<Section>,
    /// The questionnaire's questions in order (each section shows those it `asks`).
    pub questions: Vec<Question>,
    /// "You said, we did": the providers' recent actions, by relationship.
    pub you_said_we_did: HashMap<i32, Vec<ActionNote>>,
    /// For a wave: how many colleagues the answers count with, and how many changes to
    /// that group's roster since the wave opened (so a stuffed group shows).
    pub group: Option<survey_group::Group>,
}

impl OpenSurvey {
    /// What the validator checks a submitted form against.
    pub fn specs(&self) -> Vec<SectionSpec> {
        self.sections
            .iter()
            .map(|section| SectionSpec {
                relationship_id: section.relationship_id,
                questions: self
                    .questions
                    .iter()
                    .filter(|q| section.asks(q))
                    .map(|q| QuestionSpec {
                        id: q.id,
                        kind: q.kind,
                        required: q.required,
                        option_count: q.option_count,
                    })
                    .collect(),
            })
            .collect()
    }

    /// The submission to store for `answers`, dated `today`.
    pub fn submission(&self, answers: ValidatedSubmission, today: NaiveDate) -> Submission {
        self.key.submission(answers, today)
    }
}

/// What a survey link leads to.
#[derive(Clone, Debug)]
pub enum Loaded {
    /// Malformed or unknown token.
    Unknown,
    /// Closed wave or expired touchpoint; carries the employee's locale.
    Closed(Option<Locale>),
    /// Already answered; carries the employee's locale.
    Answered(Option<Locale>),
    /// Ready to answer.
    Open(Box<OpenSurvey>),
}

/// What validating and storing a submission needs, without question texts: the survey's key,
/// the employee's locale and the section names (for the thank-you page) and the questions of
/// each section.
#[derive(Clone, Debug)]
pub struct SubmissionTarget {
    key: SurveyKey,
    /// The employee's locale, when it is a shipped one.
    pub employee_locale: Option<Locale>,
    /// The sections with the questions each asks, in display order.
    pub specs: Vec<SectionSpec>,
    /// The sections with their service and provider names, in display order.
    pub sections: Vec<Section>,
}

impl SubmissionTarget {
    /// The submission to store for `answers`, dated `today`.
    pub fn submission(&self, answers: ValidatedSubmission, today: NaiveDate) -> Submission {
        self.key.submission(answers, today)
    }
}

/// Where a submission to a survey link goes.
#[derive(Clone, Debug)]
pub enum Target {
    /// The survey may be answered.
    Open(Box<SubmissionTarget>),
    /// It may not: unknown, closed or answered (never `Loaded::Open`).
    Refused(Loaded),
}

/// An open invitation found by its token, before its sections and questions are read.
struct Found {
    key: SurveyKey,
    employee_locale: Option<Locale>,
    context_label: Option<String>,
}

/// Checks that `invitation` may be answered as of `now` and finds its questionnaire; the
/// refusal when it may not.
async fn open_survey(
    db: &impl ConnectionTrait,
    invitation: InvitationInfo,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<Found, Loaded>> {
    let employee_locale = Locale::parse(&invitation.employee_locale).ok();
    match access(&invitation, now) {
        Access::Closed => return Ok(Err(Loaded::Closed(employee_locale))),
        Access::Answered => return Ok(Err(Loaded::Answered(employee_locale))),
        Access::Open => {}
    }
    let questionnaire_id = match &invitation.wave {
        Some(wave) => wave.questionnaire_id,
        None => survey::touchpoint_questionnaire(db)
            .await?
            .context("No questionnaire exists for a touchpoint survey")?,
    };
    Ok(Ok(Found {
        key: SurveyKey {
            invitation_id: invitation.id,
            wave_id: invitation.wave_id,
            questionnaire_id,
            customer_department_id: invitation.employee_department_id,
        },
        employee_locale,
        context_label: invitation.context_label,
    }))
}

/// Looks up the survey behind `raw_token` (only its hash is compared) as of `now`, with
/// everything its page shows.
pub async fn load(
    db: &impl ConnectionTrait,
    rotation: &RotationKey,
    raw_token: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Loaded> {
    let Ok(token) = SecretToken::parse(raw_token) else {
        return Ok(Loaded::Unknown);
    };
    let Some((invitation, mut sections)) = lookup::find_target(db, &token.hash()).await? else {
        return Ok(Loaded::Unknown);
    };
    let employee_id = invitation.employee_id;
    let found = match open_survey(db, invitation, now).await? {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let questions = survey::questions(db, found.key.questionnaire_id).await?;
    resolve(rotation, employee_id, &mut sections, &questions);
    let since = match found.key.wave_id {
        Some(wave_id) => you_said_we_did::since_for_wave(db, wave_id).await?,
        None => Some(now - you_said_we_did::LOOKBACK),
    };
    let relationship_ids: Vec<i32> = sections.iter().map(|s| s.relationship_id).collect();
    let you_said_we_did = match since {
        Some(since) => you_said_we_did::notes(db, &relationship_ids, since).await?,
        None => HashMap::new(),
    };
    let group = match found.key.wave_id {
        Some(wave_id) => {
            survey_group::of_respondent(db, wave_id, found.key.customer_department_id).await?
        }
        None => None,
    };
    Ok(Loaded::Open(Box::new(OpenSurvey {
        key: found.key,
        employee_locale: found.employee_locale,
        context_label: found.context_label,
        sections,
        questions,
        you_said_we_did,
        group,
    })))
}

/// A link that may be answered, found before its posted form is read.
#[derive(Clone, Debug)]
pub struct Answerable {
    /// Hash of the link's token, for the answer writer.
    pub token_hash: String,
    /// The employee's locale, when it is a shipped one.
    pub employee_locale: Option<Locale>,
}

/// Whether a form posted to `raw_token` may be read as of `now` (one single-row query): the
/// link, or the refusal (unknown, closed, answered). The answer writer checks again when it
/// stores the form.
pub async fn answerable(
    db: &impl ConnectionTrait,
    raw_token: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<Answerable, Loaded>> {
    let Ok(token) = SecretToken::parse(raw_token) else {
        return Ok(Err(Loaded::Unknown));
    };
    let token_hash = token.hash();
    let Some(invitation) = lookup::find_invitation(db, &token_hash).await? else {
        return Ok(Err(Loaded::Unknown));
    };
    let employee_locale = Locale::parse(&invitation.employee_locale).ok();
    Ok(match access(&invitation, now) {
        Access::Closed => Err(Loaded::Closed(employee_locale)),
        Access::Answered => Err(Loaded::Answered(employee_locale)),
        Access::Open => Ok(Answerable {
            token_hash,
            employee_locale,
        }),
    })
}

/// Where the submissions to the links whose tokens hash to `token_hashes` go, each as of its
/// own time: the same checks as `load`, but without question texts. One query finds every
/// invitation of the batch (see `survey::intake`, which looks up a batch of posted forms at
/// once); the question keys of a wave's (locked) questionnaire come from `cache`. A rejected
/// form then loads the whole survey to show it again.
pub async fn load_targets(
    db: &impl ConnectionTrait,
    cache: &QuestionKeyCache,
    rotation: &RotationKey,
    token_hashes: &[(&str, DateTime<Utc>)],
) -> anyhow::Result<Vec<Target>> {
    let hashes: Vec<&str> = token_hashes.iter().map(|(hash, _)| *hash).collect();
    let found = lookup::find_targets(db, &hashes).await?;
    let mut targets = Vec::with_capacity(token_hashes.len());
    for (hash, now) in token_hashes {
        // A link posted twice in one batch finds its invitation twice; storing decides which.
        targets.push(match found.get(*hash) {
            Some((invitation, sections)) => {
                target(
                    db,
                    cache,
                    rotation,
                    invitation.clone(),
                    sections.clone(),
                    *now,
                )
                .await?
            }
            None => Target::Refused(Loaded::Unknown),
        });
    }
    Ok(targets)
}

/// Where a submission to the found `invitation` goes as of `now`.
async fn target(
    db: &impl ConnectionTrait,
    cache: &QuestionKeyCache,
    rotation: &RotationKey,
    invitation: InvitationInfo,
    mut sections: Vec<Section>,
    now: DateTime<Utc>,
) -> anyhow::Result<Target> {
    let in_wave = invitation.wave.is_some();
    let employee_id = invitation.employee_id;
    let found = match open_survey(db, invitation, now).await? {
        Ok(found) => found,
        Err(refused) => return Ok(Target::Refused(refused)),
    };
    let questions = if in_wave {
        cache.locked(db, found.key.questionnaire_id).await?
    } else {
        cache.unlocked(db, found.key.questionnaire_id).await?
    };
    resolve(rotation, employee_id, &mut sections, &questions);
    let specs = sections
        .iter()
        .map(|section| SectionSpec {
            relationship_id: section.relationship_id,
            questions: questions
                .iter()
                .filter(|q| section.asks(q))
                .map(|q| QuestionSpec {
                    id: q.id,
                    kind: q.kind,
                    required: q.required,
                    option_count: q.option_count,
                })
                .collect(),
        })
        .collect();
    Ok(Target::Open(Box::new(SubmissionTarget {
        key: found.key,
        employee_locale: found.employee_locale,
        specs,
        sections,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::survey::WaveInfo;
    use chrono::Duration;

    fn invitation(kind: InvitationKind, answered: bool) -> InvitationInfo {
        InvitationInfo {
            id: 1,
            kind,
            wave_id: None,
            employee_id: 1,
            wave: None,
            expires_at: None,
            answered,
            context_label: None,
            employee_locale: "en".to_owned(),
            employee_department_id: 1,
        }
    }

    fn in_wave(state: WaveState, closes_in: Duration, answered: bool) -> InvitationInfo {
        InvitationInfo {
            wave_id: Some(1),
            wave: Some(WaveInfo {
                questionnaire_id: 1,
                state,
                closes_at: Utc::now() + closes_in,
            }),
            ..invitation(InvitationKind::Wave, answered)
        }
    }

    #[test]
    fn an_open_wave_before_its_close_accepts_answers_once() {
        let now = Utc::now();
        let hour = Duration::hours(1);

        assert_eq!(
            access(&in_wave(WaveState::Open, hour, false), now),
            Access::Open
        );
        assert_eq!(
            access(&in_wave(WaveState::Open, hour, true), now),
            Access::Answered
        );
    }

    #[test]
    fn a_closed_or_past_wave_is_gone_even_when_answered() {
        let now = Utc::now();

        for (state, closes_in, answered) in [
            (WaveState::Closed, Duration::hours(1), false),
            (WaveState::Open, Duration::hours(-1), false),
            (WaveState::Closed, Duration::hours(1), true),
        ] {
            let found = in_wave(state, closes_in, answered);
            assert_eq!(access(&found, now), Access::Closed, "{state:?} {closes_in}");
        }
    }

    #[test]
    fn a_touchpoint_link_lives_until_it_expires() {
        let now = Utc::now();
        let mut touchpoint = invitation(InvitationKind::Touchpoint, false);
        touchpoint.expires_at = Some(now + Duration::minutes(5));
        assert_eq!(access(&touchpoint, now), Access::Open);

        touchpoint.expires_at = Some(now);
        assert_eq!(access(&touchpoint, now), Access::Closed);
    }
}
