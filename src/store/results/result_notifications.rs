//! Who is told that a wave's results are ready: the department heads of the providers in a
//! final wave, each at most once per wave (`wave_notification` is unique per wave and account).

use crate::domain::CurrentUser;
use crate::store::accounts;
use crate::store::results::Period;
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::account::{self, Role};
use entity::{account_department, result_period, result_slice, wave_notification};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    SqlErr,
};

/// Final waves that ended at or after `since`.
pub async fn waves_ended_since(
    db: &impl ConnectionTrait,
    since: DateTime<Utc>,
) -> anyhow::Result<Vec<Period>> {
    let ids: Vec<i32> = result_period::Entity::find()
        .select_only()
        .column(result_period::Column::Id)
        .filter(result_period::Column::WaveId.is_not_null())
        .filter(result_period::Column::EndsAt.gte(since))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list recently ended waves")?;
    crate::store::results::periods(db, &ids).await
}

/// The active department heads of any provider in `period`, with their departments, who have
/// not been told about the period's wave yet.
pub async fn heads_to_tell(
    db: &impl ConnectionTrait,
    period: &Period,
) -> anyhow::Result<Vec<CurrentUser>> {
    let Some(wave_id) = period.wave_id else {
        return Ok(vec![]);
    };
    let providers: Vec<i32> = result_slice::Entity::find()
        .select_only()
        .column(result_slice::Column::ProviderDepartmentId)
        .distinct()
        .filter(result_slice::Column::PeriodId.eq(period.id))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list the providers of a wave")?;
    let told: Vec<i32> = wave_notification::Entity::find()
        .select_only()
        .column(wave_notification::Column::AccountId)
        .filter(wave_notification::Column::WaveId.eq(wave_id))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list who was told about a wave")?;
    let candidates: Vec<i32> = account_department::Entity::find()
        .select_only()
        .column(account_department::Column::AccountId)
        .distinct()
        .inner_join(account::Entity)
        .filter(account_department::Column::DepartmentId.is_in(providers))
        .filter(account::Column::Role.eq(Role::DepartmentHead))
        .filter(account::Column::Active.eq(true))
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list the heads of a wave's providers")?;
    let mut heads = vec![];
    for id in candidates.into_iter().filter(|id| !told.contains(id)) {
        if let Some(user) = accounts::current_user(db, id).await? {
            heads.push(user);
        }
    }
    Ok(heads)
}

/// Records that `account_id` is told about `wave_id`; `false` when someone else already did
/// (on PostgreSQL the transaction must then be rolled back).
pub async fn claim(
    db: &impl ConnectionTrait,
    wave_id: i32,
    account_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let inserted = wave_notification::ActiveModel {
        wave_id: Set(wave_id),
        account_id: Set(account_id),
        created_at: Set(now),
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(true),
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(false)
        }
        Err(error) => Err(error).context("Failed to record a results notification"),
    }
}
