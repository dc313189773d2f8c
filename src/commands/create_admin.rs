//! `innerpulse create-admin --email E`: the first HR admin of a new installation, with a
//! password (typed, piped or generated) or, with `--oidc-subject`, tied to an identity
//! provider's subject and without a password.

use crate::accounts::MAX_NAME_CHARS;
use crate::auth::password::{NewPassword, generate_password, hash_password};
use crate::config::Settings;
use crate::domain::EmailAddress;
use crate::domain::text;
use crate::startup;
use crate::store::accounts::{self, NewAccount, single_sign_on};
use anyhow::{Context, bail};
use entity::account::Role;
use sea_orm::TransactionTrait;
use secrecy::{ExposeSecret, SecretString};
use std::io::{BufRead, IsTerminal};

/// A provider and subject to tie the new admin to.
pub struct ProviderIdentity {
    pub provider: String,
    pub subject: String,
}

/// Checks `--oidc-subject` and `--oidc-provider` against the configured providers.
pub fn provider_identity(
    settings: &Settings,
    subject: String,
    provider: Option<String>,
) -> anyhow::Result<ProviderIdentity> {
    let subject = subject.trim().to_owned();
    if subject.is_empty() || subject.len() > 255 || subject.chars().any(char::is_control) {
        bail!("--oidc-subject must be 1 to 255 characters without control characters");
    }
    let providers = &settings.auth.oidc.providers;
    let provider = match provider {
        Some(name) if providers.contains_key(&name) => name,
        Some(name) => bail!("--oidc-provider {name}: no such provider in auth.oidc.providers"),
        None if providers.len() == 1 => providers.keys().next().cloned().unwrap_or_default(),
        None if providers.is_empty() => {
            bail!("--oidc-subject needs a provider in auth.oidc.providers")
        }
        None => bail!("several providers are configured: name one with --oidc-provider"),
    };
    Ok(ProviderIdentity { provider, subject })
}

/// Creates the account; fails clearly when the email is taken or the password too weak.
pub async fn run(
    settings: Settings,
    email: &str,
    name: Option<String>,
    identity: Option<ProviderIdentity>,
) -> anyhow::Result<()> {
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
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;
    if accounts::find_by_email(&db, &email).await?.is_some() {
        bail!("an account with the email {email} already exists");
    }
    if let Some(identity) = identity {
        if single_sign_on::find_by_identity(&db, &identity.provider, &identity.subject)
            .await?
            .is_some()
        {
            bail!(
                "an account already signs in as that subject of {}",
                identity.provider
            );
        }
        let txn = db
            .begin()
            .await
            .context("Failed to start creating the account")?;
        let id = accounts::insert(&txn, admin(&settings, email.clone(), display_name, None))
            .await
            .context("Failed to create the account")?;
        single_sign_on::link_identity(&txn, id, &identity.provider, &identity.subject).await?;
        txn.commit().await.context("Failed to create the account")?;
        println!(
            "Created HR admin {email}, who signs in through {} as subject {}.",
            identity.provider, identity.subject
        );
        return Ok(());
    }
    let (password, generated) = match read_piped_password()? {
        Some(password) => (password, false),
        None => (generate_password(), true),
    };
    let printable = generated.then(|| password.expose_secret().to_owned());
    let password = NewPassword::parse(password).map_err(anyhow::Error::msg)?;
    let hash = hash_password(password.into_secret()).await?;
    accounts::insert(
        &db,
        admin(&settings, email.clone(), display_name, Some(hash)),
    )
    .await
    .context("Failed to create the account")?;
    println!("Created HR admin {email}.");
    if let Some(password) = printable {
        println!("Generated password (shown only now, store it safely): {password}");
    }
    Ok(())
}

fn admin(
    settings: &Settings,
    email: EmailAddress,
    display_name: String,
    password_hash: Option<String>,
) -> NewAccount {
    NewAccount {
        email,
        display_name,
        password_hash,
        role: Role::HrAdmin,
        locale: settings.i18n.default_locale,
        departments: vec![],
    }
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
