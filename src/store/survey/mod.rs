//! Reads behind the survey page: the questionnaire with its texts (the invitation and its sections
//! come from `store::invitations::lookup`). Submissions are stored sealed by
//! `store::results::sealed`.
//!
//! Beside it: the group a respondent's answers count in (`survey_group`).

pub mod survey_group;

use crate::domain::survey::{Question, Translation};
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::InvitationKind;
use entity::wave::WaveState;
use entity::{question, question_translation, questionnaire};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// Key of the shipped questionnaire that touchpoint surveys use.
pub const TOUCHPOINT_QUESTIONNAIRE_KEY: &str = "internal-service-pulse";

/// The wave an invitation belongs to, as far as the survey page cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaveInfo {
    /// The questionnaire version of the wave.
    pub questionnaire_id: i32,
    /// Scheduled, open or closed.
    pub state: WaveState,
    /// When the links die.
    pub closes_at: DateTime<Utc>,
}

/// An invitation found by its token hash, with what the survey page needs from its employee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationInfo {
    /// The invitation's id (never leaves the server, never stored with answers).
    pub id: i32,
    /// Wave or touchpoint.
    pub kind: InvitationKind,
    /// The wave, for wave invitations.
    pub wave_id: Option<i32>,
    /// The invited employee (never leaves the server, never stored with answers).
    pub employee_id: i32,
    /// The wave's state and schedule, for wave invitations.
    pub wave: Option<WaveInfo>,
    /// Expiry of a touchpoint link.
    pub expires_at: Option<DateTime<Utc>>,
    /// Whether the link has been used.
    pub answered: bool,
    /// Touchpoint context shown on the page, e.g. "ticket #4711".
    pub context_label: Option<String>,
    /// The employee's stored locale (may be anything the import wrote).
    pub employee_locale: String,
    /// The employee's department when the invitation was made: the responses' customer
    /// department (a later move does not carry the answers into another group).
    pub employee_department_id: i32,
}

/// One row of the invitation lookup: the invitation, its employee and its wave (if any).
/// The questions of a questionnaire in order, each with its stored translations.
pub async fn questions(
    db: &impl ConnectionTrait,
    questionnaire_id: i32,
) -> anyhow::Result<Vec<Question>> {
    let rows = question::Entity::find()
        .filter(question::Column::QuestionnaireId.eq(questionnaire_id))
        .order_by_asc(question::Column::Position)
        .find_with_related(question_translation::Entity)
        .all(db)
        .await
        .context("Failed to load the questionnaire's questions")?;
    Ok(rows
        .into_iter()
        .map(|(q, translations)| model(q, translations))
        .collect())
}

/// One question with its stored translations (for pages that quote it).
pub async fn question(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Option<Question>> {
    let found = question::Entity::find_by_id(id)
        .find_with_related(question_translation::Entity)
        .all(db)
        .await
        .context("Failed to load a question")?;
    Ok(found
        .into_iter()
        .next()
        .map(|(q, translations)| model(q, translations)))
}

fn model(q: question::Model, translations: Vec<question_translation::Model>) -> Question {
    Question {
        id: q.id,
        kind: q.kind,
        dimension: q.dimension,
        required: q.required,
        core: q.core,
        option_count: q.option_count,
        message_key: q.message_key,
        translations: translations
            .into_iter()
            .map(|t| Translation {
                locale: t.locale,
                prompt: t.prompt,
                help: t.help,
                options: t.options,
            })
            .collect(),
    }
}

/// The questionnaire a touchpoint survey uses: the shipped "Internal service pulse"
/// (`builtin_key = internal-service-pulse`) or, without it, the newest questionnaire that is
/// not archived. `None` when there is no questionnaire at all.
pub async fn touchpoint_questionnaire(db: &impl ConnectionTrait) -> anyhow::Result<Option<i32>> {
    let builtin = questionnaire::Entity::find()
        .filter(questionnaire::Column::BuiltinKey.eq(TOUCHPOINT_QUESTIONNAIRE_KEY))
        .one(db)
        .await
        .context("Failed to look up the built-in questionnaire")?;
    if let Some(found) = builtin {
        return Ok(Some(found.id));
    }
    Ok(questionnaire::Entity::find()
        .filter(questionnaire::Column::Archived.eq(false))
        .order_by_desc(questionnaire::Column::Id)
        .one(db)
        .await
        .context("Failed to look up the newest questionnaire")?
        .map(|q| q.id))
}
