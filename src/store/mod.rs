//! Queries. Every function takes `db: &impl ConnectionTrait`, so it runs on the pool or inside
//! a transaction; routes never build queries themselves.
//!
//! The store is the lowest layer of the application: it uses `entity`, `domain` and nothing
//! else of the crate (`tests/api/architecture.rs` holds that). Its folders follow what is
//! stored: staff `accounts`, the `organisation`, the HR `programme` (cycles, waves,
//! questionnaires, relationships, touchpoints), `invitations`, the `survey` page's reads,
//! `results` (sealed submissions, released answers, aggregates) and `followup` (actions,
//! conversations, thanks). The files at the top are plumbing shared by all of them.

pub mod accounts;
pub mod audit;
pub mod claim;
pub mod followup;
pub mod invitations;
pub mod organisation;
pub mod outbox;
pub mod paging;
pub mod programme;
pub mod results;
pub mod schema;
pub mod search;
pub mod survey;
#[cfg(test)]
pub mod test_database;
