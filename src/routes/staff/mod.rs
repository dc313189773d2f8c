//! Pages for logged-in staff that belong to no single area: login (password or identity
//! provider), logout, start pages.

pub mod session;
pub mod single_sign_on;
