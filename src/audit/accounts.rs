//! Audit entries about staff accounts: invitations, role and department changes,
//! (de)activation and profile changes. Fields `email`, `display_name`, `role`, `departments`
//! (by name), `active`, `locale`; never a password or a link's token.

use super::{Actor, Change, Entry};
use crate::accounts::role_name;
use crate::store::accounts::account_admin::{self, AccountSummary};
use sea_orm::ConnectionTrait;

fn fields(account: &AccountSummary) -> [(&'static str, Option<String>); 6] {
    let departments: Vec<&str> = account
        .departments
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    [
        ("email", Some(account.email.clone())),
        ("display_name", Some(account.display_name.clone())),
        ("role", Some(role_name(account.role).to_owned())),
        (
            "departments",
            (!departments.is_empty()).then(|| departments.join(", ")),
        ),
        ("active", Some(account.active.to_string())),
        ("locale", Some(account.locale.clone())),
    ]
}

/// Records what happened to account `id` since `before` (`None`: just invited), as the
/// account now is on `db` (the change's transaction). Nothing when nothing changed.
pub async fn record_change(
    db: &impl ConnectionTrait,
    actor: &Actor,
    before: Option<&AccountSummary>,
    id: i32,
) -> anyhow::Result<()> {
    let Some(after) = account_admin::find(db, id).await? else {
        return Ok(());
    };
    let old = before.map(fields);
    let changes: Vec<Change> = fields(&after)
        .into_iter()
        .enumerate()
        .filter(|(_, (name, _))| before.is_some() || *name != "active")
        .filter_map(|(i, (name, new))| {
            let old = old.as_ref().and_then(|o| o[i].1.clone());
            Change::between(name, old.as_deref(), new.as_deref())
        })
        .collect();
    if changes.is_empty() {
        return Ok(());
    }
    let changed = |field: &str| changes.iter().any(|c| c.field == field);
    let action = match before {
        None => "account.invited",
        Some(_) if changed("active") && after.active => "account.reactivated",
        Some(_) if changed("active") => "account.deactivated",
        Some(_) if changed("role") || changed("departments") => "account.role_changed",
        Some(_) => "account.updated",
    };
    let entry = Entry {
        actor: actor.clone(),
        action,
        subject_kind: "account",
        subject_id: Some(id),
        subject_label: after.email.clone(),
        department_id: None,
        changes,
    };
    super::record(db, entry).await
}
