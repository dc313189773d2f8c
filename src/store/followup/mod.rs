//! What follows the results, as stored: providers' actions and their translations, "you
//! said, we did", conversations on comments, thanks, and the labels they are shown under.

pub mod action_translations;
pub mod actions;
pub mod conversation_list;
pub mod conversations;
pub mod labels;
pub mod thanks;
pub mod you_said_we_did;
