//! Conversations on comments: the rows the answer write path creates (one per comment, with
//! only the hash of its private token), a thread as its pages show it, its messages, posting
//! (rate-limited, refused once closed) and closing. Nothing here knows who wrote the comment;
//! whether staff may see a thread is decided by `report::comment_gate`.

use crate::domain::conversation::{MAX_MESSAGES_PER_SIDE_PER_DAY, MessageText, state_for_staff};
use crate::store::followup::labels;
use crate::store::results::slices::Slice;
use anyhow::Context;
use chrono::NaiveDate;
use entity::conversation::{self, ConversationState};
use entity::conversation_message::{self, MessageAuthor};
use entity::{account, answer, response};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Response ids per lookup query; keeps the bound parameters far below SQLite's limit.
const LOOKUP_CHUNK: usize = 500;

/// A new open conversation on the answer (`response_id`, `question_id`): random id, the hash
/// of the respondent's token, the calendar day.
pub fn new_row(
    response_id: Uuid,
    question_id: i32,
    token_hash: String,
    created_on: NaiveDate,
) -> conversation::ActiveModel {
    conversation::ActiveModel {
        id: Set(Uuid::new_v4()),
        token_hash: Set(token_hash),
        response_id: Set(response_id),
        question_id: Set(question_id),
        state: Set(ConversationState::Open),
        created_on: Set(created_on),
        respondent_closed_on: Set(None),
    }
}

/// Inserts conversations in chunks of a few fixed sizes, in the order given (callers shuffle).
pub async fn insert_all(
    db: &impl ConnectionTrait,
    rows: Vec<conversation::ActiveModel>,
) -> anyhow::Result<()> {
    for chunk in crate::store::results::answers::fixed_chunks(&rows) {
        conversation::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await
            .context("Failed to insert conversations")?;
    }
    Ok(())
}

/// A conversation with what its pages show. `slice` is for the gate only: it holds the wave,
/// or the month of a touchpoint answer, never the day.
#[derive(Clone, Debug)]
pub struct Thread {
    /// The conversation's random id.
    pub id: Uuid,
    /// Open or closed (as the respondent sees it; staff see `state_for_staff`).
    pub state: ConversationState,
    /// The day the respondent closed it, if they did.
    pub respondent_closed_on: Option<NaiveDate>,
    /// The comment's slice (relationship × wave or month).
    pub slice: Slice,
    /// The comment question.
    pub question_id: i32,
    /// The comment itself.
    pub comment: String,
    /// Service name of the relationship.
    pub service: String,
    /// Name of the providing department.
    pub provider: String,
    /// The providing department.
    pub provider_department_id: i32,
    /// The relationship's service standard (for the question's placeholders).
    pub standard: Option<String>,
}

