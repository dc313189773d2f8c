//! Every demo comment gets its conversation, as a real submission would, so that the results
//! pages can link each comment to its thread and heads can reply in the demo. The respondent
//! tokens are generated and thrown away: in the demo nobody holds the private links.

use super::batch::insert_all;
use crate::domain::SecretToken;
use crate::store::conversations;
use anyhow::Context;
use chrono::NaiveDate;
use entity::question::{self, QuestionKind};
use entity::{answer, response};
use rand::seq::SliceRandom;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

/// Creates a conversation for every comment; returns how many.
pub async fn create(db: &impl ConnectionTrait) -> anyhow::Result<usize> {
    let comments: Vec<(Uuid, i32, NaiveDate)> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::QuestionId)
        .column(response::Column::SubmittedOn)
        .inner_join(response::Entity)
        .inner_join(question::Entity)
        .filter(question::Column::Kind.eq(QuestionKind::Text))
        .filter(answer::Column::ValueText.is_not_null())
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list the demo comments")?;
    let mut rows: Vec<_> = comments
        .into_iter()
        .map(|(response_id, question_id, day)| {
            conversations::new_row(
                response_id,
                question_id,
                SecretToken::generate().hash(),
                day,
            )
        })
        .collect();
    rows.shuffle(&mut rand::rng());
    let count = rows.len();
    insert_all(db, rows).await?;
    Ok(count)
}
