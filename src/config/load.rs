//! Reads the configuration layers: compiled-in defaults, `config/local.toml`, `--config PATH`
//! and `INNERPULSE__SECTION__KEY` environment variables.

use super::{Settings, SettingsError};
use config::{Config, Environment, File, FileFormat};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The documented defaults, compiled in so the binary runs without the `config/` folder.
pub const DEFAULT_TOML: &str = include_str!("../../config/default.toml");

/// Where settings come from, beyond the compiled-in defaults.
#[derive(Debug, Default)]
pub struct ConfigSources {
    /// Read `config/local.toml` when it exists.
    pub local_file: bool,
    /// A file given with `--config`; it must exist.
    pub file: Option<PathBuf>,
    /// Environment variables; `None` reads the process environment, `Some(map)` only the map
    /// (tests), and an empty map none at all.
    pub environment: Option<HashMap<String, String>>,
    /// TOML text layered last (tests use it to point at their own database and mail server).
    pub overrides: Option<String>,
}

impl ConfigSources {
    /// What the CLI reads: defaults, local file, `--config` and the process environment.
    pub fn for_cli(file: Option<&Path>) -> Self {
        Self {
            local_file: true,
            file: file.map(Path::to_path_buf),
            environment: None,
            overrides: None,
        }
    }
}

/// Loads, merges and validates the settings.
pub fn load(sources: ConfigSources) -> Result<Settings, SettingsError> {
    let mut builder = Config::builder().add_source(File::from_str(DEFAULT_TOML, FileFormat::Toml));
    if sources.local_file {
        builder = builder.add_source(File::with_name("config/local.toml").required(false));
    }
    if let Some(path) = &sources.file {
        if !path.is_file() {
            return Err(SettingsError::new(
                "--config",
                format!("file {} does not exist", path.display()),
            ));
        }
        builder = builder.add_source(File::from(path.as_path()));
    }
    let environment = Environment::with_prefix("INNERPULSE")
        .prefix_separator("__")
        .separator("__")
        .try_parsing(true)
        .list_separator(",")
        .with_list_parse_key("organisation.email_domains")
        .source(sources.environment);
    builder = builder.add_source(environment);
    if let Some(text) = &sources.overrides {
        builder = builder.add_source(File::from_str(text, FileFormat::Toml));
    }
    let merged = builder.build().map_err(SettingsError::from_config)?;
    let settings: Settings = merged
        .try_deserialize()
        .map_err(SettingsError::from_config)?;
    let mut settings = settings;
    super::secrets::resolve(&mut settings)?;
    // An https site always gets secure cookies, whatever `security.cookie_secure` says.
    if settings.server.is_https() {
        settings.security.cookie_secure = true;
    }
    super::validate::check(&settings)?;
    Ok(settings)
}
