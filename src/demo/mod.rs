//! The demo organisation (being written).

use crate::config::Settings;
use sea_orm::DatabaseConnection;

/// Creates the demo organisation when the database has none.
pub async fn seed(_db: &DatabaseConnection, _settings: &Settings) -> anyhow::Result<String> {
    anyhow::bail!("the demo organisation is not available yet")
}
