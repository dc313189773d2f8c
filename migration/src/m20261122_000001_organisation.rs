//! Organisation: departments (a tree), employees (the internal customers) and the directed
//! provider → customer relationships that carry a service name and its service standard.

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, integer, integer_null, pk_auto, string_len, string_len_null, string_len_uniq,
        text_null, timestamp_with_time_zone,
    },
};

use crate::helpers::{drop_tables, fk};

/// Creates `department`, `employee` and `relationship`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Department::Table)
                    .col(pk_auto(Department::Id))
                    .col(string_len_uniq(Department::Name, 120))
                    .col(integer_null(Department::ParentId))
                    .col(timestamp_with_time_zone(Department::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_department_parent_id",
                        Department::Table,
                        Department::ParentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Employee::Table)
                    .col(pk_auto(Employee::Id))
                    .col(string_len_uniq(Employee::Email, 254))
                    .col(string_len(Employee::Name, 200))
                    .col(integer(Employee::DepartmentId))
                    .col(string_len(Employee::Locale, 8))
                    .col(boolean(Employee::Active).default(true))
                    .col(string_len_null(Employee::ExternalId, 100).unique_key())
                    .col(timestamp_with_time_zone(Employee::CreatedAt))
                    .col(timestamp_with_time_zone(Employee::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_employee_department_id",
                        Employee::Table,
                        Employee::DepartmentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_employee_department_id_active")
                    .table(Employee::Table)
                    .col(Employee::DepartmentId)
                    .col(Employee::Active)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Relationship::Table)
                    .col(pk_auto(Relationship::Id))
                    .col(integer(Relationship::ProviderDepartmentId))
                    .col(integer_null(Relationship::CustomerDepartmentId))
                    .col(string_len(Relationship::ServiceName, 120))
                    .col(text_null(Relationship::ServiceStandard))
                    .col(boolean(Relationship::Active).default(true))
                    .col(integer_null(Relationship::TouchpointRepeatDays))
                    .col(timestamp_with_time_zone(Relationship::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_relationship_provider_department_id",
                        Relationship::Table,
                        Relationship::ProviderDepartmentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "fk_relationship_customer_department_id",
                        Relationship::Table,
                        Relationship::CustomerDepartmentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .index(
                        Index::create()
                            .name("uq_relationship_provider_customer_service")
                            .unique()
                            .col(Relationship::ProviderDepartmentId)
                            .col(Relationship::CustomerDepartmentId)
                            .col(Relationship::ServiceName),
                    )
                    .check(Check::named(
                        "ck_relationship_distinct_departments",
                        Expr::col(Relationship::ProviderDepartmentId)
                            .ne(Expr::col(Relationship::CustomerDepartmentId)),
                    ))
                    .to_owned(),
            )
            .await?;
        // NULLs are distinct in a UNIQUE constraint on both backends, so the organisation-wide
        // case (customer_department_id IS NULL) needs its own partial unique index.
        manager
            .create_index(
                Index::create()
                    .name("uq_relationship_provider_org_wide_service")
                    .table(Relationship::Table)
                    .unique()
                    .col(Relationship::ProviderDepartmentId)
                    .col(Relationship::ServiceName)
                    .and_where(Expr::col(Relationship::CustomerDepartmentId).is_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_relationship_customer_department_id")
                    .table(Relationship::Table)
                    .col(Relationship::CustomerDepartmentId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                Relationship::Table.into_iden(),
                Employee::Table.into_iden(),
                Department::Table.into_iden(),
            ],
        )
        .await
    }
}

/// Identifiers of the `department` table.
#[derive(DeriveIden)]
pub(crate) enum Department {
    Table,
    Id,
    Name,
    ParentId,
    CreatedAt,
}

/// Identifiers of the `employee` table.
#[derive(DeriveIden)]
pub(crate) enum Employee {
    Table,
    Id,
    Email,
    Name,
    DepartmentId,
    Locale,
    Active,
    ExternalId,
    CreatedAt,
    UpdatedAt,
}

/// Identifiers of the `relationship` table.
#[derive(DeriveIden)]
pub(crate) enum Relationship {
    Table,
    Id,
    ProviderDepartmentId,
    CustomerDepartmentId,
    ServiceName,
    ServiceStandard,
    Active,
    TouchpointRepeatDays,
    CreatedAt,
}
