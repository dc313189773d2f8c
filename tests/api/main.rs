//! Integration tests: one binary, one module per area. Every test starts the real application
//! on a random port with its own fresh database (SQLite, or PostgreSQL when
//! `INNERPULSE_TEST_DATABASE_URL` is set) and a real SMTP server on a random loopback port.
//!
//! Where tests live: a test that needs the running application belongs here. A unit test in
//! `src/` is the `#[cfg(test)] mod tests` child of the module it tests — inline at the bottom of
//! that file while it is short (up to about 150 lines), otherwise in the child file `tests.rs`
//! (`foo/tests.rs` beside `foo.rs`, or inside the folder of `foo/mod.rs`), declared
//! `#[cfg(test)] mod tests;` and never through `#[path]`.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a broken test setup should fail the test loudly"
)]

mod accounts;
mod accounts_api;
mod api_keys;
mod architecture;
mod audit;
mod auth;
mod browser;
mod cli;
mod configuration;
mod cycles;
mod delivery;
mod delivery_batches;
mod demo;
mod errors_and_headers;
mod followup;
mod health;
mod helpers;
mod journey;
mod mail_delivery;
mod migrations;
mod openapi;
mod organisation_api;
mod organisation_departments;
mod organisation_employees;
mod organisation_import;
mod password_reset;
mod pulse;
mod pulse_setup;
mod questionnaires;
mod relationships;
mod results;
mod security;
mod sessions;
mod single_sign_on;
mod smtp_server;
mod survey;
mod throttling;
mod touchpoints;
mod waves;
mod waves_fixture;
