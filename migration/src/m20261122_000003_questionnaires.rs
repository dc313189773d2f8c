//! Questionnaires (versioned, lockable once used), their ordered questions and the
//! per-locale question texts.

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, integer, integer_null, pk_auto, string_len, string_len_null, text, text_null,
        timestamp_with_time_zone,
    },
};

use crate::helpers::{ENUM_LEN, drop_tables, fk, one_of};

/// Creates `questionnaire`, `question` and `question_translation`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Questionnaire::Table)
                    .col(pk_auto(Questionnaire::Id))
                    .col(string_len(Questionnaire::Name, 200))
                    .col(string_len_null(Questionnaire::BuiltinKey, 64).unique_key())
                    .col(integer(Questionnaire::Version).default(1))
                    .col(integer_null(Questionnaire::PreviousVersionId))
                    .col(boolean(Questionnaire::Locked).default(false))
                    .col(boolean(Questionnaire::Archived).default(false))
                    .col(timestamp_with_time_zone(Questionnaire::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_questionnaire_previous_version_id",
                        Questionnaire::Table,
                        Questionnaire::PreviousVersionId,
                        Questionnaire::Table,
                        Questionnaire::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Question::Table)
                    .col(pk_auto(Question::Id))
                    .col(integer(Question::QuestionnaireId))
                    .col(integer(Question::Position))
                    .col(string_len(Question::Kind, ENUM_LEN))
                    .col(string_len(Question::Dimension, ENUM_LEN))
                    .col(boolean(Question::Required))
                    .col(integer(Question::OptionCount).default(0))
                    .col(string_len_null(Question::MessageKey, 64))
                    .col(timestamp_with_time_zone(Question::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_question_questionnaire_id",
                        Question::Table,
                        Question::QuestionnaireId,
                        Questionnaire::Table,
                        Questionnaire::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .index(
                        Index::create()
                            .name("uq_question_questionnaire_id_position")
                            .unique()
                            .col(Question::QuestionnaireId)
                            .col(Question::Position),
                    )
                    .check(one_of(
                        "ck_question_kind",
                        Question::Kind,
                        &[
                            "rating",
                            "recommend",
                            "yes_no",
                            "choice",
                            "lost_time",
                            "text",
                            "thanks",
                        ],
                    ))
                    .check(one_of(
                        "ck_question_dimension",
                        Question::Dimension,
                        DIMENSIONS,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QuestionTranslation::Table)
                    .col(integer(QuestionTranslation::QuestionId))
                    .col(string_len(QuestionTranslation::Locale, 8))
                    .col(text(QuestionTranslation::Prompt))
                    .col(text_null(QuestionTranslation::Help))
                    .col(text_null(QuestionTranslation::Options))
                    .primary_key(
                        Index::create()
                            .name("pk_question_translation")
                            .col(QuestionTranslation::QuestionId)
                            .col(QuestionTranslation::Locale),
                    )
                    .foreign_key(&mut fk(
                        "fk_question_translation_question_id",
                        QuestionTranslation::Table,
                        QuestionTranslation::QuestionId,
                        Question::Table,
                        Question::Id,
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
                QuestionTranslation::Table.into_iden(),
                Question::Table.into_iden(),
                Questionnaire::Table.into_iden(),
            ],
        )
        .await
    }
}

/// The allowed values of a question's (and an action's) dimension tag.
pub(crate) const DIMENSIONS: &[&str] = &[
    "reliability",
    "responsiveness",
    "communication",
    "competence",
    "courtesy",
    "standard",
    "overall",
];

/// Identifiers of the `questionnaire` table.
#[derive(DeriveIden)]
pub(crate) enum Questionnaire {
    Table,
    Id,
    Name,
    BuiltinKey,
    Version,
    PreviousVersionId,
    Locked,
    Archived,
    CreatedAt,
}

/// Identifiers of the `question` table.
#[derive(DeriveIden)]
pub(crate) enum Question {
    Table,
    Id,
    QuestionnaireId,
    Position,
    Kind,
    Dimension,
    Required,
    OptionCount,
    MessageKey,
    CreatedAt,
}

/// Identifiers of the `question_translation` table.
#[derive(DeriveIden)]
enum QuestionTranslation {
    Table,
    QuestionId,
    Locale,
    Prompt,
    Help,
    Options,
}
