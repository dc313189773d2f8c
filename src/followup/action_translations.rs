//! Saving an action's translations: every translation of the action is replaced in one
//! transaction, so "you said, we did" never shows a half-saved set. The form is checked by
//! the caller; the rows are written through `store::followup::action_translations`.

use crate::store::followup::action_translations::{self, Translation};
use anyhow::Context;
use sea_orm::{DatabaseConnection, TransactionTrait};

/// Replaces every translation of action `id` with `translations`, in one transaction.
pub async fn save(
    db: &DatabaseConnection,
    id: i32,
    translations: Vec<Translation>,
) -> anyhow::Result<()> {
    let txn = db
        .begin()
        .await
        .context("Failed to begin saving translations")?;
    action_translations::replace(&txn, id, translations).await?;
    txn.commit()
        .await
        .context("Failed to commit the translations")
}
