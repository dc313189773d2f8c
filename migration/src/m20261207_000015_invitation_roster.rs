//! An invitation keeps the roster as it was when its wave opened: the address its emails go to
//! and the department its answers count in. A later change of an employee's address does not
//! redirect the link (HR reissues it instead, visibly), and an employee moved into a
//! department while a wave is open does not count towards that department's groups.
//!
//! Existing invitations take their employee's current address and department.

use sea_orm_migration::prelude::*;

/// Adds `invitation.email` and `invitation.department_id`, filled from the employees.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Invitation::Table)
                    .add_column(ColumnDef::new(Invitation::Email).string_len(254).null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Invitation::Table)
                    .add_column(ColumnDef::new(Invitation::DepartmentId).integer().null())
                    .to_owned(),
            )
            .await?;
        for (target, source) in [
            (Invitation::Email, Employee::Email),
            (Invitation::DepartmentId, Employee::DepartmentId),
        ] {
            let current = Query::select()
                .column((Employee::Table, source))
                .from(Employee::Table)
                .and_where(
                    Expr::col((Employee::Table, Employee::Id))
                        .equals((Invitation::Table, Invitation::EmployeeId)),
                )
                .to_owned();
            manager
                .exec_stmt(
                    Query::update()
                        .table(Invitation::Table)
                        .value(
                            target,
                            SimpleExpr::SubQuery(
                                None,
                                Box::new(current.into_sub_query_statement()),
                            ),
                        )
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Invitation::Email, Invitation::DepartmentId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Invitation::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    EmployeeId,
    Email,
    DepartmentId,
}

#[derive(DeriveIden)]
enum Employee {
    Table,
    Id,
    Email,
    DepartmentId,
}
