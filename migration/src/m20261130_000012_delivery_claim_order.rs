//! The invitation and reminder claims read due rows in index order, so claiming a batch of
//! 1,000 reads about 1,000 index entries whatever the size of the table. Before, each claim
//! read and sorted every candidate: every due invitation (10,000 for the first batch of a wave
//! of 10,000 employees), and for reminders every invitation ever sent.
//!
//! - `invitation (delivery_state, next_attempt_at)` becomes
//!   `(delivery_state, next_attempt_at, id)`, the order of the invitation claim;
//! - `invitation (delivery_state, next_reminder_at, id)` is new, the order of the reminder
//!   claim;
//! - `next_reminder_at` is cleared where no reminder can follow any more (the invitation was
//!   answered, or its wave closed), as the application now does when that happens, so the
//!   reminder index holds only reminders still to come.

use sea_orm_migration::prelude::*;

/// Replaces the delivery-state index of `invitation`, adds the reminder index and clears
/// reminders that can no longer be sent.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The index this migration drops (and `down` creates again).
const OLD_INDEX: &str = "idx_invitation_delivery_state_next_attempt_at";

/// The index of the invitation claim.
const ATTEMPT_INDEX: &str = "idx_invitation_delivery_state_next_attempt_at_id";

/// The index of the reminder claim.
const REMINDER_INDEX: &str = "idx_invitation_delivery_state_next_reminder_at_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let closed_waves = Query::select()
            .column(Wave::Id)
            .from(Wave::Table)
            .and_where(Expr::col(Wave::State).eq("closed"))
            .to_owned();
        manager
            .exec_stmt(
                Query::update()
                    .table(Invitation::Table)
                    .value(Invitation::NextReminderAt, Expr::cust("NULL"))
                    .and_where(Expr::col(Invitation::NextReminderAt).is_not_null())
                    .cond_where(
                        Condition::any()
                            .add(Expr::col(Invitation::Answered).eq(true))
                            .add(Expr::col(Invitation::WaveId).in_subquery(closed_waves)),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            (ATTEMPT_INDEX, Invitation::NextAttemptAt),
            (REMINDER_INDEX, Invitation::NextReminderAt),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Invitation::Table)
                        .col(Invitation::DeliveryState)
                        .col(column)
                        .col(Invitation::Id)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name(OLD_INDEX)
                    .table(Invitation::Table)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(OLD_INDEX)
                    .table(Invitation::Table)
                    .col(Invitation::DeliveryState)
                    .col(Invitation::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        for name in [ATTEMPT_INDEX, REMINDER_INDEX] {
            manager
                .drop_index(Index::drop().name(name).table(Invitation::Table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// Identifiers of the `invitation` table.
#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    WaveId,
    DeliveryState,
    NextAttemptAt,
    NextReminderAt,
    Answered,
}

/// Identifiers of the `wave` table.
#[derive(DeriveIden)]
enum Wave {
    Table,
    Id,
    State,
}
