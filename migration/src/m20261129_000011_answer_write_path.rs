//! The answer write path, lighter: drops `idx_answer_question_id`. Every query of answers
//! reaches them through their response (by relationship, wave or response id), so the index
//! was never read; but each answer stored had to go into it at a random place (its key ends
//! with the random response id), so a batch of submissions dirtied a page of it per answer —
//! two thirds of the pages the answer writer wrote to disk. Deleting a question now scans
//! `answer` for the foreign key check; questions are only deleted from draft questionnaires.

use sea_orm_migration::prelude::*;

use crate::m20261122_000006_responses::Answer;

/// Drops the unused index on `answer.question_id`.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// The index this migration drops (and `down` creates again).
const INDEX: &str = "idx_answer_question_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(INDEX).table(Answer::Table).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(Answer::Table)
                    .col(Answer::QuestionId)
                    .to_owned(),
            )
            .await
    }
}
