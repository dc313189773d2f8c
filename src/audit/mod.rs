//! The audit log: who changed which employee, department, relationship, account, role, API key
//! or setting, when, old → new. Use cases call `record` on the transaction that makes the
//! change, so there is no change without its entry and no entry without its change. Entries are
//! only ever added (and removed by the retention pass); no route edits or deletes one.
//! Anonymity: the log is about staff actions on the roster and the settings — it never records
//! anything about survey answering.

pub mod accounts;
pub mod employees;
pub mod query;
pub mod questionnaires;
pub mod retention;
pub mod settings;

use crate::auth::{ApiCaller, ApiKeyCaller, CurrentUser};
use crate::store::audit::{self as store, NewEntry};
use anyhow::Context;
use chrono::Utc;

pub use crate::domain::Change;

/// Who made a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A logged-in staff member.
    Account { id: i32, email: String },
    /// An integration calling with an API key.
    ApiKey { id: i32, name: String },
    /// The configuration file, read at startup.
    Configuration,
    /// The application itself or its command line.
    System,
    /// An identity provider, through a staff member's sign-in (roles from its claim).
    IdentityProvider { name: String },
}

impl Actor {
    /// The label an entry keeps: the email, the key's name, `configuration`, `system` or
    /// `sign-in via <provider>`.
    pub fn label(&self) -> String {
        match self {
            Actor::Account { email, .. } => email.clone(),
            Actor::ApiKey { name, .. } => name.clone(),
            Actor::Configuration => "configuration".to_owned(),
            Actor::System => "system".to_owned(),
            Actor::IdentityProvider { name } => format!("sign-in via {name}"),
        }
    }
}

impl From<&CurrentUser> for Actor {
    fn from(user: &CurrentUser) -> Self {
        Actor::Account {
            id: user.id,
            email: user.email.as_str().to_owned(),
        }
    }
}

impl From<&ApiKeyCaller> for Actor {
    fn from(key: &ApiKeyCaller) -> Self {
        Actor::ApiKey {
            id: key.key_id,
            name: key.name.clone(),
        }
    }
}

impl From<&ApiCaller> for Actor {
    fn from(caller: &ApiCaller) -> Self {
        match caller {
            ApiCaller::Key(key) => key.into(),
            ApiCaller::Staff(user) => user.into(),
        }
    }
}

/// One change to record.
#[derive(Clone, Debug)]
pub struct Entry {
    pub actor: Actor,
    /// E.g. `employee.updated`.
    pub action: &'static str,
    /// E.g. `employee`.
    pub subject_kind: &'static str,
    pub subject_id: Option<i32>,
    /// The subject's name at the time.
    pub subject_label: String,
    /// For employees: their department after the change.
    pub department_id: Option<i32>,
    pub changes: Vec<Change>,
}

impl Entry {
    fn into_row(self, at: chrono::DateTime<Utc>) -> NewEntry {
        let (account, key) = match &self.actor {
            Actor::Account { id, .. } => (Some(*id), None),
            Actor::ApiKey { id, .. } => (None, Some(*id)),
            Actor::Configuration | Actor::System | Actor::IdentityProvider { .. } => (None, None),
        };
        NewEntry {
            at,
            actor_account_id: account,
            actor_api_key_id: key,
            actor_label: self.actor.label(),
            action: self.action.to_owned(),
            subject_kind: self.subject_kind.to_owned(),
            subject_id: self.subject_id,
            subject_label: self.subject_label,
            department_id: self.department_id,
            changes: self.changes,
        }
    }
}

/// Records `entry` now. Call it on the transaction that makes the change.
pub async fn record(db: &impl sea_orm::ConnectionTrait, entry: Entry) -> anyhow::Result<()> {
    record_all(db, vec![entry]).await
}

/// Records several entries at once (an import), all with the same time.
pub async fn record_all(
    db: &impl sea_orm::ConnectionTrait,
    entries: Vec<Entry>,
) -> anyhow::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let at = Utc::now();
    store::insert(db, entries.into_iter().map(|e| e.into_row(at)).collect()).await
}

/// The plain text of a JSON value as a change shows it (`None` for null).
fn plain(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(text) => Some(text.clone()),
        other => Some(other.to_string()),
    }
}

/// A serialisable row as a JSON object.
fn object<T: serde::Serialize>(
    row: &T,
) -> anyhow::Result<serde_json::Map<String, serde_json::Value>> {
    match serde_json::to_value(row).context("Failed to read an audited row")? {
        serde_json::Value::Object(map) => Ok(map),
        _ => anyhow::bail!("an audited row is not a JSON object"),
    }
}

/// The fields that differ between two serialised rows (`before` `None`: a new row), except
/// those named in `skip` (ids and timestamps the application keeps for itself).
pub fn changes_between<T: serde::Serialize>(
    before: Option<&T>,
    after: &T,
    skip: &[&str],
) -> anyhow::Result<Vec<Change>> {
    let old = before.map(object).transpose()?;
    let new = object(after)?;
    Ok(new
        .iter()
        .filter(|(field, _)| !skip.contains(&field.as_str()))
        .filter_map(|(field, value)| {
            let old = old.as_ref().and_then(|o| o.get(field)).and_then(plain);
            Change::between(field, old.as_deref(), plain(value).as_deref())
        })
        .collect())
}
