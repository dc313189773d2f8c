//! The employee's survey: from a link's token to the questions shown (`load`, `form`), the
//! validation of a submitted form (`submission`, pure) and the shape of the data (`model`).
//! Answers are written only by `store::answers`, the one anonymous write path. Nothing here
//! logs tokens, answers or comments.

pub mod form;
pub mod load;
pub mod model;
pub mod submission;
