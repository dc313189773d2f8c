//! Closing the loop: providers' actions (pages and API), "you said, we did" in the next
//! wave's emails and survey page, anonymous conversations on comments, the comment gate, the
//! thanks wall and the recognition page.

mod actions;
mod actions_api;
mod anonymity;
mod conversation_limits;
mod conversations;
mod demo;
pub mod fixture;
mod gate;
mod logs;
mod thanks;
mod you_said_we_did;
