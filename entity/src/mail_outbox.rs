//! `mail_outbox` table: staff emails (invites, resets, results available) written by handlers
//! and sent by the dispatcher with retries.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use super::invitation::DeliveryState;

/// One rendered email waiting for, or done with, delivery.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Recipient address.
    #[sea_orm(column_type = "String(StringLen::N(254))")]
    pub recipient: String,
    /// Rendered, localized subject.
    #[sea_orm(column_type = "String(StringLen::N(300))")]
    pub subject: String,
    /// Rendered plain-text part.
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    /// Rendered HTML part.
    #[sea_orm(column_type = "Text")]
    pub body_html: String,
    /// Delivery state.
    pub state: DeliveryState,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// Earliest next delivery attempt (backoff).
    pub next_attempt_at: Option<DateTimeUtc>,
    /// End of the claiming dispatcher's lease while `sending`.
    pub claimed_until: Option<DateTimeUtc>,
    /// Reason of the last failed attempt.
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// When the email was queued.
    pub created_at: DateTimeUtc,
    /// When the email was handed to the mail server.
    pub sent_at: Option<DateTimeUtc>,
}

/// `mail_outbox` has no foreign keys.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