/// The conversation whose respondent token hashes to `token_hash`.
pub async fn by_token_hash(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> anyhow::Result<Option<Thread>> {
    let found = conversation::Entity::find()
        .filter(conversation::Column::TokenHash.eq(token_hash))
        .one(db)
        .await
        .context("Failed to look up a conversation by token hash")?;
    match found {
        Some(model) => thread(db, model).await,
        None => Ok(None),
    }
}

/// The conversation `id`.
pub async fn by_id(db: &impl ConnectionTrait, id: Uuid) -> anyhow::Result<Option<Thread>> {
    let found = conversation::Entity::find_by_id(id)
        .one(db)
        .await
        .context("Failed to load a conversation")?;
    match found {
        Some(model) => thread(db, model).await,
        None => Ok(None),
    }
}

async fn thread(
    db: &impl ConnectionTrait,
    model: conversation::Model,
) -> anyhow::Result<Option<Thread>> {
    let Some(response) = response::Entity::find_by_id(model.response_id)
        .one(db)
        .await
        .context("Failed to load the conversation's response")?
    else {
        return Ok(None);
    };
    let comment = answer::Entity::find_by_id((model.response_id, model.question_id))
        .one(db)
        .await
        .context("Failed to load the conversation's comment")?
        .and_then(|a| a.value_text)
        .unwrap_or_default();
    let Some(service) = labels::services(db, [response.relationship_id])
        .await?
        .remove(&response.relationship_id)
    else {
        return Ok(None);
    };
    Ok(Some(Thread {
        id: model.id,
        state: model.state,
        respondent_closed_on: model.respondent_closed_on,
        slice: Slice::of(
            response.relationship_id,
            response.wave_id,
            response.submitted_on,
        ),
        question_id: model.question_id,
        comment,
        service: service.service,
        provider: service.provider,
        provider_department_id: service.provider_department_id,
        standard: service.standard,
    }))
}

impl Thread {
    /// The state staff see on `today` (`followup::messages::state_for_staff`).
    pub fn state_for_staff(&self, today: NaiveDate) -> ConversationState {
        state_for_staff(self.state, self.respondent_closed_on, today)
    }
}

/// One message of a thread.
#[derive(Clone, Debug)]
pub struct ConversationMessage {
    /// Position in the thread.
    pub seq: i32,
    /// Provider or respondent.
    pub author: MessageAuthor,
    /// Display name of the replying staff member (provider messages whose account exists).
    pub author_name: Option<String>,
    /// The text.
    pub body: String,
    /// Calendar day it was written (decides when staff see a respondent's message; not shown).
    pub written_on: NaiveDate,
}

/// Every message of conversation `id`, in order.
pub async fn messages(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> anyhow::Result<Vec<ConversationMessage>> {
    let rows = conversation_message::Entity::find()
        .filter(conversation_message::Column::ConversationId.eq(id))
        .order_by_asc(conversation_message::Column::Seq)
        .find_also_related(account::Entity)
        .all(db)
        .await
        .context("Failed to load the conversation's messages")?;
    Ok(rows
        .into_iter()
        .map(|(m, account)| ConversationMessage {
            seq: m.seq,
            author: m.author,
            author_name: account.map(|a| a.display_name),
            body: m.body,
            written_on: m.created_on,
        })
        .collect())
}

/// What became of a posted message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Posted {
    /// Stored as the thread's next message.
    Posted,
    /// The thread is closed (or gone); nothing was stored.
    Closed,
    /// This side already wrote `MAX_MESSAGES_PER_SIDE_PER_DAY` messages today.
    RateLimited,
}

/// Adds `text` by `author` (with `account_id` for staff) to conversation `id` on `today`, in
/// one transaction. The first statement claims the thread with an `UPDATE`, which takes
/// the write lock on SQLite and the row lock on PostgreSQL, so concurrent posts to one thread
/// are serialised: the rate limit and the next `seq` cannot race. The respondent may write to
/// an open thread; staff also to one the respondent closed today, which they still see open.
pub async fn post(
    db: &impl TransactionTrait,
    id: Uuid,
    author: MessageAuthor,
    account_id: Option<i32>,
    text: MessageText,
    today: NaiveDate,
) -> anyhow::Result<Posted> {
    let txn = db
        .begin()
        .await
        .context("Failed to begin the message transaction")?;
    let claimed = conversation::Entity::update_many()
        .col_expr(
            conversation::Column::State,
            Expr::col(conversation::Column::State),
        )
        .filter(conversation::Column::Id.eq(id))
        .filter(writable_by(author, today))
        .exec(&txn)
        .await
        .context("Failed to claim the conversation")?
        .rows_affected;
    if claimed == 0 {
        rollback(txn).await?;
        return Ok(Posted::Closed);
    }
    let today_by_side = conversation_message::Entity::find()
        .filter(conversation_message::Column::ConversationId.eq(id))
        .filter(conversation_message::Column::Author.eq(author))
        .filter(conversation_message::Column::CreatedOn.eq(today))
        .count(&txn)
        .await
        .context("Failed to count today's messages")?;
    if today_by_side >= MAX_MESSAGES_PER_SIDE_PER_DAY {
        rollback(txn).await?;
        return Ok(Posted::RateLimited);
    }
    let last: Option<i32> = conversation_message::Entity::find()
        .select_only()
        .column_as(Expr::col(conversation_message::Column::Seq).max(), "seq")
        .filter(conversation_message::Column::ConversationId.eq(id))
        .into_tuple::<Option<i32>>()
        .one(&txn)
        .await
        .context("Failed to find the last message")?
        .flatten();
    conversation_message::ActiveModel {
        id: Set(Uuid::new_v4()),
        conversation_id: Set(id),
        seq: Set(last.unwrap_or(0) + 1),
        author: Set(author),
        account_id: Set(account_id),
        body: Set(text.into_inner()),
        created_on: Set(today),
    }
    .insert(&txn)
    .await
    .context("Failed to store the message")?;
    txn.commit().await.context("Failed to commit the message")?;
    Ok(Posted::Posted)
}

async fn rollback(txn: impl TransactionSession) -> anyhow::Result<()> {
    txn.rollback()
        .await
        .context("Failed to roll back the message transaction")
}

/// The threads `author` may write to on `today`: open ones, and for staff also those the
/// respondent closed today (staff see them open until tomorrow).
fn writable_by(author: MessageAuthor, today: NaiveDate) -> Condition {
    let open = Condition::any().add(conversation::Column::State.eq(ConversationState::Open));
    match author {
        MessageAuthor::Respondent => open,
        MessageAuthor::Provider => open.add(conversation::Column::RespondentClosedOn.eq(today)),
    }
}

/// Closes conversation `id` on behalf of `by`, on `today`; `false` when it was already closed
/// (or does not exist). A close by the respondent records the day, so staff see it only from
/// the next day on; a close by staff shows at once, also when the respondent closed the thread
/// earlier the same day.
pub async fn close(
    db: &impl ConnectionTrait,
    id: Uuid,
    by: MessageAuthor,
    today: NaiveDate,
) -> anyhow::Result<bool> {
    let respondent_closed_on = match by {
        MessageAuthor::Respondent => Some(today),
        MessageAuthor::Provider => None,
    };
    let closed = conversation::Entity::update_many()
        .col_expr(
            conversation::Column::State,
            Expr::value(ConversationState::Closed),
        )
        .col_expr(
            conversation::Column::RespondentClosedOn,
            Expr::value(respondent_closed_on),
        )
        .filter(conversation::Column::Id.eq(id))
        .filter(writable_by(by, today))
        .exec(db)
        .await
        .context("Failed to close the conversation")?
        .rows_affected;
    Ok(closed > 0)
}

/// Conversation ids of the given answers, for linking comments to their threads.
pub async fn ids_of_answers(
    db: &impl ConnectionTrait,
    answers: &[(Uuid, i32)],
) -> anyhow::Result<HashMap<(Uuid, i32), Uuid>> {
    let response_ids: HashSet<Uuid> = answers.iter().map(|(r, _)| *r).collect();
    let mut found = HashMap::new();
    let ids: Vec<Uuid> = response_ids.into_iter().collect();
    for chunk in ids.chunks(LOOKUP_CHUNK) {
        let rows: Vec<(Uuid, Uuid, i32)> = conversation::Entity::find()
            .select_only()
            .column(conversation::Column::Id)
            .column(conversation::Column::ResponseId)
            .column(conversation::Column::QuestionId)
            .filter(conversation::Column::ResponseId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await
            .context("Failed to look up conversations of comments")?;
        for (id, response_id, question_id) in rows {
            found.insert((response_id, question_id), id);
        }
    }
    Ok(found)
}
