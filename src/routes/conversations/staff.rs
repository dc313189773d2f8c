//! Staff side of conversations: `/results/conversations` lists the threads the user may see
//! (awaiting a reply first, unread marked); `/results/conversations/{id}` shows one and takes
//! replies. Whether a comment is visible is `report::comment_gate`'s decision alone; a thread
//! that is not visible to the user is a 404, whether it exists or not. A thread the respondent
//! closed shows as closed from the next day on (`followup::messages::state_for_staff`).

use super::view;
use crate::auth::{CsrfForm, CurrentUser, Editor};
use crate::error::{AppError, AppResult};
use crate::followup::messages::{MAX_MESSAGES_PER_SIDE_PER_DAY, MessageText, visible_to_staff};
use crate::report::comment_gate::{self, Gate};
use crate::state::AppState;
use crate::store::followup::conversation_list::{self, ThreadSummary};
use crate::store::followup::conversations::{self, Posted, Thread};
use crate::store::followup::labels;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use entity::conversation::ConversationState;
use entity::conversation_message::MessageAuthor;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Threads per page of the list.
const PER_PAGE: usize = 50;

/// The list's query string; raw, so a bad value never breaks the page.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    filter: String,
    #[serde(default)]
    page: String,
}

/// One row of the list.
#[derive(Serialize)]
struct Row {
    id: Uuid,
    service: String,
    provider: String,
    period: String,
    messages: usize,
    awaiting_reply: bool,
    unread: bool,
    closed: bool,
}

/// `GET /results/conversations`
#[tracing::instrument(skip_all)]
pub async fn list(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ListQuery>,
) -> AppResult<HttpResponse> {
    let gate = Gate::now(&state.settings.anonymity);
    let awaiting_only = query.filter == "awaiting";
    let mut threads: Vec<ThreadSummary> =
        comment_gate::staff_threads(&state.db, user.department_scope(), user.id, gate).await?;
    if awaiting_only {
        threads.retain(|t| t.awaiting_reply);
    }
    let total = threads.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_no = query
        .page
        .trim()
        .parse::<usize>()
        .unwrap_or(1)
        .clamp(1, pages);
    let shown: Vec<ThreadSummary> = threads
        .into_iter()
        .skip((page_no - 1) * PER_PAGE)
        .take(PER_PAGE)
        .collect();
    let periods = labels::periods(&state.db, shown.iter().map(|t| t.slice.period)).await?;
    let rows: Vec<Row> = shown
        .into_iter()
        .map(|t| Row {
            id: t.id,
            period: periods
                .get(&t.slice.period)
                .map(|p| p.label.clone())
                .unwrap_or_default(),
            service: t.service,
            provider: t.provider,
            messages: t.messages,
            awaiting_reply: t.awaiting_reply,
            unread: t.unread,
            closed: t.state == ConversationState::Closed,
        })
        .collect();
    let link = |n: usize| {
        let filter = if awaiting_only { "awaiting" } else { "all" };
        format!("/results/conversations?filter={filter}&page={n}")
    };
    let mut context = tera::Context::new();
    context.insert("threads", &rows);
    context.insert("total", &total);
    context.insert("awaiting_only", &awaiting_only);
    context.insert("page", &page_no);
    context.insert("pages", &pages);
    context.insert("previous", &(page_no > 1).then(|| link(page_no - 1)));
    context.insert("next", &(page_no < pages).then(|| link(page_no + 1)));
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "conversations/list.html",
        context,
    )
}

/// The thread `id` if `user` may see it: the comment passes the gate for their departments.
async fn visible_thread(state: &AppState, user: &CurrentUser, raw_id: &str) -> AppResult<Thread> {
    let id = Uuid::parse_str(raw_id).map_err(|_| AppError::NotFound)?;
    let thread = conversations::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let gate = Gate::now(&state.settings.anonymity);
    if comment_gate::is_visible(&state.db, user.department_scope(), gate, thread.slice).await? {
        Ok(thread)
    } else {
        Err(AppError::NotFound)
    }
}

