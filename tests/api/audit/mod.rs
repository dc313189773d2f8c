//! The audit log: every staff change to employees, departments, accounts, API keys and cycles
//! is recorded with who, when and old → new (`changes`); only HR admins read it, and nothing
//! edits or deletes an entry (`reading`); retention, and settings recorded at startup
//! (`keeping`).

mod changes;
mod keeping;
mod reading;

use crate::helpers::TestApp;
use innerpulse::auth::Scope;
use innerpulse::store::accounts::api_keys;
use serde_json::Value;

/// The audit log as the API returns it to this client (an HR session), with `query`.
pub async fn audit_log(app: &TestApp, query: &str) -> Value {
    let response = app.get(&format!("/api/v1/audit?{query}")).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The changes of an entry as (field, old, new) triples.
pub fn changes(entry: &Value) -> Vec<(String, Value, Value)> {
    entry["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["field"].as_str().unwrap().to_owned(),
                c["old"].clone(),
                c["new"].clone(),
            )
        })
        .collect()
}

/// An API key with the `import` scope; returns the key text.
pub async fn import_key(app: &TestApp, name: &str) -> String {
    api_keys::create(app.db(), name, &[Scope::Import], None)
        .await
        .unwrap()
        .key
}
