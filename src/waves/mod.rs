//! Survey waves end to end, except the survey page itself: opening a wave (section
//! assignment, invitations with derived tokens, rotation history), rendering invitation,
//! reminder and touchpoint emails, and creating touchpoint invitations. The scheduler and the
//! HR pages call in here; queries live in `store`.

pub mod assign;
pub mod budget;
pub mod email;
pub mod merge;
pub mod open;
pub mod reissue;
pub mod rotation;
pub mod sections;
pub mod token;
pub mod touchpoint;

pub use token::{TokenInput, survey_token};
