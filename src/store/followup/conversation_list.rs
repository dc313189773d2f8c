//! The staff's list of conversations: threads with at least one message staff may see (the
//! comment gate, `report::comment_gate`, then keeps those on comments the viewer may read),
//! with "awaiting reply" and "unread" markers; and the per-account read marker that the conversation page moves forward.

use crate::domain::conversation::{state_for_staff, visible_to_staff};
use crate::store::followup::labels;
use crate::store::results::slices::Slice;
use anyhow::Context;
use chrono::NaiveDate;
use entity::conversation::{self, ConversationState};
use entity::conversation_message::{self, MessageAuthor};
use entity::{conversation_read, response};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::HashMap;
use uuid::Uuid;

/// A conversation as the list loads it: id, state, the day the respondent closed it, and the
/// relationship, wave and day of its comment.
type ThreadRow = (
    Uuid,
    ConversationState,
    Option<NaiveDate>,
    i32,
    Option<i32>,
    NaiveDate,
);

/// The messages staff may see, as (seq, author), by conversation.
pub type StaffMessages = HashMap<Uuid, Vec<(i32, MessageAuthor)>>;

/// Ids per `IN (...)` list.
const ID_CHUNK: usize = 500;

/// One thread in the staff's list.
#[derive(Clone, Debug)]
pub struct ThreadSummary {
    /// The conversation.
    pub id: Uuid,
    /// Open or closed, as staff see it today (`followup::messages::state_for_staff`).
    pub state: ConversationState,
    /// The comment's slice.
    pub slice: Slice,
    /// Service name.
    pub service: String,
    /// Providing department's name.
    pub provider: String,
    /// Messages staff can see.
    pub messages: usize,
    /// The last message staff can see is the respondent's and the thread is open.
    pub awaiting_reply: bool,
    /// A respondent message this account has not seen yet.
    pub unread: bool,
}

/// The messages staff may see on `today` by conversation, and the conversations that have
/// any, with the state staff see and their comment's slice — before the comment gate.
pub async fn threads(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> anyhow::Result<(StaffMessages, Vec<(Uuid, ConversationState, Slice)>)> {
    let messages = staff_messages(db, today).await?;
    if messages.is_empty() {
        return Ok((messages, vec![]));
    }
    let ids: Vec<Uuid> = messages.keys().copied().collect();
    let mut threads: Vec<(Uuid, ConversationState, Slice)> = vec![];
    for chunk in ids.chunks(ID_CHUNK) {
        let rows: Vec<ThreadRow> = conversation::Entity::find()
            .select_only()
            .column(conversation::Column::Id)
            .column(conversation::Column::State)
            .column(conversation::Column::RespondentClosedOn)
            .column(response::Column::RelationshipId)
            .column(response::Column::WaveId)
            .column(response::Column::SubmittedOn)
            .inner_join(response::Entity)
            .filter(conversation::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await
            .context("Failed to load conversations")?;
        threads.extend(rows.into_iter().map(
            |(id, state, respondent_closed_on, rel, wave, day)| {
                let state = state_for_staff(state, respondent_closed_on, today);
                (id, state, Slice::of(rel, wave, day))
            },
        ));
    }
    Ok((messages, threads))
}

/// The list entries of `threads` (those the comment gate let through) for `account_id`:
/// awaiting a reply first, then unread, then by service.
pub async fn summaries(
    db: &impl ConnectionTrait,
    account_id: i32,
    messages: &StaffMessages,
    threads: Vec<(Uuid, ConversationState, Slice)>,
) -> anyhow::Result<Vec<ThreadSummary>> {
    let services = labels::services(db, threads.iter().map(|t| t.2.relationship_id)).await?;
    let seen = seen_by(
        db,
        account_id,
        &threads.iter().map(|t| t.0).collect::<Vec<_>>(),
    )
    .await?;
    let mut summaries: Vec<ThreadSummary> = threads
        .into_iter()
        .filter_map(|(id, state, slice)| {
            let thread = messages.get(&id)?;
            let service = services.get(&slice.relationship_id)?;
            let last = thread.iter().max_by_key(|(seq, _)| *seq)?;
            let seen = seen.get(&id).copied().unwrap_or(0);
            Some(ThreadSummary {
                id,
                state,
                slice,
                service: service.service.clone(),
                provider: service.provider.clone(),
                messages: thread.len(),
                awaiting_reply: state == ConversationState::Open
                    && last.1 == MessageAuthor::Respondent,
                unread: thread
                    .iter()
                    .any(|(seq, author)| *author == MessageAuthor::Respondent && *seq > seen),
            })
        })
        .collect();
    summaries.sort_by(|a, b| {
        (!a.awaiting_reply, !a.unread, &a.service, a.id).cmp(&(
            !b.awaiting_reply,
            !b.unread,
            &b.service,
            b.id,
        ))
    });
    Ok(summaries)
}

/// The messages staff may see on `today`, as (seq, author) by conversation.
async fn staff_messages(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> anyhow::Result<HashMap<Uuid, Vec<(i32, MessageAuthor)>>> {
    let rows: Vec<(Uuid, i32, MessageAuthor, NaiveDate)> = conversation_message::Entity::find()
        .select_only()
        .column(conversation_message::Column::ConversationId)
        .column(conversation_message::Column::Seq)
        .column(conversation_message::Column::Author)
        .column(conversation_message::Column::CreatedOn)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load conversation messages")?;
    let mut by_thread: HashMap<Uuid, Vec<(i32, MessageAuthor)>> = HashMap::new();
    for (id, seq, author, written_on) in rows {
        if visible_to_staff(author, written_on, today) {
            by_thread.entry(id).or_default().push((seq, author));
        }
    }
    Ok(by_thread)
}

/// How far `account_id` has read each of `ids`.
async fn seen_by(
    db: &impl ConnectionTrait,
    account_id: i32,
    ids: &[Uuid],
) -> anyhow::Result<HashMap<Uuid, i32>> {
    let mut seen = HashMap::new();
    for chunk in ids.chunks(ID_CHUNK) {
        let rows: Vec<(Uuid, i32)> = conversation_read::Entity::find()
            .select_only()
            .column(conversation_read::Column::ConversationId)
            .column(conversation_read::Column::SeenSeq)
            .filter(conversation_read::Column::AccountId.eq(account_id))
            .filter(conversation_read::Column::ConversationId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await
            .context("Failed to load read markers")?;
        seen.extend(rows);
    }
    Ok(seen)
}

/// Records that `account_id` has seen conversation `id` up to message `seq`.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    id: Uuid,
    account_id: i32,
    seq: i32,
) -> anyhow::Result<()> {
    conversation_read::Entity::insert(conversation_read::ActiveModel {
        conversation_id: Set(id),
        account_id: Set(account_id),
        seen_seq: Set(seq),
    })
    .on_conflict(
        OnConflict::columns([
            conversation_read::Column::ConversationId,
            conversation_read::Column::AccountId,
        ])
        .update_column(conversation_read::Column::SeenSeq)
        .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .context("Failed to record a read marker")?;
    Ok(())
}
