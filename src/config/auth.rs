//! `[auth]`: how staff sign in — with a password, through OpenID Connect providers, or both —
//! and how a provider's role claim maps to innerpulse roles. Checked here at startup, so a
//! typo stops the server with one line instead of refusing people at login.

use super::SettingsError;
use entity::account::Role;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Longest provider name; it appears in URLs and in `account.oidc_provider`.
const MAX_PROVIDER_NAME: usize = 32;
/// Longest login button label.
const MAX_BUTTON_LABEL: usize = 60;

/// `[auth]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// Whether the login page offers the password form (and `POST /login` accepts it).
    pub password_login: bool,
    pub oidc: OidcSettings,
}

/// `[auth.oidc]`: settings shared by every provider, and the providers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcSettings {
    /// Whether a person with no account but a mapped role gets one at first sign-in.
    pub auto_create: bool,
    /// The claim whose values map to roles (`groups`, `roles`, or a dotted path such as
    /// `realm_access.roles`); empty: roles are managed in innerpulse.
    pub role_claim: String,
    /// Claim value → role (and departments).
    #[serde(default)]
    pub roles: Vec<RoleRule>,
    /// The providers, by name.
    #[serde(default)]
    pub providers: BTreeMap<String, ProviderSettings>,
}

/// One `[[auth.oidc.roles]]` entry: people whose role claim holds `value` get `role`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleRule {
    pub value: String,
    pub role: Role,
    /// Department names (any case) or innerpulse ids (heads and viewers only).
    #[serde(default)]
    pub departments: Vec<String>,
}

/// One `[auth.oidc.providers.<name>]` table.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderSettings {
    pub issuer_url: String,
    pub client_id: String,
    /// Empty for a public client (PKCE only).
    #[serde(default = "empty_secret")]
    pub client_secret: SecretString,
    #[serde(default)]
    pub client_secret_file: String,
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    /// What the login button says after "Sign in with"; the provider's name when empty.
    #[serde(default)]
    pub button_label: String,
    /// Treat the `email` claim as verified although the token says nothing about it
    /// (Microsoft Entra ID sends no `email_verified`; its tenant manages the addresses).
    #[serde(default)]
    pub assume_email_verified: bool,
}

impl ProviderSettings {
    /// The scopes asked for, `openid` always among them.
    pub fn scopes(&self) -> Vec<String> {
        let mut scopes = self.scopes.clone();
        if !scopes.iter().any(|scope| scope == "openid") {
            scopes.insert(0, "openid".to_owned());
        }
        scopes
    }

    /// Whether the client authenticates with a secret at the token endpoint.
    pub fn has_secret(&self) -> bool {
        !self.client_secret.expose_secret().is_empty()
    }
}

fn empty_secret() -> SecretString {
    SecretString::from(String::new())
}

fn default_scopes() -> Vec<String> {
    ["openid", "email", "profile"].map(str::to_owned).to_vec()
}

impl AuthSettings {
    /// The provider called `name`, if configured.
    pub fn provider(&self, name: &str) -> Option<&ProviderSettings> {
        self.oidc.providers.get(name)
    }

    /// Fills each provider's `client_secret` from its `client_secret_file`, then trims labels.
    pub(super) fn resolve(&mut self) -> Result<(), SettingsError> {
        for (name, provider) in &mut self.oidc.providers {
            let key = format!("auth.oidc.providers.{name}.client_secret_file");
            if let Some(secret) =
                super::secrets::read_secret_file(&key, &provider.client_secret_file)?
            {
                provider.client_secret = secret;
            }
            let label = provider.button_label.trim();
            provider.button_label = if label.is_empty() {
                name.clone()
            } else {
                label.to_owned()
            };
        }
        Ok(())
    }

