//! Reissuing an employee's open survey links to their current address. An invitation goes to
//! the address the employee had when it was made; changing the address does not move it, so an
//! insider who redirects colleagues' addresses gets none of their links. When an employee
//! really has a new address, HR reissues: each open link gets a new token (the old link dies),
//! is delivered to the new address, the old address is told, and the reissue is recorded.

use super::token::{TokenInput, storable_now, survey_token};
use crate::audit::{self, Actor, Change, Entry};
use crate::domain::{EmailAddress, Locale};
use crate::mail::mask_address;
use crate::notify::{self, StaffEmail};
use crate::state::AppState;
use crate::store::organisation::employees::EmployeeView;
use crate::store::{invitations::invitation_reissue, organisation::employees};
use anyhow::Context;
use chrono::Utc;
use sea_orm::{ConnectionTrait, TransactionTrait};
use std::collections::BTreeSet;

/// What a reissue did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Reissued {
    /// Links that now go to the employee's current address.
    pub links: usize,
    /// The addresses they used to go to (each told once).
    pub old_addresses: Vec<String>,
}

/// The employee's open links that go to another address than their current one, as
/// (count, old addresses).
pub async fn pending(
    db: &impl ConnectionTrait,
    employee: &EmployeeView,
) -> anyhow::Result<Reissued> {
    let found = invitation_reissue::elsewhere(db, employee.id, &employee.email, Utc::now()).await?;
    Ok(summary(&found))
}

fn summary(invitations: &[entity::invitation::Model]) -> Reissued {
    let old: BTreeSet<String> = invitations
        .iter()
        .filter_map(|invitation| invitation.email.clone())
        .collect();
    Reissued {
        links: invitations.len(),
        old_addresses: old.into_iter().collect(),
    }
}

/// Moves every open link of the employee to their current address, in one transaction with
/// the notices to the old addresses and the audit entry (`employee.reissued`, in the
/// department each link counts in, so the survey pages of that group show it). `None` for an
/// unknown employee.
pub async fn reissue(
    state: &AppState,
    actor: &Actor,
    employee_id: i32,
) -> anyhow::Result<Option<Reissued>> {
    let txn = state
        .db
        .begin()
        .await
        .context("Failed to start reissuing survey links")?;
    let Some(employee) = employees::find(&txn, employee_id).await? else {
        return Ok(None);
    };
    let found =
        invitation_reissue::elsewhere(&txn, employee_id, &employee.email, Utc::now()).await?;
    let done = summary(&found);
    for invitation in &found {
        let created_at = storable_now();
        let token = survey_token(
            &state.settings.security,
            &TokenInput {
                created_at,
                ..TokenInput::from(invitation)
            },
        );
        invitation_reissue::readdress(
            &txn,
            invitation.id,
            &token.hash(),
            created_at,
            &employee.email,
        )
        .await?;
    }
    let departments: BTreeSet<i32> = found
        .iter()
        .map(|i| i.department_id.unwrap_or(employee.department_id))
        .collect();
    let entries = departments.into_iter().map(|department_id| Entry {
        actor: actor.clone(),
        action: "employee.reissued",
        subject_kind: "employee",
        subject_id: Some(employee.id),
        subject_label: employee.name.clone(),
        department_id: Some(department_id),
        changes: vec![
            Change::new(
                "email",
                Some(done.old_addresses.join(", ")),
                Some(employee.email.clone()),
            ),
            Change::new("open_links", None, Some(done.links.to_string())),
        ],
    });
    audit::record_all(&txn, entries.collect()).await?;
    let locale = Locale::parse(&employee.locale).unwrap_or(state.settings.i18n.default_locale);
    let masked = mask_address(&employee.email);
    for old in &done.old_addresses {
        // An address the import once accepted but that no longer parses is not written to.
        let Ok(old) = EmailAddress::parse(old) else {
            continue;
        };
        let links = found
            .iter()
            .filter(|i| i.email.as_deref() == Some(old.as_str()))
            .count();
        notify::queue(
            &txn,
            state,
            &old,
            &employee.name,
            locale,
            StaffEmail::LinkMoved {
                new_address: &masked,
                links,
            },
        )
        .await?;
    }
    txn.commit()
        .await
        .context("Failed to commit the reissued survey links")?;
    Ok(Some(done))
}
