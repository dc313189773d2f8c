//! `conversation_read` table: how far a staff member has read a conversation, for the
//! "unread" markers of the conversation list. Holds nothing about the respondent.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The last message (by `seq`) an account has seen in a conversation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "conversation_read")]
pub struct Model {
    /// The conversation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub conversation_id: Uuid,
    /// The staff member.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i32,
    /// Highest `conversation_message.seq` shown to them.
    pub seen_seq: i32,
}

/// Foreign keys of `conversation_read`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The conversation (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::conversation::Entity",
        from = "Column::ConversationId",
        to = "super::conversation::Column::Id",
        on_delete = "Cascade"
    )]
    Conversation,
    /// The account (ON DELETE CASCADE).
    #[sea_orm(
        belongs_to = "super::account::Entity",
        from = "Column::AccountId",
        to = "super::account::Column::Id",
        on_delete = "Cascade"
    )]
    Account,
}

impl Related<super::conversation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Conversation.def()
    }
}

impl Related<super::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Account.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
