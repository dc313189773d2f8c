//! The settings a test application starts from, with a test's own TOML layered over them.

use innerpulse::config::{self, ConfigSources, Settings};
use std::collections::HashMap;

/// The settings every test starts from: its own database, the test SMTP server, no scheduler
/// loop (tests run passes themselves), a fixed JWT secret.
pub fn test_settings(
    database_url: &str,
    smtp_port: u16,
    data_dir: &std::path::Path,
    extra_toml: &str,
) -> Settings {
    let data_dir = data_dir.display().to_string().replace('\\', "/");
    let overrides = format!(
        r#"
[app]
data_dir = "{data_dir}"
organisation_name = "Test Org"
[server]
port = 0
base_url = "http://127.0.0.1"
[database]
url = "{database_url}"
max_connections = 4
[mail]
transport = "smtp"
outbox_dir = "{data_dir}/outbox"
[mail.smtp]
host = "127.0.0.1"
port = {smtp_port}
tls = "none"
pool_size = 2
timeout_seconds = 5
[security]
jwt_secret = "test-secret-that-is-long-enough-0123456789"
survey_link_key = "test-survey-link-key-that-is-long-enough-01"
handle_key = "test-handle-key-that-is-long-enough-0123456"
rotation_key = "test-rotation-key-that-is-long-enough-01234"
[scheduler]
enabled = false
retry_base_seconds = 1
[log]
level = "warn"
"#
    );
    let overrides = merge_toml(&overrides, extra_toml);
    config::load(ConfigSources {
        local_file: false,
        file: None,
        environment: Some(HashMap::new()),
        overrides: Some(overrides),
    })
    .expect("test settings are valid")
}

fn merge_toml(base: &str, extra: &str) -> String {
    let mut merged: toml::Table = base.parse().expect("base test TOML");
    let extra: toml::Table = extra.parse().expect("extra test TOML");
    for (section, values) in extra {
        match (merged.get_mut(&section), values) {
            (Some(toml::Value::Table(target)), toml::Value::Table(values)) => target.extend(values),
            (_, values) => {
                merged.insert(section, values);
            }
        }
    }
    merged.to_string()
}