    /// What serde cannot check: names, URLs, and rules that only make sense together.
    pub(super) fn check(&self) -> Result<(), SettingsError> {
        let oidc = &self.oidc;
        if !self.password_login && oidc.providers.is_empty() {
            return Err(SettingsError::new(
                "auth.password_login",
                "is false but no auth.oidc.providers are configured: nobody could sign in",
            ));
        }
        for (name, provider) in &oidc.providers {
            check_provider(name, provider)?;
        }
        let role_claim = oidc.role_claim.trim();
        if role_claim != oidc.role_claim || role_claim.chars().any(char::is_control) {
            return Err(SettingsError::new(
                "auth.oidc.role_claim",
                "must be a claim name without surrounding spaces or control characters",
            ));
        }
        if role_claim.is_empty() && !oidc.roles.is_empty() {
            return Err(SettingsError::new(
                "auth.oidc.roles",
                "are set but auth.oidc.role_claim is empty: name the claim that holds them",
            ));
        }
        if role_claim.is_empty() && oidc.auto_create {
            return Err(SettingsError::new(
                "auth.oidc.auto_create",
                "needs auth.oidc.role_claim and auth.oidc.roles: a new account's role comes from them",
            ));
        }
        for (index, rule) in oidc.roles.iter().enumerate() {
            check_rule(index, rule)?;
        }
        Ok(())
    }
}

fn check_provider(name: &str, provider: &ProviderSettings) -> Result<(), SettingsError> {
    let key = |field: &str| format!("auth.oidc.providers.{name}.{field}");
    let name_ok = (1..=MAX_PROVIDER_NAME).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !name_ok {
        return Err(SettingsError::new(
            format!("auth.oidc.providers.{name}"),
            format!(
                "a provider's name is 1 to {MAX_PROVIDER_NAME} lower-case letters, digits or underscores"
            ),
        ));
    }
    check_issuer(&key("issuer_url"), &provider.issuer_url)?;
    if provider.client_id.trim().is_empty() {
        return Err(SettingsError::new(key("client_id"), "is required"));
    }
    if let Some(bad) = provider.scopes.iter().find(|scope| {
        scope.is_empty()
            || !scope
                .bytes()
                .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
    }) {
        return Err(SettingsError::new(
            key("scopes"),
            format!("`{bad}` is not a scope (printable characters, no spaces)"),
        ));
    }
    if provider.button_label.chars().count() > MAX_BUTTON_LABEL
        || provider.button_label.chars().any(char::is_control)
    {
        return Err(SettingsError::new(
            key("button_label"),
            format!("must be at most {MAX_BUTTON_LABEL} characters, without control characters"),
        ));
    }
    Ok(())
}

/// An issuer is an https URL without query or fragment; plain http only on loopback (a
/// provider on the same machine, or tests).
fn check_issuer(key: &str, raw: &str) -> Result<(), SettingsError> {
    let parsed = url::Url::parse(raw)
        .map_err(|e| SettingsError::new(key, format!("`{raw}` is not a URL: {e}")))?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    let scheme_ok = parsed.scheme() == "https" || (parsed.scheme() == "http" && loopback);
    if !scheme_ok || parsed.host().is_none() {
        return Err(SettingsError::new(
            key,
            format!("`{raw}` must be an https:// URL (http:// only on localhost)"),
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(SettingsError::new(
            key,
            format!("`{raw}` must not carry a query or fragment"),
        ));
    }
    Ok(())
}

fn check_rule(index: usize, rule: &RoleRule) -> Result<(), SettingsError> {
    let key = |field: &str| format!("auth.oidc.roles[{index}].{field}");
    if rule.value.trim().is_empty() {
        return Err(SettingsError::new(key("value"), "is required"));
    }
    match rule.role {
        Role::HrAdmin if !rule.departments.is_empty() => Err(SettingsError::new(
            key("departments"),
            "must be empty for hr_admin, who sees every department",
        )),
        Role::DepartmentHead | Role::Viewer if rule.departments.is_empty() => {
            Err(SettingsError::new(
                key("departments"),
                "name at least one department (its name or id) for a department_head or viewer",
            ))
        }
        _ if rule.departments.iter().any(|d| d.trim().is_empty()) => Err(SettingsError::new(
            key("departments"),
            "must not hold an empty name",
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::check_issuer;

    #[test]
    fn issuers_are_https_or_loopback_http() {
        for good in [
            "https://login.example.com/realms/staff",
            "http://127.0.0.1:4000",
            "http://localhost:8080/",
            "http://[::1]:9000",
        ] {
            assert!(check_issuer("k", good).is_ok(), "{good}");
        }
        for bad in [
            "http://login.example.com",
            "ftp://127.0.0.1",
            "https://login.example.com/?tenant=1",
            "https://login.example.com/#x",
            "login.example.com",
        ] {
            assert!(check_issuer("k", bad).is_err(), "{bad}");
        }
    }
}
