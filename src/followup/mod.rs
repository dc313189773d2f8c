//! Closing the loop with internal customers, without I/O: what a provider's action must look
//! like (`action_input`) and who may act on it (`action_access`), what a conversation message
//! may be and when staff see it (`messages`), and the opaque handles that name a thanks answer
//! in URLs (`handles`). Queries live in `store::followup` (actions, conversations, thanks); the
//! one visibility rule for comments is `report::comment_gate`.

pub mod action_access;
pub mod action_input;
pub mod handles;
pub mod messages;
