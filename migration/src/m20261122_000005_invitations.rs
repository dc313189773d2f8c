//! Survey delivery: invitations (one per employee per wave, or a touchpoint), the sections
//! (relationships) assigned to each, and the per-employee rotation history used when assigning
//! sections. Invitations carry only an `answered` flag, never a time of answering.

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, integer, integer_null, pk_auto, string_len, string_len_null, string_len_uniq,
        text_null, timestamp_with_time_zone, timestamp_with_time_zone_null,
    },
};

use crate::helpers::{ENUM_LEN, drop_tables, fk, one_of};
use crate::m20261122_000001_organisation::{Employee, Relationship};
use crate::m20261122_000004_cycles_waves::Wave;

/// Creates `invitation`, `invitation_section` and `section_history`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_invitation(manager).await?;

        manager
            .create_table(
                Table::create()
                    .table(InvitationSection::Table)
                    .col(integer(InvitationSection::InvitationId))
                    .col(integer(InvitationSection::RelationshipId))
                    .col(integer(InvitationSection::Position))
                    .primary_key(
                        Index::create()
                            .name("pk_invitation_section")
                            .col(InvitationSection::InvitationId)
                            .col(InvitationSection::RelationshipId),
                    )
                    .foreign_key(&mut fk(
                        "fk_invitation_section_invitation_id",
                        InvitationSection::Table,
                        InvitationSection::InvitationId,
                        Invitation::Table,
                        Invitation::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_invitation_section_relationship_id",
                        InvitationSection::Table,
                        InvitationSection::RelationshipId,
                        Relationship::Table,
                        Relationship::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SectionHistory::Table)
                    .col(integer(SectionHistory::EmployeeId))
                    .col(integer(SectionHistory::RelationshipId))
                    .col(timestamp_with_time_zone(SectionHistory::LastAskedAt))
                    .col(integer(SectionHistory::TimesAsked).default(0))
                    .primary_key(
                        Index::create()
                            .name("pk_section_history")
                            .col(SectionHistory::EmployeeId)
                            .col(SectionHistory::RelationshipId),
                    )
                    .foreign_key(&mut fk(
                        "fk_section_history_employee_id",
                        SectionHistory::Table,
                        SectionHistory::EmployeeId,
                        Employee::Table,
                        Employee::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_section_history_relationship_id",
                        SectionHistory::Table,
                        SectionHistory::RelationshipId,
                        Relationship::Table,
                        Relationship::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                SectionHistory::Table.into_iden(),
                InvitationSection::Table.into_iden(),
                Invitation::Table.into_iden(),
            ],
        )
        .await
    }
}

/// Creates `invitation` and its indexes. It deliberately has no answered timestamp and no
/// `updated_at`: only the `answered` flag, so that nothing dates a response.
async fn create_invitation(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(Invitation::Table)
                .col(pk_auto(Invitation::Id))
                .col(integer_null(Invitation::WaveId))
                .col(string_len(Invitation::Kind, ENUM_LEN))
                .col(integer(Invitation::EmployeeId))
                .col(string_len_uniq(Invitation::TokenHash, 64))
                .col(string_len_null(Invitation::ContextLabel, 120))
                .col(timestamp_with_time_zone_null(Invitation::ExpiresAt))
                .col(string_len(Invitation::DeliveryState, ENUM_LEN))
                .col(integer(Invitation::Attempts).default(0))
                .col(timestamp_with_time_zone_null(Invitation::NextAttemptAt))
                .col(timestamp_with_time_zone_null(Invitation::ClaimedUntil))
                .col(text_null(Invitation::LastError))
                .col(timestamp_with_time_zone_null(Invitation::SentAt))
                .col(integer(Invitation::RemindersSent).default(0))
                .col(timestamp_with_time_zone_null(Invitation::NextReminderAt))
                .col(boolean(Invitation::Answered).default(false))
                .col(timestamp_with_time_zone(Invitation::CreatedAt))
                .foreign_key(&mut fk(
                    "fk_invitation_wave_id",
                    Invitation::Table,
                    Invitation::WaveId,
                    Wave::Table,
                    Wave::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    "fk_invitation_employee_id",
                    Invitation::Table,
                    Invitation::EmployeeId,
                    Employee::Table,
                    Employee::Id,
                    ForeignKeyAction::Restrict,
                ))
                .index(
                    Index::create()
                        .name("uq_invitation_wave_id_employee_id")
                        .unique()
                        .col(Invitation::WaveId)
                        .col(Invitation::EmployeeId),
                )
                .check(one_of(
                    "ck_invitation_kind",
                    Invitation::Kind,
                    &["wave", "touchpoint"],
                ))
                // A wave invitation belongs to a wave; a touchpoint invitation never does.
                .check(Check::named(
                    "ck_invitation_kind_wave_id",
                    Expr::col(Invitation::Kind)
                        .eq("wave")
                        .and(Expr::col(Invitation::WaveId).is_not_null())
                        .or(Expr::col(Invitation::Kind)
                            .eq("touchpoint")
                            .and(Expr::col(Invitation::WaveId).is_null())),
                ))
                .check(one_of(
                    "ck_invitation_delivery_state",
                    Invitation::DeliveryState,
                    &["pending", "sending", "sent", "failed"],
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_invitation_delivery_state_next_attempt_at")
                .table(Invitation::Table)
                .col(Invitation::DeliveryState)
                .col(Invitation::NextAttemptAt)
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_invitation_employee_id")
                .table(Invitation::Table)
                .col(Invitation::EmployeeId)
                .to_owned(),
        )
        .await
}

/// Identifiers of the `invitation` table.
#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    WaveId,
    Kind,
    EmployeeId,
    TokenHash,
    ContextLabel,
    ExpiresAt,
    DeliveryState,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
    SentAt,
    RemindersSent,
    NextReminderAt,
    Answered,
    CreatedAt,
}

/// Identifiers of the `invitation_section` table.
#[derive(DeriveIden)]
enum InvitationSection {
    Table,
    InvitationId,
    RelationshipId,
    Position,
}

/// Identifiers of the `section_history` table.
#[derive(DeriveIden)]
enum SectionHistory {
    Table,
    EmployeeId,
    RelationshipId,
    LastAskedAt,
    TimesAsked,
}
