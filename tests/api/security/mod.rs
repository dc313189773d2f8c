//! The staff side read as an attacker would: separate keys, cookie-authenticated API writes,
//! and the roster changes an insider could use to unmask a colleague.

mod api_writes;
mod keys;
mod roster;