async fn thread_page(
    state: &AppState,
    request: &HttpRequest,
    user: &CurrentUser,
    thread: &Thread,
    reply: (&str, Option<&'static str>, Option<&'static str>),
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let locale = page::locale(state, request, Some(user));
    let gate = Gate::now(&state.settings.anonymity);
    let messages = conversations::messages(&state.db, thread.id).await?;
    let seen = messages
        .iter()
        .filter(|m| visible_to_staff(m.author, m.written_on, gate.today))
        .map(|m| m.seq)
        .max();
    if let Some(seq) = seen {
        conversation_list::mark_read(&state.db, thread.id, user.id, seq).await?;
    }
    let period = labels::periods(&state.db, [thread.slice.period])
        .await?
        .remove(&thread.slice.period)
        .map(|p| p.label)
        .unwrap_or_default();
    let (text, error, notice) = reply;
    let shown = thread.state_for_staff(gate.today);
    let mut context = view::thread_context(state, thread, shown, locale).await?;
    context.insert("id", &thread.id);
    context.insert("period", &period);
    context.insert("messages", &view::for_staff(&messages, gate.today));
    context.insert("respondent_label", "loop-from-colleague");
    context.insert("can_write", &!user.is_viewer());
    context.insert("reply", text);
    context.insert("error", &error);
    context.insert("notice", &notice);
    context.insert("max_per_day", &MAX_MESSAGES_PER_SIDE_PER_DAY);
    page::render_status(
        page::Viewer::new(state, request, Some(user)),
        "conversations/staff.html",
        context,
        status,
    )
}

/// `GET /results/conversations/{id}`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let thread = visible_thread(&state, &user, &path).await?;
    thread_page(
        &state,
        &request,
        &user,
        &thread,
        ("", None, None),
        StatusCode::OK,
    )
    .await
}

/// The reply form.
#[derive(Debug, Default, Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    message: String,
}

/// `POST /results/conversations/{id}`: a reply by a head of the providing department or HR.
#[tracing::instrument(skip_all)]
pub async fn reply(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<String>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> AppResult<HttpResponse> {
    let thread = visible_thread(&state, &user, &path).await?;
    let refused = |error: Option<&'static str>, notice: Option<&'static str>, status| {
        thread_page(
            &state,
            &request,
            &user,
            &thread,
            (&form.message, error, notice),
            status,
        )
    };
    let today = Gate::now(&state.settings.anonymity).today;
    if thread.state_for_staff(today) == ConversationState::Closed {
        return refused(None, Some("conversation-closed"), StatusCode::CONFLICT).await;
    }
    let message = match MessageText::parse(&form.message) {
        Ok(message) => message,
        Err(error) => {
            return refused(
                Some(error.message_key()),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match conversations::post(
        &state.db,
        thread.id,
        MessageAuthor::Provider,
        Some(user.id),
        message,
        today,
    )
    .await?
    {
        Posted::Posted => Ok(page::see_other(&format!(
            "/results/conversations/{}",
            thread.id
        ))),
        Posted::Closed => refused(None, Some("conversation-closed"), StatusCode::CONFLICT).await,
        Posted::RateLimited => {
            refused(
                None,
                Some("loop-rate-limited-staff"),
                StatusCode::TOO_MANY_REQUESTS,
            )
            .await
        }
    }
}

/// `GET /results/conversations/{id}/close`: asks before ending the conversation.
#[tracing::instrument(skip_all)]
pub async fn confirm_close(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let thread = visible_thread(&state, &user, &path).await?;
    let mut context = tera::Context::new();
    context.insert("id", &thread.id);
    context.insert("service", &thread.service);
    let today = Gate::now(&state.settings.anonymity).today;
    context.insert(
        "open",
        &(thread.state_for_staff(today) == ConversationState::Open),
    );
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "conversations/staff_close.html",
        context,
    )
}

/// `POST /results/conversations/{id}/close`
#[tracing::instrument(skip_all)]
pub async fn close(
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let thread = visible_thread(&state, &user, &path).await?;
    let today = Gate::now(&state.settings.anonymity).today;
    conversations::close(&state.db, thread.id, MessageAuthor::Provider, today).await?;
    Ok(page::see_other(&format!(
        "/results/conversations/{}",
        thread.id
    )))
}
