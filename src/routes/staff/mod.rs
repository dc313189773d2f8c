//! Pages for logged-in staff that belong to no single area: login, logout, start pages.

pub mod session;
