//! `/c/{token}`: the respondent reads replies to their comment, answers (plain text, at most
//! `MAX_MESSAGES_PER_SIDE_PER_DAY` a day) and can end the conversation. Every answer is a page
//! in the survey's own layout: 404 for an unknown link, 409 for a closed thread, 413 for a body
//! beyond `web::form_body`'s limits, 422 for an empty or overlong message (the text is kept),
//! 429 when the day's messages are used up. Closing by the respondent reaches staff on the
//! same schedule as the respondent's messages (`followup::messages`).

use super::view;
use crate::domain::{Locale, SecretToken};
use crate::error::AppResult;
use crate::followup::messages::{MAX_MESSAGES_PER_SIDE_PER_DAY, MessageText};
use crate::routes::survey::render;
use crate::state::AppState;
use crate::store::followup::conversations::{self, Posted, Thread};
use crate::web::form_body;
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use entity::conversation::ConversationState;
use entity::conversation_message::MessageAuthor;

/// What the reply form shows besides the thread.
#[derive(Default)]
struct Reply {
    text: String,
    error: Option<&'static str>,
    notice: Option<&'static str>,
}

async fn find(state: &AppState, request: &HttpRequest) -> AppResult<Option<Thread>> {
    let Ok(token) = SecretToken::parse(request.match_info().query("token")) else {
        return Ok(None);
    };
    Ok(conversations::by_token_hash(&state.db, &token.hash()).await?)
}

fn locale(state: &AppState, request: &HttpRequest) -> Locale {
    render::locale(state, request, None)
}

/// The thread's own address, keeping the language.
fn thread_path(request: &HttpRequest, locale: Locale) -> String {
    let token = request.match_info().query("token");
    format!("/c/{token}?lang={locale}")
}

fn unknown(state: &AppState, request: &HttpRequest) -> AppResult<HttpResponse> {
    let mut context = tera::Context::new();
    context.insert("status", &404);
    render::page(
        state,
        locale(state, request),
        "conversations/respondent_unknown.html",
        context,
        StatusCode::NOT_FOUND,
    )
}

async fn thread_page(
    state: &AppState,
    request: &HttpRequest,
    thread: &Thread,
    reply: Reply,
    status: StatusCode,
) -> AppResult<HttpResponse> {
    let locale = locale(state, request);
    let today = Utc::now().date_naive();
    let messages = conversations::messages(&state.db, thread.id).await?;
    let mut context = view::thread_context(state, thread, thread.state, locale).await?;
    context.insert("messages", &view::for_respondent(&messages, today));
    context.insert("respondent_label", "conversation-from-you");
    context.insert("reply", &reply.text);
    context.insert("error", &reply.error);
    context.insert("notice", &reply.notice);
    context.insert("max_per_day", &MAX_MESSAGES_PER_SIDE_PER_DAY);
    context.insert("close_path", &format!("{}/close", request.path()));
    render::page(
        state,
        locale,
        "conversations/respondent.html",
        context,
        status,
    )
}

/// `GET /c/{token}`
#[tracing::instrument(skip_all)]
pub async fn show(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    match find(&state, &request).await? {
        Some(thread) => {
            thread_page(&state, &request, &thread, Reply::default(), StatusCode::OK).await
        }
        None => unknown(&state, &request),
    }
}

/// `POST /c/{token}`: the body is read only once the thread is found, within
/// `web::form_body`'s limits (413 beyond them), and parsed leniently, so a mangled form is a
/// 422, never a 400.
#[tracing::instrument(skip_all)]
pub async fn reply(
    request: HttpRequest,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> AppResult<HttpResponse> {
    let Some(thread) = find(&state, &request).await? else {
        return unknown(&state, &request);
    };
    let fields = match form_body::read_form(&request, payload).await {
        Ok(fields) => fields,
        Err(refused) => return render::refused_body(&state, locale(&state, &request), refused),
    };
    let text = fields
        .into_iter()
        .find(|(name, _)| name == "message")
        .map(|(_, value)| value)
        .unwrap_or_default();
    let refused = |error: Option<&'static str>, notice: Option<&'static str>, status| {
        let reply = Reply {
            text: text.clone(),
            error,
            notice,
        };
        thread_page(&state, &request, &thread, reply, status)
    };
    if thread.state == ConversationState::Closed {
        return refused(None, Some("conversation-closed"), StatusCode::CONFLICT).await;
    }
    let message = match MessageText::parse(&text) {
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
    let today = Utc::now().date_naive();
    match conversations::post(
        &state.db,
        thread.id,
        MessageAuthor::Respondent,
        None,
        message,
        today,
    )
    .await?
    {
        Posted::Posted => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, thread_path(&request, locale(&state, &request))))
            .finish()),
        Posted::Closed => refused(None, Some("conversation-closed"), StatusCode::CONFLICT).await,
        Posted::RateLimited => {
            refused(
                None,
                Some("loop-rate-limited-respondent"),
                StatusCode::TOO_MANY_REQUESTS,
            )
            .await
        }
    }
}

/// `GET /c/{token}/close`: asks before ending the conversation.
#[tracing::instrument(skip_all)]
pub async fn confirm_close(
    request: HttpRequest,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let Some(thread) = find(&state, &request).await? else {
        return unknown(&state, &request);
    };
    let locale = locale(&state, &request);
    if thread.state == ConversationState::Closed {
        return Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, thread_path(&request, locale)))
            .finish());
    }
    let mut context = tera::Context::new();
    context.insert("service", &thread.service);
    context.insert("back", &thread_path(&request, locale));
    render::page(
        &state,
        locale,
        "conversations/respondent_close.html",
        context,
        StatusCode::OK,
    )
}

/// `POST /c/{token}/close`: ends the conversation; the respondent cannot write afterwards, and
/// staff see it closed from the next day on (until then they may still reply).
#[tracing::instrument(skip_all)]
pub async fn close(request: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    let Some(thread) = find(&state, &request).await? else {
        return unknown(&state, &request);
    };
    let today = Utc::now().date_naive();
    conversations::close(&state.db, thread.id, MessageAuthor::Respondent, today).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, thread_path(&request, locale(&state, &request))))
        .finish())
}
