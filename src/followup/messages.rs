//! Conversation messages: the text rules and when staff see what (`domain::conversation`,
//! where the store reads them too).

pub use crate::domain::conversation::{
    MAX_MESSAGE_CHARS, MAX_MESSAGES_PER_SIDE_PER_DAY, MessageError, MessageText, state_for_staff,
    visible_to_staff,
};
