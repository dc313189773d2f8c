//! A short pulse: core and rotating questions, and how many a cycle asks.
//!
//! - `question.core`: asked in every section; the others rotate. The built-in questionnaire's
//!   core is overall satisfaction, the service standard and the comment.
//! - `cycle.questions_per_section` and `cycle.max_answers_per_wave`: empty for the cycles that
//!   exist before this migration, which keep asking every question until HR sets them;
//!   `cycle.shorten_by` says what goes first when a wave would ask more than the maximum
//!   (`rotating_questions` or `sections`).
//! - `invitation_section.rotating_from` and `.rotating_count`: which rotating questions the
//!   section asks, fixed when the wave opens (empty: every question). The position is a counter
//!   in a cyclic order that only the rotation key turns into questions, so a copy of the
//!   database does not tell who was asked what.
//! - `section_history.rotating_asked`: that counter per employee and service, so the next wave
//!   asks the question asked least recently.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{boolean, integer, integer_null, string_len};

/// Adds the columns of the short pulse.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The built-in questions asked in every section.
const BUILTIN_CORE: [&str; 3] = ["q-overall", "q-standard", "q-change"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Question::Table)
                    .add_column(boolean(Question::Core).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::update()
                    .table(Question::Table)
                    .value(Question::Core, true)
                    .and_where(Expr::col(Question::MessageKey).is_in(BUILTIN_CORE))
                    .to_owned(),
            )
            .await?;
        for column in [
            integer_null(Cycle::QuestionsPerSection),
            integer_null(Cycle::MaxAnswersPerWave),
            string_len(Cycle::ShortenBy, 24)
                .default("rotating_questions")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Cycle::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            integer_null(InvitationSection::RotatingFrom),
            integer(InvitationSection::RotatingCount)
                .default(0)
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(InvitationSection::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(SectionHistory::Table)
                    .add_column(integer_null(SectionHistory::RotatingAsked))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drops: [(DynIden, DynIden); 7] = [
            (Question::Table.into_iden(), Question::Core.into_iden()),
            (
                Cycle::Table.into_iden(),
                Cycle::QuestionsPerSection.into_iden(),
            ),
            (
                Cycle::Table.into_iden(),
                Cycle::MaxAnswersPerWave.into_iden(),
            ),
            (Cycle::Table.into_iden(), Cycle::ShortenBy.into_iden()),
            (
                InvitationSection::Table.into_iden(),
                InvitationSection::RotatingFrom.into_iden(),
            ),
            (
                InvitationSection::Table.into_iden(),
                InvitationSection::RotatingCount.into_iden(),
            ),
            (
                SectionHistory::Table.into_iden(),
                SectionHistory::RotatingAsked.into_iden(),
            ),
        ];
        for (table, column) in drops {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// Identifiers of the `question` table used here.
#[derive(DeriveIden)]
enum Question {
    Table,
    Core,
    MessageKey,
}

/// Identifiers of the `cycle` table used here.
#[derive(DeriveIden)]
enum Cycle {
    Table,
    QuestionsPerSection,
    MaxAnswersPerWave,
    ShortenBy,
}

/// Identifiers of the `invitation_section` table used here.
#[derive(DeriveIden)]
enum InvitationSection {
    Table,
    RotatingFrom,
    RotatingCount,
}

/// Identifiers of the `section_history` table used here.
#[derive(DeriveIden)]
enum SectionHistory {
    Table,
    RotatingAsked,
}
