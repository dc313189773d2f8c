//! Thanks: the answers to `thanks` questions for the providing department's wall; HR's marks
//! that share one with the whole organisation; and the shared ones for the recognition page.
//! Which of them a reader sees is the comment gate's decision (`report::comment_gate`), made
//! between reading the rows and completing them. Thanks are read per slice, never with their response's
//! other answers.

use crate::store::followup::labels::{self, Service};
use crate::store::results::slices::Slice;
use anyhow::Context;
use chrono::NaiveDate;
use entity::question::{self, QuestionKind};
use entity::{answer, relationship, response, shared_thanks};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::HashSet;
use uuid::Uuid;

/// One thanks answer.
#[derive(Clone, Debug)]
pub struct Thanks {
    /// The response (never shown; named by an opaque handle in URLs).
    pub response_id: Uuid,
    /// The thanks question.
    pub question_id: i32,
    /// What the colleague wrote.
    pub text: String,
    /// Its slice.
    pub slice: Slice,
    /// The relationship it thanks.
    pub service: Service,
    /// Whether HR shared it with the organisation.
    pub shared: bool,
}

/// A thanks answer as read: response, question, text, and the relationship, wave and day of
/// its response.
pub type ThanksRow = (Uuid, i32, Option<String>, i32, Option<i32>, NaiveDate);

/// The slices of `rows`, for the comment gate.
pub fn slices(rows: &[ThanksRow]) -> Vec<Slice> {
    rows.iter()
        .map(|(_, _, _, rel, wave, day)| Slice::of(*rel, *wave, *day))
        .collect()
}

/// The thanks answers about the relationships of departments `scope` (`None`: all),
/// optionally only those of `provider` (a department id), before the comment gate.
pub async fn wall_rows(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    provider: Option<i32>,
) -> anyhow::Result<Vec<ThanksRow>> {
    let mut relationships = relationship::Entity::find()
        .select_only()
        .column(relationship::Column::Id);
    if let Some(ids) = scope {
        relationships = relationships
            .filter(relationship::Column::ProviderDepartmentId.is_in(ids.iter().copied()));
    }
    if let Some(provider) = provider {
        relationships =
            relationships.filter(relationship::Column::ProviderDepartmentId.eq(provider));
    }
    let relationship_ids: Vec<i32> = relationships
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list relationships for thanks")?;
    if relationship_ids.is_empty() {
        return Ok(vec![]);
    }
    let rows: Vec<ThanksRow> = thanks_rows()
        .filter(response::Column::RelationshipId.is_in(relationship_ids))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load thanks")?;
    Ok(rows)
}

/// Every thanks HR shared, before the comment gate.
pub async fn shared_rows(db: &impl ConnectionTrait) -> anyhow::Result<Vec<ThanksRow>> {
    let marks: Vec<(Uuid, i32)> = shared_thanks::Entity::find()
        .select_only()
        .column(shared_thanks::Column::ResponseId)
        .column(shared_thanks::Column::QuestionId)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load shared thanks")?;
    let mut rows: Vec<ThanksRow> = vec![];
    for chunk in marks.chunks(500) {
        let response_ids: Vec<Uuid> = chunk.iter().map(|(r, _)| *r).collect();
        let found: Vec<ThanksRow> = thanks_rows()
            .filter(answer::Column::ResponseId.is_in(response_ids))
            .into_tuple()
            .all(db)
            .await
            .context("Failed to load shared thanks")?;
        rows.extend(
            found
                .into_iter()
                .filter(|row| chunk.contains(&(row.0, row.1))),
        );
    }
    Ok(rows)
}

/// Thanks answers with their response's slice columns.
fn thanks_rows() -> sea_orm::Select<answer::Entity> {
    answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::QuestionId)
        .column(answer::Column::ValueText)
        .column(response::Column::RelationshipId)
        .column(response::Column::WaveId)
        .column(response::Column::SubmittedOn)
        .inner_join(response::Entity)
        .inner_join(question::Entity)
        .filter(question::Column::Kind.eq(QuestionKind::Thanks))
        .filter(answer::Column::ValueText.is_not_null())
}

/// The non-blank thanks of `rows` whose slice is `visible`, with their service and whether
/// HR shared them.
pub async fn complete(
    db: &impl ConnectionTrait,
    rows: Vec<ThanksRow>,
    visible: &HashSet<Slice>,
) -> anyhow::Result<Vec<Thanks>> {
    let services = labels::services(db, visible.iter().map(|s| s.relationship_id)).await?;
    let shared: HashSet<(Uuid, i32)> = shared_thanks::Entity::find()
        .select_only()
        .column(shared_thanks::Column::ResponseId)
        .column(shared_thanks::Column::QuestionId)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load shared thanks")?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(response_id, question_id, text, rel, wave, day)| {
            let slice = Slice::of(rel, wave, day);
            let text = text.filter(|t| !t.trim().is_empty())?;
            if !visible.contains(&slice) {
                return None;
            }
            Some(Thanks {
                response_id,
                question_id,
                text,
                slice,
                service: services.get(&rel)?.clone(),
                shared: shared.contains(&(response_id, question_id)),
            })
        })
        .collect())
}

/// Shares a thanks with the organisation (a second share changes nothing).
pub async fn share(
    db: &impl ConnectionTrait,
    response_id: Uuid,
    question_id: i32,
    account_id: i32,
    today: NaiveDate,
) -> anyhow::Result<()> {
    shared_thanks::Entity::insert(shared_thanks::ActiveModel {
        response_id: Set(response_id),
        question_id: Set(question_id),
        shared_by_account_id: Set(Some(account_id)),
        shared_on: Set(today),
    })
    .on_conflict(
        OnConflict::columns([
            shared_thanks::Column::ResponseId,
            shared_thanks::Column::QuestionId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .context("Failed to share a thanks")?;
    Ok(())
}

/// Stops sharing a thanks.
pub async fn unshare(
    db: &impl ConnectionTrait,
    response_id: Uuid,
    question_id: i32,
) -> anyhow::Result<()> {
    shared_thanks::Entity::delete_many()
        .filter(shared_thanks::Column::ResponseId.eq(response_id))
        .filter(shared_thanks::Column::QuestionId.eq(question_id))
        .exec(db)
        .await
        .context("Failed to stop sharing a thanks")?;
    Ok(())
}
