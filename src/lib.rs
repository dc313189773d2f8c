//! innerpulse: internal customer feedback — pulse surveys between departments, anonymous by
//! construction. The binary (`src/main.rs`) is a thin shell around this library (`entry::main`).

pub mod accounts;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config;
pub mod demo;
pub mod domain;
pub mod entry;
pub mod error;
pub mod followup;
pub mod i18n;
pub mod import;
pub mod mail;
pub mod metrics;
pub mod notify;
pub mod programme;
pub mod release;
pub mod report;
pub mod roster;
pub mod routes;
pub mod scheduler;
pub mod sealing;
pub mod startup;
pub mod state;
pub mod store;
pub mod survey;
pub mod telemetry;
pub mod waves;
pub mod web;
