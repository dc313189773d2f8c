//! An action's title and description in other languages, so that "you said, we did" reaches
//! every customer in their own language. Saved as a whole set in one transaction.

use anyhow::Context;
use entity::action_translation;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// One translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// Shipped locale code.
    pub locale: String,
    /// Translated title.
    pub title: String,
    /// Translated description.
    pub description: String,
}

/// The translations of action `id`, by locale.
pub async fn of(db: &impl ConnectionTrait, id: i32) -> anyhow::Result<Vec<Translation>> {
    Ok(action_translation::Entity::find()
        .filter(action_translation::Column::ActionId.eq(id))
        .order_by_asc(action_translation::Column::Locale)
        .all(db)
        .await
        .context("Failed to load an action's translations")?
        .into_iter()
        .map(|t| Translation {
            locale: t.locale,
            title: t.title,
            description: t.description,
        })
        .collect())
}

/// Replaces the translations of action `id` with `translations`. Run it in a transaction.
pub async fn replace(
    db: &impl ConnectionTrait,
    id: i32,
    translations: Vec<Translation>,
) -> anyhow::Result<()> {
    action_translation::Entity::delete_many()
        .filter(action_translation::Column::ActionId.eq(id))
        .exec(db)
        .await
        .context("Failed to remove an action's translations")?;
    if translations.is_empty() {
        return Ok(());
    }
    action_translation::Entity::insert_many(translations.into_iter().map(|t| {
        action_translation::ActiveModel {
            action_id: Set(id),
            locale: Set(t.locale),
            title: Set(t.title),
            description: Set(t.description),
        }
    }))
    .exec_without_returning(db)
    .await
    .context("Failed to store an action's translations")?;
    Ok(())
}
