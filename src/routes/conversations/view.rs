//! What both sides' conversation pages show: the comment with the question it answers, and
//! the messages — all of them for the respondent, those that have reached staff for staff —
//! and whether the thread is open, as each side sees it.

use crate::domain::Locale;
use crate::followup::messages::{MAX_MESSAGE_CHARS, visible_to_staff};
use crate::state::AppState;
use crate::store::followup::conversations::{ConversationMessage, Thread};
use crate::store::survey;
use crate::survey::form::{self, Languages};
use crate::survey::model::Section;
use chrono::NaiveDate;
use entity::conversation::ConversationState;
use entity::conversation_message::MessageAuthor;
use serde::Serialize;

/// One message, for the templates.
#[derive(Serialize)]
pub struct MessageView {
    /// Written by the providing department's staff.
    from_provider: bool,
    /// The staff member's name (provider messages).
    author: Option<String>,
    /// Plain text; the template escapes it and keeps line breaks.
    body: String,
    /// A respondent message that reaches staff only tomorrow.
    pending: bool,
}

/// The messages the respondent sees: every one, their own of today marked as pending.
pub fn for_respondent(messages: &[ConversationMessage], today: NaiveDate) -> Vec<MessageView> {
    messages
        .iter()
        .map(|m| MessageView {
            from_provider: m.author == MessageAuthor::Provider,
            author: m.author_name.clone(),
            body: m.body.clone(),
            pending: !visible_to_staff(m.author, m.written_on, today),
        })
        .collect()
}

/// The messages staff see on `today`.
pub fn for_staff(messages: &[ConversationMessage], today: NaiveDate) -> Vec<MessageView> {
    messages
        .iter()
        .filter(|m| visible_to_staff(m.author, m.written_on, today))
        .map(|m| MessageView {
            from_provider: m.author == MessageAuthor::Provider,
            author: m.author_name.clone(),
            body: m.body.clone(),
            pending: false,
        })
        .collect()
}

/// The thread's comment and surroundings, for both sides' templates; `shown` is the state
/// the reader sees (staff see a respondent's close a day late).
pub async fn thread_context(
    state: &AppState,
    thread: &Thread,
    shown: ConversationState,
    locale: Locale,
) -> anyhow::Result<tera::Context> {
    let mut context = tera::Context::new();
    context.insert("service", &thread.service);
    context.insert("provider", &thread.provider);
    context.insert("comment", &thread.comment);
    context.insert("open", &(shown == ConversationState::Open));
    context.insert("max_chars", &MAX_MESSAGE_CHARS);
    context.insert("prompt", &prompt(state, thread, locale).await?);
    Ok(context)
}

/// The comment question's prompt in `locale`, placeholders filled for the thread's service.
async fn prompt(state: &AppState, thread: &Thread, locale: Locale) -> anyhow::Result<String> {
    let Some(question) = survey::question(&state.db, thread.question_id).await? else {
        return Ok(String::new());
    };
    let section = Section {
        relationship_id: thread.slice.relationship_id,
        service: thread.service.clone(),
        provider: thread.provider.clone(),
        standard: thread.standard.clone(),
        ..Section::default()
    };
    let languages = Languages {
        i18n: &state.i18n,
        locale,
        default: state.settings.i18n.default_locale,
    };
    Ok(form::prompt(&section, &question, languages))
}
