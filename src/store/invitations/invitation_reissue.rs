//! Reissuing invitations to an employee's new address. An invitation keeps the address it was
//! made for; when an employee's address changes during an open wave, only HR's explicit
//! reissue moves the link, and it moves it by replacing the token: the old link dies.

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::invitation::{self, DeliveryState, InvitationKind};
use entity::wave::{self, WaveState};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QuerySelect};
use sea_orm::{QueryOrder, RelationTrait};

/// The invitations of `employee_id` whose links still work at `now` (their wave is open, or
/// the touchpoint has not expired) and go to another address than `email`.
pub async fn elsewhere(
    db: &impl ConnectionTrait,
    employee_id: i32,
    email: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<invitation::Model>> {
    let live = Condition::any()
        .add(
            Condition::all()
                .add(invitation::Column::Kind.eq(InvitationKind::Wave))
                .add(wave::Column::State.eq(WaveState::Open))
                .add(wave::Column::ClosesAt.gt(now)),
        )
        .add(
            Condition::all()
                .add(invitation::Column::Kind.eq(InvitationKind::Touchpoint))
                .add(invitation::Column::ExpiresAt.gt(now)),
        );
    let elsewhere = Condition::any()
        .add(invitation::Column::Email.is_null())
        .add(invitation::Column::Email.ne(email));
    invitation::Entity::find()
        .join(JoinType::LeftJoin, invitation::Relation::Wave.def())
        .filter(invitation::Column::EmployeeId.eq(employee_id))
        .filter(live)
        .filter(elsewhere)
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await
        .context("Failed to find an employee's open invitations")
}

/// Gives an invitation a new token (from its new creation time) and address, and starts its
/// delivery again; the old token no longer finds it.
pub async fn readdress(
    db: &impl ConnectionTrait,
    id: i32,
    token_hash: &str,
    created_at: DateTime<Utc>,
    email: &str,
) -> anyhow::Result<()> {
    invitation::Entity::update_many()
        .col_expr(invitation::Column::TokenHash, Expr::value(token_hash))
        .col_expr(invitation::Column::CreatedAt, Expr::value(created_at))
        .col_expr(invitation::Column::Email, Expr::value(email))
        .col_expr(
            invitation::Column::DeliveryState,
            Expr::value(DeliveryState::Pending),
        )
        .col_expr(invitation::Column::Attempts, Expr::value(0))
        .col_expr(
            invitation::Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            invitation::Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            invitation::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            invitation::Column::SentAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(invitation::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to reissue an invitation")?;
    Ok(())
}
