//! Secrets: read from the settings, a file, or (in development only) generated once and kept
//! under the data folder. Production refuses to start without them.

use super::{Mode, Settings, SettingsError};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use std::path::Path;

/// Shortest accepted session, survey-link, handle or rotation key, in characters.
const MIN_KEY_LEN: usize = 32;

/// One of the keys that are a single secret string: where it is set and where development
/// keeps a generated one.
struct KeySlot {
    /// The setting, e.g. `security.jwt_secret`.
    key: &'static str,
    /// Its environment variable.
    env: &'static str,
    /// File name under `app.data_dir` for the generated development key.
    development_file: &'static str,
}

const SESSION_KEY: KeySlot = KeySlot {
    key: "security.jwt_secret",
    env: "INNERPULSE__SECURITY__JWT_SECRET",
    development_file: "jwt_secret",
};
const SURVEY_LINK_KEY: KeySlot = KeySlot {
    key: "security.survey_link_key",
    env: "INNERPULSE__SECURITY__SURVEY_LINK_KEY",
    development_file: "survey_link_key",
};
const HANDLE_KEY: KeySlot = KeySlot {
    key: "security.handle_key",
    env: "INNERPULSE__SECURITY__HANDLE_KEY",
    development_file: "handle_key",
};
const ROTATION_KEY: KeySlot = KeySlot {
    key: "security.rotation_key",
    env: "INNERPULSE__SECURITY__ROTATION_KEY",
    development_file: "rotation_key",
};

/// Fills the keys (session signing, survey links, thanks handles, question rotation, sealing) and
/// `mail.smtp.password` from their `*_file` settings, or generates the keys in development, and
/// checks that no two keys are the same.
pub fn resolve(settings: &mut Settings) -> Result<(), SettingsError> {
    if let Some(password) =
        read_secret_file("mail.smtp.password_file", &settings.mail.smtp.password_file)?
    {
        settings.mail.smtp.password = password;
    }
    let mode = settings.app.mode;
    let data_dir = settings.app.data_dir.clone();
    let security = &mut settings.security;
    resolve_key(
        &SESSION_KEY,
        &mut security.jwt_secret,
        &security.jwt_secret_file,
        mode,
        &data_dir,
    )?;
    resolve_key(
        &SURVEY_LINK_KEY,
        &mut security.survey_link_key,
        &security.survey_link_key_file,
        mode,
        &data_dir,
    )?;
    resolve_key(
        &HANDLE_KEY,
        &mut security.handle_key,
        &security.handle_key_file,
        mode,
        &data_dir,
    )?;
    resolve_key(
        &ROTATION_KEY,
        &mut security.rotation_key,
        &security.rotation_key_file,
        mode,
        &data_dir,
    )?;
    let security = &settings.security;
    let named = [
        (SESSION_KEY.key, &security.jwt_secret),
        (SURVEY_LINK_KEY.key, &security.survey_link_key),
        (HANDLE_KEY.key, &security.handle_key),
        (ROTATION_KEY.key, &security.rotation_key),
    ];
    for (index, (key, value)) in named.iter().enumerate() {
        if let Some((other, _)) = named[..index]
            .iter()
            .find(|(_, earlier)| earlier.expose_secret() == value.expose_secret())
        {
            return Err(SettingsError::new(
                *key,
                format!("must not be the same as {other}: give each key its own value"),
            ));
        }
    }
    resolve_sealing_keys(settings)?;
    settings.auth.resolve()?;
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

/// Fills one key from its file, or (in development) from a generated file; refuses a missing
/// key in production and a short one anywhere.
fn resolve_key(
    slot: &KeySlot,
    value: &mut SecretString,
    file: &str,
    mode: Mode,
    data_dir: &Path,
) -> Result<(), SettingsError> {
    let file_key = format!("{}_file", slot.key);
    if let Some(secret) = read_secret_file(&file_key, file)? {
        *value = secret;
    }
    if value.expose_secret().trim().is_empty() {
        if mode == Mode::Production {
            return Err(SettingsError::new(
                slot.key,
                format!(
                    "is required in production: set {} or {file_key} (`innerpulse keys generate` prints a good one)",
                    slot.env
                ),
            ));
        }
        *value = development_key(slot, data_dir)?;
    }
    if value.expose_secret().trim().chars().count() < MIN_KEY_LEN {
        return Err(SettingsError::new(
            slot.key,
            format!("must be at least {MIN_KEY_LEN} characters"),
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
    let others = [
        (SESSION_KEY.key, "the session secret", &security.jwt_secret),
        (
            SURVEY_LINK_KEY.key,
            "the survey link key",
            &security.survey_link_key,
        ),
        (HANDLE_KEY.key, "the handle key", &security.handle_key),
        (ROTATION_KEY.key, "the rotation key", &security.rotation_key),
    ];
    for (other, what, value) in others {
        let value = value.expose_secret().trim();
        if security
            .sealing_key
            .expose_secret()
            .lines()
            .any(|line| line.split('#').next().unwrap_or_default().trim() == value)
        {
            return Err(SettingsError::new(
                named,
                format!("must not be {what} ({other}): give each its own key"),
            ));
        }
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

pub(super) fn read_secret_file(
    key: &str,
    path: &str,
) -> Result<Option<SecretString>, SettingsError> {
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

/// Reads `data_dir/<slot file>`, creating it (mode 0600) with 256 random bits on first use; a
/// file an earlier version left readable by others is narrowed to its owner.
fn development_key(slot: &KeySlot, data_dir: &Path) -> Result<SecretString, SettingsError> {
    let path = data_dir.join(slot.development_file);
    if let Ok(existing) = std::fs::read_to_string(&path) {
        let existing = existing.trim();
        if !existing.is_empty() {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).map_err(
                    |e| {
                        SettingsError::new(
                            slot.key,
                            format!("cannot restrict {}: {e}", path.display()),
                        )
                    },
                )?;
            }
            return Ok(SecretString::from(existing.to_owned()));
        }
    }
    std::fs::create_dir_all(data_dir).map_err(|e| {
        SettingsError::new(
            slot.key,
            format!("cannot create {}: {e}", data_dir.display()),
        )
    })?;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    write_private(&path, &format!("{secret}\n")).map_err(|e| {
        SettingsError::new(slot.key, format!("cannot write {}: {e}", path.display()))
    })?;
    Ok(SecretString::from(secret))
}
