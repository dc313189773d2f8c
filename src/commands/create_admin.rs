//! `innerpulse create-admin --email E`: the first HR admin of a new installation.

use crate::accounts::MAX_NAME_CHARS;
use crate::auth::password::{NewPassword, generate_password, hash_password};
use crate::config::Settings;
use crate::domain::EmailAddress;
use crate::domain::text;
use crate::startup;
use crate::store::accounts::{self, NewAccount};
use anyhow::{Context, bail};
use entity::account::Role;
use secrecy::{ExposeSecret, SecretString};
use std::io::{BufRead, IsTerminal};

/// Creates the account; fails clearly when the email is taken or the password too weak.
pub async fn run(settings: Settings, email: &str, name: Option<String>) -> anyhow::Result<()> {
    let email = EmailAddress::parse(email).map_err(anyhow::Error::msg)?;
    let display_name = match name {
        Some(name) => text::single_line(&name, MAX_NAME_CHARS)
            .map_err(|error| anyhow::anyhow!(error.describe("--name", MAX_NAME_CHARS)))?,
        None => email
            .as_str()
            .split('@')
            .next()
            .unwrap_or_default()
            .to_owned(),
    };
    let (password, generated) = match read_piped_password()? {
        Some(password) => (password, false),
        None => (generate_password(), true),
    };
    let printable = generated.then(|| password.expose_secret().to_owned());
    let password = NewPassword::parse(password).map_err(anyhow::Error::msg)?;
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;
    if accounts::find_by_email(&db, &email).await?.is_some() {
        bail!("an account with the email {email} already exists");
    }
    let hash = hash_password(password.into_secret()).await?;
    let new = NewAccount {
        email: email.clone(),
        display_name,
        password_hash: Some(hash),
        role: Role::HrAdmin,
        locale: settings.i18n.default_locale,
        departments: vec![],
    };
    accounts::insert(&db, new)
        .await
        .context("Failed to create the account")?;
    println!("Created HR admin {email}.");
    if let Some(password) = printable {
        println!("Generated password (shown only now, store it safely): {password}");
    }
    Ok(())
}

fn read_piped_password() -> anyhow::Result<Option<SecretString>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("Failed to read the password from standard input")?;
    let line = line.trim_end_matches(['\r', '\n']).to_owned();
    Ok((!line.is_empty()).then(|| SecretString::from(line)))
}
