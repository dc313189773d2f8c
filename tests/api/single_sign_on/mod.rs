//! Staff single sign-on against a real OpenID provider (the `oidc-provider` package run by
//! Node, `helpers::oidc`): first sign-in, roles from the group claim, refused answers, logout
//! and password login switched off; `provider_harness` checks the provider harness on its own.
//! Skipped with one line when Node is missing, unless `INNERPULSE_REQUIRE_OIDC=1`.

mod first_sign_in;
pub mod fixture;
mod logout_and_passwords;
mod provider_harness;
mod refusals;
mod roles;
mod settings;
