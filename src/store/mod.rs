//! Queries. Every function takes `db: &impl ConnectionTrait`, so it runs on the pool or inside
//! a transaction; routes never build queries themselves.

pub mod accounts;
pub mod answers;
pub mod api_keys;
pub mod organisation_counts;
pub mod outbox;
pub mod survey;
