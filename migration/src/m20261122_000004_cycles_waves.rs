//! Survey scheduling: cycles (HR's recurring plan), the relationships a cycle includes and
//! waves (one occurrence of a cycle, unique per cycle and opening time).

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, integer, integer_null, pk_auto, string_len, text, timestamp_with_time_zone,
        timestamp_with_time_zone_null,
    },
};

use crate::helpers::{ENUM_LEN, drop_tables, fk, one_of};
use crate::m20261122_000001_organisation::Relationship;
use crate::m20261122_000003_questionnaires::Questionnaire;

/// Creates `cycle`, `cycle_relationship` and `wave`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Cycle::Table)
                    .col(pk_auto(Cycle::Id))
                    .col(string_len(Cycle::Name, 200))
                    .col(integer(Cycle::QuestionnaireId))
                    .col(boolean(Cycle::AllRelationships).default(true))
                    .col(text(Cycle::Rrule))
                    .col(string_len(Cycle::Timezone, 64))
                    .col(timestamp_with_time_zone(Cycle::StartsAt))
                    .col(integer(Cycle::DaysOpen))
                    .col(integer_null(Cycle::ReminderAfterDays))
                    .col(integer(Cycle::MaxReminders).default(0))
                    .col(integer(Cycle::FatigueCap).default(3))
                    .col(integer_null(Cycle::SamplePercent))
                    .col(boolean(Cycle::Active).default(true))
                    .col(timestamp_with_time_zone_null(Cycle::NextOpeningAt))
                    .col(timestamp_with_time_zone(Cycle::CreatedAt))
                    .col(timestamp_with_time_zone(Cycle::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_cycle_questionnaire_id",
                        Cycle::Table,
                        Cycle::QuestionnaireId,
                        Questionnaire::Table,
                        Questionnaire::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .check(Check::named(
                        "ck_cycle_days_open",
                        Expr::col(Cycle::DaysOpen).gte(1),
                    ))
                    .check(Check::named(
                        "ck_cycle_fatigue_cap",
                        Expr::col(Cycle::FatigueCap).gte(1),
                    ))
                    .check(Check::named(
                        "ck_cycle_sample_percent",
                        Expr::col(Cycle::SamplePercent)
                            .is_null()
                            .or(Expr::col(Cycle::SamplePercent).between(1, 100)),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CycleRelationship::Table)
                    .col(integer(CycleRelationship::CycleId))
                    .col(integer(CycleRelationship::RelationshipId))
                    .primary_key(
                        Index::create()
                            .name("pk_cycle_relationship")
                            .col(CycleRelationship::CycleId)
                            .col(CycleRelationship::RelationshipId),
                    )
                    .foreign_key(&mut fk(
                        "fk_cycle_relationship_cycle_id",
                        CycleRelationship::Table,
                        CycleRelationship::CycleId,
                        Cycle::Table,
                        Cycle::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_cycle_relationship_relationship_id",
                        CycleRelationship::Table,
                        CycleRelationship::RelationshipId,
                        Relationship::Table,
                        Relationship::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Wave::Table)
                    .col(pk_auto(Wave::Id))
                    .col(integer(Wave::CycleId))
                    .col(integer(Wave::QuestionnaireId))
                    .col(timestamp_with_time_zone(Wave::OpensAt))
                    .col(timestamp_with_time_zone(Wave::ClosesAt))
                    .col(string_len(Wave::State, ENUM_LEN))
                    .col(timestamp_with_time_zone(Wave::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_wave_cycle_id",
                        Wave::Table,
                        Wave::CycleId,
                        Cycle::Table,
                        Cycle::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "fk_wave_questionnaire_id",
                        Wave::Table,
                        Wave::QuestionnaireId,
                        Questionnaire::Table,
                        Questionnaire::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .index(
                        Index::create()
                            .name("uq_wave_cycle_id_opens_at")
                            .unique()
                            .col(Wave::CycleId)
                            .col(Wave::OpensAt),
                    )
                    .check(one_of(
                        "ck_wave_state",
                        Wave::State,
                        &["scheduled", "open", "closed"],
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_wave_state_closes_at")
                    .table(Wave::Table)
                    .col(Wave::State)
                    .col(Wave::ClosesAt)
                    .to_owned(),
            )
            .await?;

        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                Wave::Table.into_iden(),
                CycleRelationship::Table.into_iden(),
                Cycle::Table.into_iden(),
            ],
        )
        .await
    }
}

/// Identifiers of the `cycle` table.
#[derive(DeriveIden)]
enum Cycle {
    Table,
    Id,
    Name,
    QuestionnaireId,
    AllRelationships,
    Rrule,
    Timezone,
    StartsAt,
    DaysOpen,
    ReminderAfterDays,
    MaxReminders,
    FatigueCap,
    SamplePercent,
    Active,
    NextOpeningAt,
    CreatedAt,
    UpdatedAt,
}

/// Identifiers of the `cycle_relationship` table.
#[derive(DeriveIden)]
enum CycleRelationship {
    Table,
    CycleId,
    RelationshipId,
}

/// Identifiers of the `wave` table.
#[derive(DeriveIden)]
pub(crate) enum Wave {
    Table,
    Id,
    CycleId,
    QuestionnaireId,
    OpensAt,
    ClosesAt,
    State,
    CreatedAt,
}
