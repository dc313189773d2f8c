//! The staff side read as an attacker would: separate keys, cookie-authenticated API writes,
//! the roster changes an insider could use to unmask a colleague, the anonymous links' body
//! limits and token-first checks, who may read `/metrics` and what it leaves out, the
//! respondent's close on the staff's delayed schedule, and labels that refuse control
//! characters.

mod anonymous_endpoints;
mod api_writes;
mod conversation_close;
mod email_domains;
mod keys;
mod labels;
mod metrics;
mod roster;
