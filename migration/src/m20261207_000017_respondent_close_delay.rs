//! When a respondent closed their conversation: `conversation.respondent_closed_on`, the
//! calendar day (never the time) of a close by the respondent, so that staff see that close on
//! the same day-late schedule as the respondent's messages. Empty for open threads, threads
//! closed by staff and threads closed before this column existed (shown closed at once).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::date_null;

/// Adds `conversation.respondent_closed_on`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Conversation::Table)
                    .add_column(date_null(Conversation::RespondentClosedOn))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Conversation::Table)
                    .drop_column(Conversation::RespondentClosedOn)
                    .to_owned(),
            )
            .await
    }
}

/// Identifiers of the `conversation` table used here.
#[derive(DeriveIden)]
enum Conversation {
    Table,
    RespondentClosedOn,
}
