//! Queries. Every function takes `db: &impl ConnectionTrait`, so it runs on the pool or inside
//! a transaction; routes never build queries themselves.

pub mod accounts;
pub mod api_keys;
pub mod departments;
pub mod employee_import;
pub mod employees;
pub mod organisation_counts;
pub mod outbox;
