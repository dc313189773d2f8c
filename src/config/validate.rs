//! Cross-field checks on loaded settings, and the error type that names the offending key.

use super::{MailTransport, Mode, Settings};
use secrecy::ExposeSecret;
use std::fmt;

/// Largest `scheduler.batch_size`: a batch's ids go into one statement, and SQLite takes at
/// most 32,766 bound values.
const MAX_BATCH_SIZE: u64 = 10_000;

/// Shortest accepted `metrics.token`.
const MIN_METRICS_TOKEN_CHARS: usize = 32;

/// Fewest days the audit log keeps its entries.
const MIN_AUDIT_RETENTION_DAYS: u32 = 30;

/// True for a domain name of at least two labels (`example.com`): letters, digits and inner
/// hyphens, each label 1–63 characters, 253 at most in all, not ending in a number.
fn is_domain(raw: &str) -> bool {
    let labels: Vec<&str> = raw.split('.').collect();
    let label_ok = |label: &&str| {
        (1..=63).contains(&label.len())
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    raw.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels
            .last()
            .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()))
}

/// A configuration problem: which key, and what is wrong with it. Displays as one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    pub key: String,
    pub message: String,
}

impl SettingsError {
    /// An error about `key`.
    pub fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
        }
    }

    /// Translates an error of the `config` crate, keeping the key it names.
    pub fn from_config(error: config::ConfigError) -> Self {
        use config::ConfigError as E;
        match error {
            E::Type {
                key: Some(key),
                unexpected,
                expected,
                ..
            } => Self::new(key, format!("found {unexpected}, expected {expected}")),
            E::At {
                error,
                key: Some(key),
                ..
            } => Self::new(key, inner_message(*error)),
            E::NotFound(key) => Self::new(key, "missing"),
            E::FileParse { uri, cause } => Self::new(
                uri.unwrap_or_else(|| "configuration file".to_owned()),
                cause.to_string(),
            ),
            other => Self::new("configuration", other.to_string()),
        }
    }
}

fn inner_message(error: config::ConfigError) -> String {
    match error {
        config::ConfigError::Message(message) => message,
        config::ConfigError::At { error, .. } => inner_message(*error),
        other => other.to_string(),
    }
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid configuration: {}: {}", self.key, self.message)
    }
}

impl std::error::Error for SettingsError {}

/// Checks what serde cannot: URLs, ports and combinations of keys.
pub fn check(settings: &Settings) -> Result<(), SettingsError> {
    let production = settings.app.mode == Mode::Production;
    if production && settings.server.port == 0 {
        return Err(SettingsError::new(
            "server.port",
            "port 0 (a random port) is for tests; give a fixed port in production",
        ));
    }
    check_base_url(&settings.server.base_url)?;
    if production && !settings.server.is_https() && !settings.security.allow_insecure_http {
        return Err(SettingsError::new(
            "security.allow_insecure_http",
            "server.base_url is http:// in production: use https://, or set security.allow_insecure_http = true when TLS ends elsewhere",
        ));
    }
    check_database_url(&settings.database.url)?;
    if settings.database.max_connections == 0 {
        return Err(SettingsError::new(
            "database.max_connections",
            "must be at least 1",
        ));
    }
    if settings
        .mail
        .from
        .parse::<lettre::message::Mailbox>()
        .is_err()
    {
        return Err(SettingsError::new(
            "mail.from",
            format!(
                "`{}` is not an email address or \"Name <address>\"",
                settings.mail.from
            ),
        ));
    }
    if settings.mail.transport == MailTransport::Smtp && settings.mail.smtp.host.trim().is_empty() {
        return Err(SettingsError::new(
            "mail.smtp.host",
            "is required when mail.transport = \"smtp\"",
        ));
    }
    if settings.mail.smtp.pool_size == 0 {
        return Err(SettingsError::new(
            "mail.smtp.pool_size",
            "must be at least 1",
        ));
    }
    if settings.scheduler.tick_seconds == 0 {
        return Err(SettingsError::new(
            "scheduler.tick_seconds",
            "must be at least 1",
        ));
    }
    if !(1..=MAX_BATCH_SIZE).contains(&settings.scheduler.batch_size) {
        return Err(SettingsError::new(
            "scheduler.batch_size",
            format!("must be between 1 and {MAX_BATCH_SIZE}"),
        ));
    }
    if settings.scheduler.max_attempts == 0 {
        return Err(SettingsError::new(
            "scheduler.max_attempts",
            "must be at least 1",
        ));
    }
    if settings.security.session_hours == 0 {
        return Err(SettingsError::new(
            "security.session_hours",
            "must be at least 1",
        ));
    }
    let metrics_token = settings.metrics.token.expose_secret();
    if !metrics_token.is_empty() && metrics_token.trim().chars().count() < MIN_METRICS_TOKEN_CHARS {
        return Err(SettingsError::new(
            "metrics.token",
            format!("must be at least {MIN_METRICS_TOKEN_CHARS} characters (or empty for none)"),
        ));
    }
    if settings.security.max_concurrent_password_checks == 0 {
        return Err(SettingsError::new(
            "security.max_concurrent_password_checks",
            "must be at least 1",
        ));
    }
    for domain in &settings.organisation.email_domains {
        if !is_domain(domain) {
            return Err(SettingsError::new(
                "organisation.email_domains",
                format!("`{domain}` is not a domain name like \"example.com\""),
            ));
        }
    }
    if settings.audit.retention_days < MIN_AUDIT_RETENTION_DAYS {
        return Err(SettingsError::new(
            "audit.retention_days",
            format!("must be at least {MIN_AUDIT_RETENTION_DAYS}"),
        ));
    }
    settings.auth.check()?;
    tracing_subscriber::EnvFilter::try_new(&settings.log.level)
        .map_err(|e| SettingsError::new("log.level", e.to_string()))?;
    Ok(())
}

fn check_base_url(raw: &str) -> Result<(), SettingsError> {
    let parsed = url::Url::parse(raw)
        .map_err(|e| SettingsError::new("server.base_url", format!("`{raw}` is not a URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(SettingsError::new(
            "server.base_url",
            format!("`{raw}` must be an absolute http:// or https:// URL"),
        ));
    }
    Ok(())
}

fn check_database_url(raw: &str) -> Result<(), SettingsError> {
    let supported = ["sqlite:", "postgres://", "postgresql://"];
    if !supported.iter().any(|prefix| raw.starts_with(prefix)) {
        return Err(SettingsError::new(
            "database.url",
            format!("`{raw}` must start with sqlite:// or postgres://"),
        ));
    }
    if raw.starts_with("postgres") {
        url::Url::parse(raw).map_err(|e| {
            SettingsError::new("database.url", format!("`{raw}` is not a valid URL: {e}"))
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_domain;

    #[test]
    fn domains_need_two_plain_labels() {
        for good in ["example.com", "mail.example.co.uk", "x-1.example"] {
            assert!(is_domain(good), "{good}");
        }
        for bad in [
            "",
            "example",
            "@example.com",
            "-a.com",
            "a..com",
            "a.com.",
            "10.0.0.1",
            "a b.com",
        ] {
            assert!(!is_domain(bad), "{bad}");
        }
    }
}
