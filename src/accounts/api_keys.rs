//! Validating a new API key (a name and at least one scope), and creating and revoking keys
//! with their audit entries (name and scopes only: never the key or its hash), shared by the
//! HR page and the JSON API. The key itself is made by `crate::store::accounts::api_keys::create`.

use super::FieldErrors;
use crate::audit::{self, Actor, Change, Entry};
use crate::auth::{CurrentUser, Scope};
use crate::domain::text::{self, TextError};
use crate::store::accounts::api_keys::{self, CreatedKey};
use anyhow::Context;
use sea_orm::{DatabaseConnection, TransactionTrait};

/// Longest key name, in characters (the column's size).
pub const MAX_KEY_NAME_CHARS: usize = 120;

/// A validated new key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewKey {
    /// Trimmed, one line of 1 to `MAX_KEY_NAME_CHARS` characters.
    pub name: String,
    /// At least one scope, without duplicates, in display order.
    pub scopes: Vec<Scope>,
}

impl NewKey {
    /// Validates a raw name and the chosen scopes.
    pub fn parse(name: &str, chosen: &[Scope]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = match text::single_line(name, MAX_KEY_NAME_CHARS) {
            Ok(name) => name,
            Err(error) => {
                errors.add(
                    "name",
                    match error {
                        TextError::Empty => "apikey-error-name-required",
                        TextError::TooLong => "apikey-error-name-too-long",
                        TextError::ControlCharacter => text::CONTROL_CHARACTERS_KEY,
                    },
                );
                String::new()
            }
        };
        let scopes: Vec<Scope> = Scope::ALL
            .into_iter()
            .filter(|scope| chosen.contains(scope))
            .collect();
        if scopes.is_empty() {
            errors.add("scopes", "apikey-error-no-scope");
        }
        if errors.is_empty() {
            Ok(Self { name, scopes })
        } else {
            Err(errors)
        }
    }
}

fn entry(
    actor: &CurrentUser,
    action: &'static str,
    id: i32,
    name: &str,
    changes: Vec<Change>,
) -> Entry {
    Entry {
        actor: Actor::from(actor),
        action,
        subject_kind: "api_key",
        subject_id: Some(id),
        subject_label: name.to_owned(),
        department_id: None,
        changes,
    }
}

/// Creates the key `new` on behalf of `actor`; returns the only copy of the key text.
pub async fn create(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    new: &NewKey,
) -> anyhow::Result<CreatedKey> {
    let txn = db
        .begin()
        .await
        .context("Failed to start creating an API key")?;
    let created = api_keys::create(&txn, &new.name, &new.scopes, Some(actor.id)).await?;
    let scopes: Vec<&str> = new.scopes.iter().map(|s| s.as_str()).collect();
    let changes = vec![
        Change::new("name", None, Some(new.name.clone())),
        Change::new("scopes", None, Some(scopes.join(" "))),
    ];
    let record = entry(actor, "api_key.created", created.id, &new.name, changes);
    audit::record(&txn, record).await?;
    txn.commit()
        .await
        .context("Failed to commit a new API key")?;
    tracing::info!(api_key.id = created.id, "API key created");
    Ok(created)
}

/// Revokes key `id` on behalf of `actor` (recorded once: revoking again changes nothing);
/// false when there is no such key.
pub async fn revoke(db: &DatabaseConnection, actor: &CurrentUser, id: i32) -> anyhow::Result<bool> {
    let txn = db
        .begin()
        .await
        .context("Failed to start revoking an API key")?;
    let Some(key) = api_keys::find(&txn, id).await? else {
        return Ok(false);
    };
    api_keys::revoke(&txn, id).await?;
    if key.revoked_at.is_none() {
        let changes = vec![Change::new(
            "revoked",
            Some("false".to_owned()),
            Some("true".to_owned()),
        )];
        audit::record(
            &txn,
            entry(actor, "api_key.revoked", id, &key.name, changes),
        )
        .await?;
    }
    txn.commit()
        .await
        .context("Failed to commit a revoked API key")?;
    tracing::info!(api_key.id = id, "API key revoked");
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_needs_a_name_and_a_scope() {
        assert!(NewKey::parse("  ", &[Scope::Import]).is_err());
        assert!(NewKey::parse("HRIS sync", &[]).is_err());
        let key = NewKey::parse(" HRIS sync ", &[Scope::ResultsRead, Scope::Import]).unwrap();
        assert_eq!(key.name, "HRIS sync");
        assert_eq!(key.scopes, vec![Scope::Import, Scope::ResultsRead]);
    }

    #[test]
    fn a_key_name_with_a_control_character_is_refused() {
        let errors = NewKey::parse("HRIS\u{7f} sync", &[Scope::Import]).unwrap_err();

        let mut expected = FieldErrors::default();
        expected.add("name", text::CONTROL_CHARACTERS_KEY);
        assert_eq!(errors, expected);
    }
}
