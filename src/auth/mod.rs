//! Staff authentication and authorisation: password hashing and policy, sessions (signed JWT
//! in an HttpOnly cookie), CSRF protection for forms, login throttling, API keys, and the
//! extractors (`CurrentUser`, `HrAdmin`, `Editor`, `ApiCaller`) that declare in a handler's
//! signature who may call it.

pub mod api_csrf;
pub mod api_key;
pub mod common_passwords;
pub mod csrf;
pub mod extractors;
pub mod oidc;
pub mod password;
pub mod session;
pub mod throttle;

pub use api_key::{ApiCaller, ApiKeyCaller, Scope};
pub use csrf::CsrfForm;
pub use extractors::{CurrentUser, Editor, HrAdmin};
