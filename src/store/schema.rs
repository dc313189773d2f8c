//! The database schema: applying the migrations of the `migration` crate.

use anyhow::Context;
use migration::Migrator;
use migration::sea_orm_migration::MigratorTrait;
use sea_orm::DatabaseConnection;

/// Applies every pending migration; a no-op when the schema is current.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("Failed to run database migrations")
}
