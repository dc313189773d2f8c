//! Closing the loop: providers' actions (with translations), conversations between a provider
//! and the anonymous author of a comment, and the once-per-wave "results available" marker.

use sea_orm_migration::{
    prelude::*,
    schema::{
        date, date_null, integer, integer_null, pk_auto, pk_uuid, string_len, string_len_null,
        string_len_uniq, text, timestamp_with_time_zone, uuid,
    },
};

use crate::helpers::{ENUM_LEN, drop_tables, fk, one_of};
use crate::m20261122_000001_organisation::{Department, Relationship};
use crate::m20261122_000002_accounts::Account;
use crate::m20261122_000003_questionnaires::{DIMENSIONS, Question};
use crate::m20261122_000004_cycles_waves::Wave;
use crate::m20261122_000006_responses::Response;

/// Creates `action`, `action_translation`, `conversation`, `conversation_message` and
/// `wave_notification`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Action::Table)
                    .col(pk_auto(Action::Id))
                    .col(integer(Action::RelationshipId))
                    .col(integer_null(Action::QuestionId))
                    .col(string_len_null(Action::Dimension, ENUM_LEN))
                    .col(string_len(Action::Title, 200))
                    .col(text(Action::Description))
                    .col(integer(Action::OwnerDepartmentId))
                    .col(string_len(Action::Status, ENUM_LEN))
                    .col(date_null(Action::DueOn))
                    .col(integer_null(Action::CreatedByAccountId))
                    .col(timestamp_with_time_zone(Action::CreatedAt))
                    .col(timestamp_with_time_zone(Action::UpdatedAt))
                    .foreign_key(&mut fk(
                        "fk_action_relationship_id",
                        Action::Table,
                        Action::RelationshipId,
                        Relationship::Table,
                        Relationship::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_action_question_id",
                        Action::Table,
                        Action::QuestionId,
                        Question::Table,
                        Question::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "fk_action_owner_department_id",
                        Action::Table,
                        Action::OwnerDepartmentId,
                        Department::Table,
                        Department::Id,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "fk_action_created_by_account_id",
                        Action::Table,
                        Action::CreatedByAccountId,
                        Account::Table,
                        Account::Id,
                        ForeignKeyAction::SetNull,
                    ))
                    .check(one_of("ck_action_dimension", Action::Dimension, DIMENSIONS))
                    .check(one_of(
                        "ck_action_status",
                        Action::Status,
                        &["planned", "in_progress", "done"],
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_action_relationship_id_created_at")
                    .table(Action::Table)
                    .col(Action::RelationshipId)
                    .col(Action::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ActionTranslation::Table)
                    .col(integer(ActionTranslation::ActionId))
                    .col(string_len(ActionTranslation::Locale, 8))
                    .col(string_len(ActionTranslation::Title, 200))
                    .col(text(ActionTranslation::Description))
                    .primary_key(
                        Index::create()
                            .name("pk_action_translation")
                            .col(ActionTranslation::ActionId)
                            .col(ActionTranslation::Locale),
                    )
                    .foreign_key(&mut fk(
                        "fk_action_translation_action_id",
                        ActionTranslation::Table,
                        ActionTranslation::ActionId,
                        Action::Table,
                        Action::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
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
            .await?;

        manager
            .create_table(
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
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(WaveNotification::Table)
                    .col(integer(WaveNotification::WaveId))
                    .col(integer(WaveNotification::AccountId))
                    .col(timestamp_with_time_zone(WaveNotification::CreatedAt))
                    .primary_key(
                        Index::create()
                            .name("pk_wave_notification")
                            .col(WaveNotification::WaveId)
                            .col(WaveNotification::AccountId),
                    )
                    .foreign_key(&mut fk(
                        "fk_wave_notification_wave_id",
                        WaveNotification::Table,
                        WaveNotification::WaveId,
                        Wave::Table,
                        Wave::Id,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_wave_notification_account_id",
                        WaveNotification::Table,
                        WaveNotification::AccountId,
                        Account::Table,
                        Account::Id,
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
                WaveNotification::Table.into_iden(),
                ConversationMessage::Table.into_iden(),
                Conversation::Table.into_iden(),
                ActionTranslation::Table.into_iden(),
                Action::Table.into_iden(),
            ],
        )
        .await
    }
}

/// Identifiers of the `action` table.
#[derive(DeriveIden)]
enum Action {
    Table,
    Id,
    RelationshipId,
    QuestionId,
    Dimension,
    Title,
    Description,
    OwnerDepartmentId,
    Status,
    DueOn,
    CreatedByAccountId,
    CreatedAt,
    UpdatedAt,
}

/// Identifiers of the `action_translation` table.
#[derive(DeriveIden)]
enum ActionTranslation {
    Table,
    ActionId,
    Locale,
    Title,
    Description,
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

/// Identifiers of the `wave_notification` table.
#[derive(DeriveIden)]
enum WaveNotification {
    Table,
    WaveId,
    AccountId,
    CreatedAt,
}
