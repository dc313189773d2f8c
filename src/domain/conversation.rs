//! Conversation messages: plain text of 1–2,000 characters, at most
//! `MAX_MESSAGES_PER_SIDE_PER_DAY` per side per thread per day, and a respondent's message
//! reaches staff only from the day after it was written, so that watching for new replies
//! tells nobody when (and so by whom) a message was written. A respondent closing the thread
//! reaches staff on the same schedule: until the next day staff see it open and may still
//! reply (the respondent finds that reply on the closed thread).

use chrono::NaiveDate;
use entity::conversation::ConversationState;
use entity::conversation_message::MessageAuthor;

/// Longest message, in characters (a line break counts as one).
pub const MAX_MESSAGE_CHARS: usize = 2000;
/// Most messages one side (the provider's staff together, or the respondent) may write in one
/// thread on one calendar day.
pub const MAX_MESSAGES_PER_SIDE_PER_DAY: u64 = 5;

/// Why a message text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageError {
    /// Nothing but white space.
    Empty,
    /// Longer than `MAX_MESSAGE_CHARS`.
    TooLong,
}

impl MessageError {
    /// The Fluent id of the message shown at the field.
    pub fn message_key(self) -> &'static str {
        match self {
            MessageError::Empty => "loop-message-empty",
            MessageError::TooLong => "loop-message-too-long",
        }
    }
}

/// A valid message text: trimmed, line breaks as `\n`, other control characters removed.
/// It is stored and shown as plain text (templates escape it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    /// Checks and normalises raw input.
    pub fn parse(raw: &str) -> Result<Self, MessageError> {
        let text: String = raw
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .collect();
        let text = text.trim().to_owned();
        if text.is_empty() {
            Err(MessageError::Empty)
        } else if text.chars().count() > MAX_MESSAGE_CHARS {
            Err(MessageError::TooLong)
        } else {
            Ok(Self(text))
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Takes the text out.
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// Whether staff may see a message written on `written_on` by `author`, on `today`: provider
/// messages at once, respondent messages from the next calendar day (UTC) on.
pub fn visible_to_staff(author: MessageAuthor, written_on: NaiveDate, today: NaiveDate) -> bool {
    author == MessageAuthor::Provider || written_on < today
}

/// The state staff see on `today`: a close by staff at once, a close by the respondent (on
/// `respondent_closed_on`) from the next calendar day (UTC) on, like the respondent's messages.
pub fn state_for_staff(
    state: ConversationState,
    respondent_closed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> ConversationState {
    match respondent_closed_on {
        Some(day) if !visible_to_staff(MessageAuthor::Respondent, day, today) => {
            ConversationState::Open
        }
        _ => state,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_line_breaks_normalised() {
        let text = MessageText::parse("  Thanks!\r\nWe fixed it.\u{7}  ").unwrap();

        assert_eq!(text.as_str(), "Thanks!\nWe fixed it.");
    }

    #[test]
    fn blank_and_overlong_texts_are_refused() {
        assert_eq!(MessageText::parse(" \n\t "), Err(MessageError::Empty));
        assert_eq!(
            MessageText::parse(&"é".repeat(MAX_MESSAGE_CHARS + 1)),
            Err(MessageError::TooLong)
        );
        assert!(MessageText::parse(&"é".repeat(MAX_MESSAGE_CHARS)).is_ok());
        assert!(MessageText::parse(&"a\r\n".repeat(MAX_MESSAGE_CHARS / 2)).is_ok());
    }

    #[test]
    fn markup_is_kept_as_plain_text() {
        assert_eq!(
            MessageText::parse("<b>bold</b>").unwrap().as_str(),
            "<b>bold</b>"
        );
    }

    #[test]
    fn a_respondent_message_reaches_staff_the_next_day() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let yesterday = today.pred_opt().unwrap();

        assert!(!visible_to_staff(MessageAuthor::Respondent, today, today));
        assert!(visible_to_staff(
            MessageAuthor::Respondent,
            yesterday,
            today
        ));
        assert!(visible_to_staff(MessageAuthor::Provider, today, today));
    }

    #[test]
    fn a_respondent_closing_reaches_staff_the_next_day() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let yesterday = today.pred_opt().unwrap();
        let closed = ConversationState::Closed;

        assert_eq!(
            state_for_staff(closed, Some(today), today),
            ConversationState::Open
        );
        assert_eq!(state_for_staff(closed, Some(yesterday), today), closed);
        assert_eq!(state_for_staff(closed, None, today), closed);
    }
}
