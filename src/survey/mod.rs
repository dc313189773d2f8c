//! The employee's survey: from a link's token to the questions shown (`load`, `form`), the
//! validation of a submitted form (`submission`, pure), the shape of the data (`model`), how
//! long a survey takes (`estimate`, pure), the in-memory question keys of locked
//! questionnaires (`question_key_cache`) and the group-commit writer every submission goes through
//! (`intake`), which seals each submission (`seal`) into one opaque record; answers become
//! rows only when a release opens them (`crate::release`). Nothing here logs tokens, answers
//! or comments.

pub mod estimate;
pub mod form;
pub mod intake;
pub mod load;
pub mod model;
pub mod question_key_cache;
pub mod seal;
pub mod submission;
