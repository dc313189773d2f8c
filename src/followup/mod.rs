//! Closing the loop with internal customers, without I/O: what a provider's action must look
//! like (`action_input`), what a conversation message may be and when staff see it
//! (`messages`), and the opaque handles that name a thanks answer in URLs (`handles`).
//! Queries live in `store::followup::actions`, `store::followup::conversations`, `store::followup::thanks` and the one
//! visibility rule for comments in `report::comment_gate`.

pub mod action_input;
pub mod handles;
pub mod messages;
