//! The HR programme as stored: survey cycles and their waves, questionnaires (the built-in
//! one and HR's versions), service relationships and touchpoint lookups.

pub mod cycles;
pub mod questionnaire_admin;
pub mod questionnaires;
pub mod relationships;
pub mod touchpoints;
pub mod wave_lifecycle;
