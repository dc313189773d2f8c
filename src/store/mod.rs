//! Queries. Every function takes `db: &impl ConnectionTrait`, so it runs on the pool or inside
//! a transaction; routes never build queries themselves.

pub mod accounts;
pub mod outbox;
