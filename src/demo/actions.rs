//! "You said, we did": the actions department heads recorded during the demo history, timed
//! so that the answers visibly react (IT's responsiveness improves after its action is done).

use super::accounts::DemoAccounts;
use super::history::Wave;
use super::organisation::Organisation;
use anyhow::Context;
use chrono::{DateTime, Days, TimeDelta, Utc};
use entity::action::{self, ActionStatus};
use entity::question::Dimension;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

/// One action to record.
struct ActionSpec {
    service: &'static str,
    title: &'static str,
    description: &'static str,
    dimension: Dimension,
    status: ActionStatus,
    /// Index of the wave after whose close the action was recorded; at most the last but one,
    /// so that the recording time lies inside the history.
    after_week: usize,
    /// Days from recording to the due day.
    due_after_days: u64,
}

const ACTIONS: [ActionSpec; 3] = [
    ActionSpec {
        service: "IT helpdesk",
        title: "Second-level support on site on Tuesdays",
        description: "A second-level engineer works from the office every Tuesday, so tickets \
                      that need hands-on help no longer wait for a visit to be planned.",
        dimension: Dimension::Responsiveness,
        status: ActionStatus::Done,
        after_week: 2,
        due_after_days: 10,
    },
    ActionSpec {
        service: "Meals for service",
        title: "Extra prep cook at Friday peak",
        description: "From the next rota an extra prep cook works Fridays 17:00–21:00, so \
                      orders stay within 12 minutes when the floor is full.",
        dimension: Dimension::Standard,
        status: ActionStatus::InProgress,
        after_week: 6,
        due_after_days: 14,
    },
    ActionSpec {
        service: "Customer account updates",
        title: "Weekly digest of contract changes for Support",
        description: "Every Monday Sales sends Customer Support a list of the contract changes \
                      of the past week, with the account manager to ask.",
        dimension: Dimension::Communication,
        status: ActionStatus::Planned,
        after_week: 5,
        due_after_days: 21,
    },
];

/// Records the demo actions; returns how many.
pub async fn create(
    db: &impl ConnectionTrait,
    organisation: &Organisation,
    waves: &[Wave],
    accounts: &DemoAccounts,
) -> anyhow::Result<usize> {
    let mut rows = Vec::with_capacity(ACTIONS.len());
    for spec in &ACTIONS {
        let relationship = organisation
            .relationships
            .iter()
            .find(|relationship| relationship.service == spec.service)
            .with_context(|| format!("The demo has no service `{}`", spec.service))?;
        let closed = waves
            .get(spec.after_week)
            .or(waves.last())
            .context("The demo history has no waves")?
            .closes_at;
        // Recorded on the Monday morning after the results came in.
        let created_at: DateTime<Utc> = closed + TimeDelta::hours(48);
        let due_on = created_at
            .date_naive()
            .checked_add_days(Days::new(spec.due_after_days))
            .context("Failed to compute a due day")?;
        let created_by = match spec.service {
            "IT helpdesk" => Some(accounts.it_head),
            "Meals for service" => Some(accounts.kitchen_head),
            _ => None,
        };
        let updated_at = match spec.status {
            ActionStatus::Done => created_at + TimeDelta::days(8),
            _ => created_at,
        };
        rows.push(action::ActiveModel {
            relationship_id: Set(relationship.id),
            question_id: Set(None),
            dimension: Set(Some(spec.dimension)),
            title: Set(spec.title.to_owned()),
            description: Set(spec.description.to_owned()),
            owner_department_id: Set(relationship.provider_department_id),
            status: Set(spec.status),
            due_on: Set(Some(due_on)),
            created_by_account_id: Set(created_by),
            created_at: Set(created_at),
            updated_at: Set(updated_at),
            ..Default::default()
        });
    }
    let count = rows.len();
    action::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .context("Failed to insert the demo actions")?;
    Ok(count)
}
