//! Closing the loop with internal customers: what a provider's action must look like
//! (`action_input`) and who may act on it (`action_access`), what a conversation message may be
//! and when staff see it (`messages`), and the opaque handles that name a thanks answer in URLs
//! (`handles`) — all without I/O — and the use case that saves an action's translations in one
//! transaction (`action_translations`). Queries live in `store::followup` (actions,
//! conversations, thanks); the one visibility rule for comments is `report::comment_gate`.

pub mod action_access;
pub mod action_input;
pub mod action_translations;
pub mod handles;
pub mod messages;
