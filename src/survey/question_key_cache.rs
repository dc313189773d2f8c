//! The question keys (no texts) of the questionnaires waves use, kept in memory: a
//! questionnaire is locked when a wave first uses it and never changes afterwards (edits go
//! to a new version), so its keys can be read once per process instead of once per
//! submission. Questionnaires that may still change (a touchpoint's, when it is not the
//! built-in one) are read from the database every time.

use crate::store::invitations::lookup;
use crate::survey::model::QuestionKey;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

/// Locked questionnaires kept at once; the cache starts over when it is full.
const MAX_QUESTIONNAIRES: usize = 256;

/// Question keys of locked questionnaires, shared by every worker of the instance.
#[derive(Clone, Debug, Default)]
pub struct QuestionKeyCache {
    locked: Arc<RwLock<HashMap<i32, Arc<[QuestionKey]>>>>,
}

impl QuestionKeyCache {
    /// The question keys of `questionnaire_id`, which the caller knows to be locked (a
    /// wave's questionnaire).
    pub async fn locked(
        &self,
        db: &impl ConnectionTrait,
        questionnaire_id: i32,
    ) -> anyhow::Result<Arc<[QuestionKey]>> {
        let cached = self
            .locked
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&questionnaire_id)
            .cloned();
        if let Some(keys) = cached {
            return Ok(keys);
        }
        let keys: Arc<[QuestionKey]> = lookup::question_keys(db, questionnaire_id).await?.into();
        let mut locked = self.locked.write().unwrap_or_else(PoisonError::into_inner);
        if locked.len() >= MAX_QUESTIONNAIRES {
            locked.clear();
        }
        locked.insert(questionnaire_id, keys.clone());
        Ok(keys)
    }

    /// The question keys of a questionnaire that may still change, from the database.
    pub async fn unlocked(
        &self,
        db: &impl ConnectionTrait,
        questionnaire_id: i32,
    ) -> anyhow::Result<Arc<[QuestionKey]>> {
        Ok(lookup::question_keys(db, questionnaire_id).await?.into())
    }
}
