//! Configuration: the typed settings, how they are loaded from files and the environment, and
//! the checks that stop startup with one clear line naming the bad key.
//! This is the only module that reads environment variables.

mod auth;
mod database;
mod load;
mod mail;
mod secrets;
mod validate;

pub use auth::{AuthSettings, OidcSettings, ProviderSettings, RoleRule};
pub use load::{ConfigSources, load};
pub use mail::{MailTransport, SmtpTls};
pub use secrets::write_private;
pub use validate::SettingsError;

use crate::domain::{IpRange, Locale, MinGroupSize};
use secrecy::SecretString;
use serde::Deserialize;
use std::path::PathBuf;

/// Every setting of an innerpulse instance, as read from `config/default.toml` and its overrides.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub app: AppSettings,
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub mail: MailSettings,
    pub anonymity: AnonymitySettings,
    pub organisation: OrganisationSettings,
    pub audit: AuditSettings,
    pub security: SecuritySettings,
    pub auth: AuthSettings,
    pub scheduler: SchedulerSettings,
    pub i18n: I18nSettings,
    pub log: LogSettings,
    pub metrics: MetricsSettings,
}

impl Settings {
    /// The mailer of `[mail]`, sending only to `organisation.email_domains` when that is set:
    /// what every invitation, reminder and staff email goes through.
    pub fn mailer(&self) -> anyhow::Result<crate::mail::Mailer> {
        self.mail.mailer_for(&self.organisation.email_domains)
    }
}

/// Whether the instance runs for development (generated secrets allowed) or production.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Development,
    Production,
}

/// `[app]`: mode, data folder and the organisation's name.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppSettings {
    pub mode: Mode,
    pub data_dir: PathBuf,
    pub organisation_name: String,
}

/// `[server]`: where the HTTP server listens and the public URL used in emails.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub host: String,
    pub port: u16,
    pub base_url: String,
    pub max_body_kb: usize,
    /// Reverse proxies whose `X-Forwarded-For` names the client; nobody else's is believed.
    pub trusted_proxies: Vec<IpRange>,
}

impl ServerSettings {
    /// The public base URL without a trailing slash, ready to have paths appended.
    pub fn base_url(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    /// Whether the server listens on the loopback interface only (`localhost`, 127.0.0.0/8,
    /// `::1`), so that only this machine can reach it.
    pub fn is_loopback(&self) -> bool {
        let host = self
            .host
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']');
        host.eq_ignore_ascii_case("localhost")
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    /// True when the public URL is https (secure cookies, HSTS).
    pub fn is_https(&self) -> bool {
        self.base_url
            .trim()
            .get(..8)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
    }
}

/// `[database]`: connection URL (SQLite or PostgreSQL) and pool settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    pub url: String,
    pub max_connections: u32,
    pub busy_timeout_ms: u64,
    pub migrate_on_start: bool,
}

/// `[mail]`: which transport delivers messages and who sends them.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    pub transport: MailTransport,
    pub from: String,
    pub outbox_dir: PathBuf,
    pub smtp: SmtpSettings,
}

/// `[mail.smtp]`: the SMTP relay used when `mail.transport = "smtp"`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: String,
    pub password: SecretString,
    pub password_file: String,
    pub pool_size: u32,
    pub timeout_seconds: u64,
}

/// `[anonymity]`: the reporting thresholds that keep answers anonymous.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnonymitySettings {
    pub min_group_size: MinGroupSize,
    pub min_comment_group_size: MinGroupSize,
}

/// `[organisation]`: facts about the organisation that limit where staff mail may go.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationSettings {
    /// Domains (lower case) that invitations, reminders and staff mail may go to; empty: any.
    #[serde(deserialize_with = "lower_case_list")]
    pub email_domains: Vec<String>,
}

/// `[audit]`: how long the audit log keeps its entries.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSettings {
    /// Entries older than this many days are deleted by the scheduler (at least 30).
    pub retention_days: u32,
}

/// A list of strings, trimmed and in lower case.
fn lower_case_list<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    let raw = Vec::<String>::deserialize(deserializer)?;
    Ok(raw.iter().map(|s| s.trim().to_lowercase()).collect())
}

/// `[security]`: the instance's keys (each with one job, so that learning or rotating one
/// leaves the others' work intact) and cookie policy.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecuritySettings {
    /// Signs staff sessions only.
    pub jwt_secret: SecretString,
    pub jwt_secret_file: String,
    /// Derives survey link tokens only (`waves::token`).
    pub survey_link_key: SecretString,
    pub survey_link_key_file: String,
    /// Derives thanks handles only (`followup::handles`).
    pub handle_key: SecretString,
    pub handle_key_file: String,
    /// Orders each employee's rotating questions only (`waves::rotation`).
    pub rotation_key: SecretString,
    pub rotation_key_file: String,
    /// The sealing keys' text (one key per line, the sealing one first); filled from
    /// `sealing_key_file` when that is set.
    pub sealing_key: SecretString,
    pub sealing_key_file: String,
    /// Forced on when `server.base_url` is https.
    pub cookie_secure: bool,
    pub session_hours: u32,
    /// Lets a production instance run with an http base URL.
    pub allow_insecure_http: bool,
    /// Password checks (argon2) that may run at once; further logins wait briefly, then 429.
    pub max_concurrent_password_checks: usize,
}

impl SecuritySettings {
    /// The sealing keys. `load` has checked them, so this fails only for settings built by
    /// hand with a bad key.
    pub fn sealing_keys(&self) -> anyhow::Result<crate::sealing::SealingKeys> {
        use secrecy::ExposeSecret;
        crate::sealing::SealingKeys::parse(self.sealing_key.expose_secret())
            .map_err(|error| anyhow::anyhow!("security.sealing_key: {error}"))
    }
}

/// `[scheduler]`: the background passes that open waves and deliver mail.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchedulerSettings {
    pub enabled: bool,
    pub tick_seconds: u64,
    pub batch_size: u64,
    pub max_attempts: u32,
    pub retry_base_seconds: u64,
}

/// `[i18n]`: the organisation's default language.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct I18nSettings {
    pub default_locale: Locale,
}

/// `[metrics]`: who may read `/metrics`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsSettings {
    /// The Bearer token a scraper must present; empty for none (then `/metrics` answers only
    /// when the server is bound to loopback).
    pub token: SecretString,
}

/// `[log]`: log filter and format.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    pub level: String,
    pub format: LogFormat,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}
