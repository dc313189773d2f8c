//! Secrets: read from the settings, a file, or (in development only) generated once and kept
//! under the data folder. Production refuses to start without them.

use super::{Mode, Settings, SettingsError};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use std::path::Path;

/// Shortest accepted session signing secret, in characters.
const MIN_JWT_SECRET_LEN: usize = 32;

/// Fills `security.jwt_secret` and `mail.smtp.password` from their `*_file` keys, or generates
/// the JWT secret in development.
pub fn resolve(settings: &mut Settings) -> Result<(), SettingsError> {
    if let Some(password) =
        read_secret_file("mail.smtp.password_file", &settings.mail.smtp.password_file)?
    {
        settings.mail.smtp.password = password;
    }
    if let Some(secret) = read_secret_file(
        "security.jwt_secret_file",
        &settings.security.jwt_secret_file,
    )? {
        settings.security.jwt_secret = secret;
    }
    if settings.security.jwt_secret.expose_secret().is_empty() {
        if settings.app.mode == Mode::Production {
            return Err(SettingsError::new(
                "security.jwt_secret",
                "is required in production: set INNERPULSE__SECURITY__JWT_SECRET or security.jwt_secret_file",
            ));
        }
        settings.security.jwt_secret = development_secret(&settings.app.data_dir)?;
    }
    if settings.security.jwt_secret.expose_secret().chars().count() < MIN_JWT_SECRET_LEN {
        return Err(SettingsError::new(
            "security.jwt_secret",
            format!("must be at least {MIN_JWT_SECRET_LEN} characters"),
        ));
    }
    resolve_sealing_keys(settings)?;
    let smtp = &settings.mail.smtp;
    if settings.app.mode == Mode::Production
        && !smtp.username.is_empty()
        && smtp.password.expose_secret().is_empty()
    {
        return Err(SettingsError::new(
            "mail.smtp.password",
            "is required in production when mail.smtp.username is set: set INNERPULSE__MAIL__SMTP__PASSWORD or mail.smtp.password_file",
        ));
    }
    Ok(())
}

/// Fills `security.sealing_key` with every key of `security.sealing_key_file` (or generates a
/// key file in development), then checks the keys: well formed, and none equal to the session
/// secret.
fn resolve_sealing_keys(settings: &mut Settings) -> Result<(), SettingsError> {
    let key = "security.sealing_key_file";
    let security = &mut settings.security;
    if !security.sealing_key_file.trim().is_empty() {
        let path = security.sealing_key_file.trim().to_owned();
        let text = std::fs::read_to_string(&path)
            .map_err(|e| SettingsError::new(key, format!("cannot read {path}: {e}")))?;
        security.sealing_key = SecretString::from(text);
    } else if security.sealing_key.expose_secret().trim().is_empty() {
        if settings.app.mode == Mode::Production {
            return Err(SettingsError::new(
                key,
                "is required in production: answers are sealed with it. Create one with `innerpulse keys generate > FILE` (mode 0600) and set security.sealing_key_file, or set INNERPULSE__SECURITY__SEALING_KEY",
            ));
        }
        let path = development_sealing_keys(&settings.app.data_dir)?;
        let text = std::fs::read_to_string(&path)
            .map_err(|e| SettingsError::new(key, format!("cannot read {}: {e}", path.display())))?;
        settings.security.sealing_key = SecretString::from(text);
        settings.security.sealing_key_file = path.display().to_string();
    }
    let security = &settings.security;
    let named = if security.sealing_key_file.is_empty() {
        "security.sealing_key"
    } else {
        key
    };
    crate::sealing::SealingKeys::parse(security.sealing_key.expose_secret())
        .map_err(|e| SettingsError::new(named, e.to_string()))?;
    let session = security.jwt_secret.expose_secret().trim();
    if security
        .sealing_key
        .expose_secret()
        .lines()
        .any(|line| line.split('#').next().unwrap_or_default().trim() == session)
    {
        return Err(SettingsError::new(
            named,
            "must not be the session secret (security.jwt_secret): give each its own key",
        ));
    }
    Ok(())
}

/// `data_dir/sealing_keys`, created with one random key (mode 0600) on first use.
fn development_sealing_keys(data_dir: &Path) -> Result<std::path::PathBuf, SettingsError> {
    let key = "security.sealing_key_file";
    let path = data_dir.join("sealing_keys");
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(data_dir).map_err(|e| {
        SettingsError::new(key, format!("cannot create {}: {e}", data_dir.display()))
    })?;
    let text = format!(
        "# innerpulse sealing keys (development): the first seals, every line opens.\n{}\n",
        crate::sealing::SealingKeys::generate_line()
    );
    write_private(&path, &text)
        .map_err(|e| SettingsError::new(key, format!("cannot write {}: {e}", path.display())))?;
    Ok(path)
}

/// Writes `text` to a new file readable by its owner only (replacing `path` atomically).
pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let staged = path.with_extension("new");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&staged)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&staged, path)
}

fn read_secret_file(key: &str, path: &str) -> Result<Option<SecretString>, SettingsError> {
    if path.trim().is_empty() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| SettingsError::new(key, format!("cannot read {path}: {e}")))?;
    let first_line = text.lines().next().unwrap_or_default().trim().to_owned();
    if first_line.is_empty() {
        return Err(SettingsError::new(key, format!("{path} is empty")));
    }
    Ok(Some(SecretString::from(first_line)))
}

/// Reads `data_dir/jwt_secret`, creating it with 256 random bits on first use.
fn development_secret(data_dir: &Path) -> Result<SecretString, SettingsError> {
    let key = "security.jwt_secret";
    let path = data_dir.join("jwt_secret");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        let existing = existing.trim();
        if !existing.is_empty() {
            return Ok(SecretString::from(existing.to_owned()));
        }
    }
    std::fs::create_dir_all(data_dir).map_err(|e| {
        SettingsError::new(key, format!("cannot create {}: {e}", data_dir.display()))
    })?;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    std::fs::write(&path, &secret)
        .map_err(|e| SettingsError::new(key, format!("cannot write {}: {e}", path.display())))?;
    Ok(SecretString::from(secret))
}
