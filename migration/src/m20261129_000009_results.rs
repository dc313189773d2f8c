//! Per-period aggregates of the answers, written once when a period is final (a wave closed, or a
//! calendar month of touchpoints ended) so that results pages never scan raw answers.
//! The aggregates hold counts only — no response id, nothing finer than what `response` and
//! `answer` already hold — and the anonymity gate decides at read time what may be shown.

use sea_orm_migration::{
    prelude::*,
    schema::{date_null, integer, integer_null, pk_auto, timestamp_with_time_zone},
};

use crate::helpers::{drop_tables, fk};
use crate::m20261122_000001_organisation::{Department, Relationship};
use crate::m20261122_000003_questionnaires::Question;
use crate::m20261122_000004_cycles_waves::Wave;

/// Creates `result_period`, `result_slice`, `result_group` and `result_count`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ResultPeriod::Table)
                    .col(pk_auto(ResultPeriod::Id))
                    .col(integer_null(ResultPeriod::WaveId).unique_key())
                    .col(date_null(ResultPeriod::Month).unique_key())
                    .col(timestamp_with_time_zone(ResultPeriod::StartsAt))
                    .col(timestamp_with_time_zone(ResultPeriod::EndsAt))
                    .foreign_key(&mut fk(
                        "fk_result_period_wave_id",
                        ResultPeriod::Table,
                        ResultPeriod::WaveId,
                        Wave::Table,
                        Wave::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .check(Check::named(
                        "ck_result_period_kind",
                        Expr::col(ResultPeriod::WaveId)
                            .is_null()
                            .ne(Expr::col(ResultPeriod::Month).is_null()),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResultSlice::Table)
                    .col(integer(ResultSlice::PeriodId))
                    .col(integer(ResultSlice::RelationshipId))
                    .col(integer(ResultSlice::ProviderDepartmentId))
                    .col(integer(ResultSlice::Invited))
                    .col(integer(ResultSlice::Answered))
                    .primary_key(
                        Index::create()
                            .name("pk_result_slice")
                            .col(ResultSlice::PeriodId)
                            .col(ResultSlice::RelationshipId),
                    )
                    .foreign_key(&mut period_fk(
                        "fk_result_slice_period_id",
                        ResultSlice::Table,
                    ))
                    .foreign_key(&mut fk(
                        "fk_result_slice_relationship_id",
                        ResultSlice::Table,
                        ResultSlice::RelationshipId,
                        Relationship::Table,
                        Relationship::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_result_slice_provider_department_id",
                        ResultSlice::Table,
                        ResultSlice::ProviderDepartmentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_result_slice_relationship_id")
                    .table(ResultSlice::Table)
                    .col(ResultSlice::RelationshipId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResultGroup::Table)
                    .col(integer(ResultGroup::PeriodId))
                    .col(integer(ResultGroup::RelationshipId))
                    .col(integer(ResultGroup::CustomerDepartmentId))
                    .col(integer(ResultGroup::Responses))
                    .col(integer(ResultGroup::NotApplicable))
                    .primary_key(
                        Index::create()
                            .name("pk_result_group")
                            .col(ResultGroup::PeriodId)
                            .col(ResultGroup::RelationshipId)
                            .col(ResultGroup::CustomerDepartmentId),
                    )
                    .foreign_key(&mut period_fk(
                        "fk_result_group_period_id",
                        ResultGroup::Table,
                    ))
                    .foreign_key(&mut customer_fk(
                        "fk_result_group_customer_department_id",
                        ResultGroup::Table,
                        ResultGroup::CustomerDepartmentId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResultCount::Table)
                    .col(integer(ResultCount::PeriodId))
                    .col(integer(ResultCount::RelationshipId))
                    .col(integer(ResultCount::CustomerDepartmentId))
                    .col(integer(ResultCount::QuestionId))
                    .col(integer(ResultCount::Value))
                    .col(integer(ResultCount::Answers))
                    .primary_key(
                        Index::create()
                            .name("pk_result_count")
                            .col(ResultCount::PeriodId)
                            .col(ResultCount::RelationshipId)
                            .col(ResultCount::CustomerDepartmentId)
                            .col(ResultCount::QuestionId)
                            .col(ResultCount::Value),
                    )
                    .foreign_key(&mut period_fk(
                        "fk_result_count_period_id",
                        ResultCount::Table,
                    ))
                    .foreign_key(&mut customer_fk(
                        "fk_result_count_customer_department_id",
                        ResultCount::Table,
                        ResultCount::CustomerDepartmentId,
                    ))
                    .foreign_key(&mut fk(
                        "fk_result_count_question_id",
                        ResultCount::Table,
                        ResultCount::QuestionId,
                        Question::Table,
                        Question::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                ResultCount::Table.into_iden(),
                ResultGroup::Table.into_iden(),
                ResultSlice::Table.into_iden(),
                ResultPeriod::Table.into_iden(),
            ],
        )
        .await
    }
}

/// A child table's cascading foreign key to its period.
fn period_fk(name: &str, table: impl IntoTableRef) -> ForeignKeyCreateStatement {
    fk(
        name,
        table,
        Alias::new("period_id"),
        ResultPeriod::Table,
        ResultPeriod::Id,
        ForeignKeyAction::Cascade,
    )
}

/// A child table's foreign key to the customer department.
fn customer_fk(
    name: &str,
    table: impl IntoTableRef,
    column: impl IntoIden,
) -> ForeignKeyCreateStatement {
    fk(
        name,
        table,
        column,
        Department::Table,
        Department::Id,
        ForeignKeyAction::Cascade,
    )
}

/// Identifiers of the `result_period` table.
#[derive(DeriveIden)]
enum ResultPeriod {
    Table,
    Id,
    WaveId,
    Month,
    StartsAt,
    EndsAt,
}

/// Identifiers of the `result_slice` table.
#[derive(DeriveIden)]
enum ResultSlice {
    Table,
    PeriodId,
    RelationshipId,
    ProviderDepartmentId,
    Invited,
    Answered,
}

/// Identifiers of the `result_group` table.
#[derive(DeriveIden)]
enum ResultGroup {
    Table,
    PeriodId,
    RelationshipId,
    CustomerDepartmentId,
    Responses,
    NotApplicable,
}

/// Identifiers of the `result_count` table.
#[derive(DeriveIden)]
enum ResultCount {
    Table,
    PeriodId,
    RelationshipId,
    CustomerDepartmentId,
    QuestionId,
    Value,
    Answers,
}
