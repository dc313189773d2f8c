//! "You said, we did": the actions a provider recorded or moved on since the previous wave
//! of a cycle, per relationship, with their translated titles — shown to that relationship's
//! customers in the next invitation, reminder and survey page.

use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use entity::action::{self, ActionStatus};
use entity::{action_translation, wave};
use sea_orm::{
    ActiveEnum, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use std::collections::HashMap;

/// How far back a first wave, or a touchpoint survey, looks for actions.
pub const LOOKBACK: TimeDelta = TimeDelta::days(90);
/// Most actions shown per service.
pub const MAX_PER_SERVICE: usize = 5;

/// One action as customers see it.
#[derive(Clone, Debug)]
pub struct ActionNote {
    /// The relationship it belongs to.
    pub relationship_id: i32,
    /// Title as recorded.
    title: String,
    /// Titles by locale.
    translations: HashMap<String, String>,
    /// Progress.
    pub status: ActionStatus,
}

/// An action note in one language, for templates.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct NoteView {
    /// Title in the reader's language where a translation exists.
    pub title: String,
    /// `planned`, `in_progress` or `done` (templates translate `action-status-<status>`).
    pub status: String,
}

impl ActionNote {
    /// The note in `locale`, falling back to the recorded title.
    pub fn in_locale(&self, locale: &str) -> NoteView {
        NoteView {
            title: self
                .translations
                .get(locale)
                .cloned()
                .unwrap_or_else(|| self.title.clone()),
            status: self.status.to_value(),
        }
    }
}

/// Where "since the previous wave" starts for wave `wave_id`: when the cycle's previous wave
/// opened, or `LOOKBACK` before this wave opened when it is the first.
pub async fn since_for_wave(
    db: &impl ConnectionTrait,
    wave_id: i32,
) -> anyhow::Result<Option<DateTime<Utc>>> {
    let Some(this) = wave::Entity::find_by_id(wave_id)
        .one(db)
        .await
        .context("Failed to load a wave")?
    else {
        return Ok(None);
    };
    let previous = wave::Entity::find()
        .filter(wave::Column::CycleId.eq(this.cycle_id))
        .filter(wave::Column::OpensAt.lt(this.opens_at))
        .order_by_desc(wave::Column::OpensAt)
        .one(db)
        .await
        .context("Failed to load the previous wave")?;
    Ok(Some(
        previous.map_or(this.opens_at - LOOKBACK, |p| p.opens_at),
    ))
}

/// The actions of `relationship_ids` recorded or changed since `since`, at most
/// `MAX_PER_SERVICE` per relationship, the most recently changed first.
pub async fn notes(
    db: &impl ConnectionTrait,
    relationship_ids: &[i32],
    since: DateTime<Utc>,
) -> anyhow::Result<HashMap<i32, Vec<ActionNote>>> {
    if relationship_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let actions = action::Entity::find()
        .filter(action::Column::RelationshipId.is_in(relationship_ids.iter().copied()))
        .filter(
            Condition::any()
                .add(action::Column::CreatedAt.gte(since))
                .add(action::Column::UpdatedAt.gte(since)),
        )
        .order_by_desc(action::Column::UpdatedAt)
        .order_by_desc(action::Column::Id)
        .all(db)
        .await
        .context("Failed to load recent actions")?;
    let mut translations: HashMap<i32, HashMap<String, String>> = HashMap::new();
    for t in action_translation::Entity::find()
        .filter(action_translation::Column::ActionId.is_in(actions.iter().map(|a| a.id)))
        .all(db)
        .await
        .context("Failed to load action translations")?
    {
        translations
            .entry(t.action_id)
            .or_default()
            .insert(t.locale, t.title);
    }
    let mut notes: HashMap<i32, Vec<ActionNote>> = HashMap::new();
    for a in actions {
        let list = notes.entry(a.relationship_id).or_default();
        if list.len() < MAX_PER_SERVICE {
            list.push(ActionNote {
                relationship_id: a.relationship_id,
                translations: translations.remove(&a.id).unwrap_or_default(),
                title: a.title,
                status: a.status,
            });
        }
    }
    Ok(notes)
}
