//! HR's delivery overview: invitation counts per delivery state across open waves and live
//! touchpoints, the invitations that failed (HR may see who could not be reached — never who
//! answered), and putting failed invitations back in the queue.

use crate::store::programme::wave_lifecycle::DeliveryCounts;
use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::employee;
use entity::invitation::{self, Column, DeliveryState, InvitationKind};
use entity::wave::{self, WaveState};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;

/// Invitations still in play: of open waves, or touchpoints whose link has not expired.
fn live(now: DateTime<Utc>) -> Condition {
    let open_waves = Query::select()
        .column(wave::Column::Id)
        .from(wave::Entity)
        .and_where(Expr::col(wave::Column::State).eq(WaveState::Open))
        .to_owned();
    Condition::any()
        .add(
            Condition::all()
                .add(Column::Kind.eq(InvitationKind::Wave))
                .add(Expr::col(Column::WaveId).in_subquery(open_waves)),
        )
        .add(
            Condition::all()
                .add(Column::Kind.eq(InvitationKind::Touchpoint))
                .add(
                    Condition::any()
                        .add(Column::ExpiresAt.is_null())
                        .add(Column::ExpiresAt.gt(now)),
                ),
        )
}

/// Counts per delivery state of the live invitations.
pub async fn counts(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> anyhow::Result<DeliveryCounts> {
    let rows: Vec<(DeliveryState, bool, i64)> = invitation::Entity::find()
        .select_only()
        .column(Column::DeliveryState)
        .column(Column::Answered)
        .column_as(Expr::col(Column::Id).count(), "n")
        .filter(live(now))
        .group_by(Column::DeliveryState)
        .group_by(Column::Answered)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to count invitations by delivery state")?;
    let mut counts = DeliveryCounts::default();
    for (state, answered, n) in rows {
        counts.add(state, answered, u64::try_from(n).unwrap_or(0));
    }
    Ok(counts)
}

/// A live invitation that could not be delivered.
#[derive(Clone, Debug, Serialize)]
pub struct FailedInvitation {
    /// Recipient address.
    pub email: String,
    /// Wave or touchpoint.
    pub kind: InvitationKind,
    /// Delivery attempts made.
    pub attempts: i32,
    /// Why the last attempt failed.
    pub reason: String,
}

/// One page of failed live invitations, newest first, and how many there are in all.
pub async fn failed(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    page: u64,
    per_page: u64,
) -> anyhow::Result<(Vec<FailedInvitation>, u64)> {
    let query = invitation::Entity::find()
        .filter(live(now))
        .filter(Column::DeliveryState.eq(DeliveryState::Failed));
    let total = query
        .clone()
        .count(db)
        .await
        .context("Failed to count failed invitations")?;
    let rows = query
        .find_also_related(employee::Entity)
        .order_by_desc(Column::Id)
        .offset(crate::store::paging::offset(page, per_page))
        .limit(per_page)
        .all(db)
        .await
        .context("Failed to list failed invitations")?;
    let failed = rows
        .into_iter()
        .map(|(invitation, employee)| FailedInvitation {
            email: employee.map(|e| e.email).unwrap_or_default(),
            kind: invitation.kind,
            attempts: invitation.attempts,
            reason: invitation.last_error.unwrap_or_default(),
        })
        .collect();
    Ok((failed, total))
}

/// Puts every failed live invitation back in the queue with a fresh set of attempts; returns
/// how many. The last reason stays visible until a delivery succeeds.
pub async fn retry_failed(db: &impl ConnectionTrait, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let result = invitation::Entity::update_many()
        .col_expr(Column::DeliveryState, Expr::value(DeliveryState::Pending))
        .col_expr(Column::Attempts, Expr::value(0))
        .col_expr(
            Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(live(now))
        .filter(Column::DeliveryState.eq(DeliveryState::Failed))
        .exec(db)
        .await
        .context("Failed to retry failed invitations")?;
    Ok(result.rows_affected)
}
