//! Closing the loop, details: on SQLite the conversation tables become `WITHOUT ROWID` (as
//! `response` and `answer` are), so that their physical order follows the random ids and not
//! the order in which comments were stored; and `conversation_read` remembers how far each
//! staff member has read a conversation (for "unread" markers). Existing rows are kept.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    date, integer, integer_null, pk_uuid, string_len, string_len_uniq, text, uuid,
};
use sea_orm_migration::sea_orm::DbBackend;

use crate::helpers::{ENUM_LEN, create_table_without_rowid, fk, one_of};
use crate::m20261122_000002_accounts::Account;
use crate::m20261122_000003_questionnaires::Question;
use crate::m20261122_000006_responses::Response;

/// Rebuilds the conversation tables without rowid on SQLite; creates `conversation_read`.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Columns of `conversation`, in the order both copies use.
const CONVERSATION_COLUMNS: &str = "id, token_hash, response_id, question_id, state, created_on";
/// Columns of `conversation_message`, in the order both copies use.
const MESSAGE_COLUMNS: &str = "id, conversation_id, seq, author, account_id, body, created_on";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the rebuild must run on one connection and be all or
    /// nothing (without it, each statement may run on another pooled connection).
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Sqlite {
            rebuild_without_rowid(manager).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ConversationRead::Table)
                    .col(uuid(ConversationRead::ConversationId))
                    .col(integer(ConversationRead::AccountId))
                    .col(integer(ConversationRead::SeenSeq))
                    .primary_key(
                        Index::create()
                            .name("pk_conversation_read")
                            .col(ConversationRead::ConversationId)
                            .col(ConversationRead::AccountId),
                    )
                    .foreign_key(&mut fk(
                        "fk_conversation_read_conversation_id",
                        ConversationRead::Table,
                        ConversationRead::ConversationId,
                        Conversation::Table,
                        Conversation::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_conversation_read_account_id",
                        ConversationRead::Table,
                        ConversationRead::AccountId,
                        Account::Table,
                        Account::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    /// Drops `conversation_read`; the conversation tables stay without rowid (the migration
    /// that created them drops them).
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConversationRead::Table).to_owned())
            .await
    }
}

/// Copies both tables aside, recreates them `WITHOUT ROWID` and copies the rows back. The
/// messages are dropped before the conversations, so dropping cascades to nothing.
async fn rebuild_without_rowid(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "CREATE TABLE conversation_copy AS SELECT {CONVERSATION_COLUMNS} FROM conversation"
    ))
    .await?;
    db.execute_unprepared(&format!(
        "CREATE TABLE conversation_message_copy AS SELECT {MESSAGE_COLUMNS} FROM conversation_message"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE conversation_message")
        .await?;
    db.execute_unprepared("DROP TABLE conversation").await?;
    create_conversation(manager).await?;
    create_conversation_message(manager).await?;
    db.execute_unprepared(&format!(
        "INSERT INTO conversation ({CONVERSATION_COLUMNS}) SELECT {CONVERSATION_COLUMNS} FROM conversation_copy"
    ))
    .await?;
    db.execute_unprepared(&format!(
        "INSERT INTO conversation_message ({MESSAGE_COLUMNS}) SELECT {MESSAGE_COLUMNS} FROM conversation_message_copy"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE conversation_message_copy")
        .await?;
    db.execute_unprepared("DROP TABLE conversation_copy")
        .await?;
    Ok(())
}

/// `conversation` as migration 000007 defines it, `WITHOUT ROWID`.
async fn create_conversation(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    create_table_without_rowid(
        manager,
        Table::create()
            .table(Conversation::Table)
            .col(pk_uuid(Conversation::Id))
            .col(string_len_uniq(Conversation::TokenHash, 64))
            .col(uuid(Conversation::ResponseId))
            .col(integer(Conversation::QuestionId))
            .col(string_len(Conversation::State, ENUM_LEN))
            .col(date(Conversation::CreatedOn))
            .foreign_key(&mut fk(
                "fk_conversation_response_id",
                Conversation::Table,
                Conversation::ResponseId,
                Response::Table,
                Response::Id,
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "fk_conversation_question_id",
                Conversation::Table,
                Conversation::QuestionId,
                Question::Table,
                Question::Id,
                ForeignKeyAction::Restrict,
            ))
            .check(one_of(
                "ck_conversation_state",
                Conversation::State,
                &["open", "closed"],
            ))
            .to_owned(),
    )
    .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_conversation_response_id")
                .table(Conversation::Table)
                .col(Conversation::ResponseId)
                .to_owned(),
        )
        .await
}

/// `conversation_message` as migration 000007 defines it, `WITHOUT ROWID`.
async fn create_conversation_message(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    create_table_without_rowid(
        manager,
        Table::create()
            .table(ConversationMessage::Table)
            .col(pk_uuid(ConversationMessage::Id))
            .col(uuid(ConversationMessage::ConversationId))
            .col(integer(ConversationMessage::Seq))
            .col(string_len(ConversationMessage::Author, ENUM_LEN))
            .col(integer_null(ConversationMessage::AccountId))
            .col(text(ConversationMessage::Body))
            .col(date(ConversationMessage::CreatedOn))
            .foreign_key(&mut fk(
                "fk_conversation_message_conversation_id",
                ConversationMessage::Table,
                ConversationMessage::ConversationId,
                Conversation::Table,
                Conversation::Id,
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "fk_conversation_message_account_id",
                ConversationMessage::Table,
                ConversationMessage::AccountId,
                Account::Table,
                Account::Id,
                ForeignKeyAction::SetNull,
            ))
            .index(
                Index::create()
                    .name("uq_conversation_message_conversation_id_seq")
                    .unique()
                    .col(ConversationMessage::ConversationId)
                    .col(ConversationMessage::Seq),
            )
            .check(one_of(
                "ck_conversation_message_author",
                ConversationMessage::Author,
                &["provider", "respondent"],
            ))
            .to_owned(),
    )
    .await
}

/// Identifiers of the `conversation` table.
#[derive(DeriveIden)]
enum Conversation {
    Table,
    Id,
    TokenHash,
    ResponseId,
    QuestionId,
    State,
    CreatedOn,
}

/// Identifiers of the `conversation_message` table.
#[derive(DeriveIden)]
enum ConversationMessage {
    Table,
    Id,
    ConversationId,
    Seq,
    Author,
    AccountId,
    Body,
    CreatedOn,
}

/// Identifiers of the `conversation_read` table.
#[derive(DeriveIden)]
enum ConversationRead {
    Table,
    ConversationId,
    AccountId,
    SeenSeq,
}
