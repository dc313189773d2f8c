//! Security hardening: the anonymous links' body limits and token-first checks, who may read
//! `/metrics` and what it leaves out, the respondent's close on the staff's delayed schedule,
//! and labels that refuse control characters.

mod anonymous_endpoints;
mod conversation_close;
mod labels;
mod metrics;
