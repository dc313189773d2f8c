//! Staff single sign-on through OpenID Connect providers (`[auth.oidc]`): the authorization
//! code flow with PKCE, `state` and `nonce`, the provider's keys and metadata found by
//! discovery, and the ID token's signature and claims checked by `openidconnect`.
//!
//! `providers` keeps each provider's discovered metadata, `flow` builds the redirect to the
//! provider and checks what comes back, `identity` reads who the person is from the verified
//! ID token, `error` names every way a sign-in can fail. Which account that person gets, and
//! with which role, is decided in `accounts::single_sign_on`.

mod error;
mod flow;
mod http;
mod identity;
mod providers;

pub use error::SignInError;
pub use flow::{Begun, begin, finish, logout_url};
pub use identity::Identity;
pub use providers::Providers;
