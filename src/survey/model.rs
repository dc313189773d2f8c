//! What a survey is made of once loaded (the plain values live in `domain::survey`), and how a
//! section's rotation counter becomes the rotating questions it asks.

pub use crate::domain::survey::{
    Asked, Question, QuestionKey, Section, Translation, asked, rotating_ids, service_standard,
};

/// Turns each section's rotation counter into the rotating questions it asks, for the
/// invitation of `employee_id`.
pub fn resolve(
    key: &crate::waves::rotation::RotationKey,
    employee_id: i32,
    sections: &mut [Section],
    questions: &[impl Asked],
) {
    for section in sections {
        if let Some(from) = section.rotating_from {
            let candidates = rotating_ids(section.standard.is_some(), questions);
            section.rotating = key.pick(
                employee_id,
                section.relationship_id,
                &candidates,
                from,
                section.rotating_count,
            );
        }
    }
}
