//! Form bodies shared by many routes.

use serde::Deserialize;

/// A form that carries nothing but its CSRF token (checked by `auth::CsrfForm`): the
/// confirmations, deletes and toggles whose meaning is all in their URL.
#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}
