//! Queries. Every function takes `db: &impl ConnectionTrait`, so it runs on the pool or inside
//! a transaction; routes never build queries themselves.

pub mod account_admin;
pub mod account_tokens;
pub mod accounts;
pub mod action_translations;
pub mod actions;
pub mod answers;
pub mod api_keys;
pub mod audit;
pub mod claim;
pub mod comment_gate;
pub mod conversation_list;
pub mod conversations;
pub mod cycles;
pub mod delivery_report;
pub mod departments;
pub mod employee_import;
pub mod employees;
pub mod invitation_delivery;
pub mod invitation_mail;
pub mod invitation_reissue;
pub mod invitations;
pub mod labels;
pub mod organisation;
pub mod organisation_counts;
pub mod outbox;
pub mod participation;
pub mod questionnaire_admin;
pub mod questionnaires;
pub mod relationships;
pub mod result_aggregates;
pub mod result_notifications;
pub mod results;
pub mod schema;
pub mod sealed;
pub mod search;
pub mod survey;
pub mod survey_group;
pub mod survey_keys;
#[cfg(test)]
pub mod test_database;
pub mod thanks;
pub mod touchpoints;
pub mod waves;
pub mod you_said_we_did;
