//! Staff authentication: password hashing and policy (sessions, CSRF and role extractors come
//! with the accounts feature).

pub mod password;
