//! SeaORM entities of innerpulse: one module per table plus a prelude. Entities describe rows
//! only; validation and business rules live in the application (`src/domain`, `src/store`).

pub mod account;
pub mod account_department;
pub mod account_token;
pub mod action;
pub mod action_translation;
pub mod answer;
pub mod api_key;
pub mod audit_entry;
pub mod conversation;
pub mod conversation_message;
pub mod conversation_read;
pub mod cycle;
pub mod cycle_relationship;
pub mod department;
pub mod employee;
pub mod invitation;
pub mod invitation_section;
pub mod login_throttle;
pub mod mail_outbox;
pub mod oidc_login;
pub mod prelude;
pub mod question;
pub mod question_translation;
pub mod questionnaire;
pub mod relationship;
pub mod response;
pub mod result_count;
pub mod result_group;
pub mod result_period;
pub mod result_slice;
pub mod sealed_submission;
pub mod section_history;
pub mod shared_thanks;
pub mod wave;
pub mod wave_notification;
