//! Anonymous answers: `response` (one per relationship per submission) and `answer` hold no
//! person, invitation, token or time finer than the day, have random ids and are `WITHOUT
//! ROWID` on SQLite so that row order reveals nothing; `shared_thanks` marks thanks made public.

use sea_orm_migration::{
    prelude::*,
    schema::{boolean, date, integer, integer_null, pk_uuid, text_null, uuid},
};

use crate::helpers::{create_table_without_rowid, drop_tables, fk};
use crate::m20261122_000001_organisation::{Department, Relationship};
use crate::m20261122_000002_accounts::Account;
use crate::m20261122_000003_questionnaires::{Question, Questionnaire};
use crate::m20261122_000004_cycles_waves::Wave;

/// Creates `response`, `answer` and `shared_thanks`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table_without_rowid(
            manager,
            Table::create()
                .table(Response::Table)
                .col(pk_uuid(Response::Id))
                .col(integer_null(Response::WaveId))
                .col(integer(Response::RelationshipId))
                .col(integer(Response::CustomerDepartmentId))
                .col(integer(Response::QuestionnaireId))
                .col(date(Response::SubmittedOn))
                .col(boolean(Response::NotApplicable))
                .foreign_key(&mut fk(
                    "fk_response_wave_id",
                    Response::Table,
                    Response::WaveId,
                    Wave::Table,
                    Wave::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "fk_response_relationship_id",
                    Response::Table,
                    Response::RelationshipId,
                    Relationship::Table,
                    Relationship::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "fk_response_customer_department_id",
                    Response::Table,
                    Response::CustomerDepartmentId,
                    Department::Table,
                    Department::Id,
                    ForeignKeyAction::Restrict,
                ))
                .foreign_key(&mut fk(
                    "fk_response_questionnaire_id",
                    Response::Table,
                    Response::QuestionnaireId,
                    Questionnaire::Table,
                    Questionnaire::Id,
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_response_relationship_id_wave_id")
                    .table(Response::Table)
                    .col(Response::RelationshipId)
                    .col(Response::WaveId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_response_wave_id_customer_department_id")
                    .table(Response::Table)
                    .col(Response::WaveId)
                    .col(Response::CustomerDepartmentId)
                    .to_owned(),
            )
            .await?;

        create_table_without_rowid(
            manager,
            Table::create()
                .table(Answer::Table)
                .col(uuid(Answer::ResponseId))
                .col(integer(Answer::QuestionId))
                .col(integer_null(Answer::ValueNumber))
                .col(text_null(Answer::ValueText))
                .primary_key(
                    Index::create()
                        .name("pk_answer")
                        .col(Answer::ResponseId)
                        .col(Answer::QuestionId),
                )
                .foreign_key(&mut fk(
                    "fk_answer_response_id",
                    Answer::Table,
                    Answer::ResponseId,
                    Response::Table,
                    Response::Id,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    "fk_answer_question_id",
                    Answer::Table,
                    Answer::QuestionId,
                    Question::Table,
                    Question::Id,
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_answer_question_id")
                    .table(Answer::Table)
                    .col(Answer::QuestionId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SharedThanks::Table)
                    .col(uuid(SharedThanks::ResponseId))
                    .col(integer(SharedThanks::QuestionId))
                    .col(integer_null(SharedThanks::SharedByAccountId))
                    .col(date(SharedThanks::SharedOn))
                    .primary_key(
                        Index::create()
                            .name("pk_shared_thanks")
                            .col(SharedThanks::ResponseId)
                            .col(SharedThanks::QuestionId),
                    )
                    .foreign_key(&mut fk(
                        "fk_shared_thanks_answer",
                        SharedThanks::Table,
                        (SharedThanks::ResponseId, SharedThanks::QuestionId),
                        Answer::Table,
                        (Answer::ResponseId, Answer::QuestionId),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_shared_thanks_shared_by_account_id",
                        SharedThanks::Table,
                        SharedThanks::SharedByAccountId,
                        Account::Table,
                        Account::Id,
                        ForeignKeyAction::SetNull,
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
                SharedThanks::Table.into_iden(),
                Answer::Table.into_iden(),
                Response::Table.into_iden(),
            ],
        )
        .await
    }
}

/// Identifiers of the `response` table.
#[derive(DeriveIden)]
pub(crate) enum Response {
    Table,
    Id,
    WaveId,
    RelationshipId,
    CustomerDepartmentId,
    QuestionnaireId,
    SubmittedOn,
    NotApplicable,
}

/// Identifiers of the `answer` table.
#[derive(DeriveIden)]
pub(crate) enum Answer {
    Table,
    ResponseId,
    QuestionId,
    ValueNumber,
    ValueText,
}

/// Identifiers of the `shared_thanks` table.
#[derive(DeriveIden)]
enum SharedThanks {
    Table,
    ResponseId,
    QuestionId,
    SharedByAccountId,
    SharedOn,
}
