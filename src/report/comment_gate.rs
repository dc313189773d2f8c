//! The comment gate: the one rule that decides whether a comment or thanks (a text answer)
//! may be shown to a staff member, reply threads and the thanks wall included.
//!
//! A text answer belongs to a *slice*: its relationship × wave, or — for touchpoint answers,
//! which have no wave — its relationship × calendar month of `submitted_on`. It is visible when
//! (1) the relationship's provider is one of the viewer's departments (HR admins and viewers:
//! every department), (2) the slice has ended (the wave is closed; the month is over) and
//! (3) the slice holds at least `anonymity.min_comment_group_size` responses that are not
//! "not applicable". `visible_slices` is the only implementation; every page that shows text
//! answers asks it, through the readers below (the thanks wall, shared thanks, the staff's
//! conversations) or `is_visible`. The counts come from `store::results::slices`.

use super::gate::comments_visible;
use crate::config::AnonymitySettings;
use crate::domain::MinGroupSize;
use crate::store::followup::conversation_list::{self, ThreadSummary};
use crate::store::followup::thanks::{self, Thanks};
use crate::store::results::slices;
pub use crate::store::results::slices::{Period, Slice};
use chrono::NaiveDate;
use sea_orm::ConnectionTrait;
use std::collections::HashSet;

/// The threshold and the day the gate is applied on.
#[derive(Clone, Copy, Debug)]
pub struct Gate {
    /// `anonymity.min_comment_group_size`.
    pub min_group: MinGroupSize,
    /// Today (UTC): months before this one have ended.
    pub today: NaiveDate,
}

/// Which of `slices` may show their text answers to a viewer whose readable departments are
/// `scope` (`None`: every department). See the module documentation for the rule.
pub async fn visible_slices(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    gate: Gate,
    slices: impl IntoIterator<Item = Slice>,
) -> anyhow::Result<HashSet<Slice>> {
    let slices: HashSet<Slice> = slices.into_iter().collect();
    if slices.is_empty() {
        return Ok(HashSet::new());
    }
    let relationship_ids: HashSet<i32> = slices.iter().map(|s| s.relationship_id).collect();
    let providers = slices::providers(db, relationship_ids).await?;
    let in_scope: Vec<Slice> = slices
        .into_iter()
        .filter(|s| {
            providers
                .get(&s.relationship_id)
                .is_some_and(|provider| scope.is_none_or(|ids| ids.contains(provider)))
        })
        .collect();
    let mut counts = slices::wave_counts(db, &in_scope).await?;
    counts.extend(slices::month_counts(db, &in_scope, gate.today).await?);
    let k = gate.min_group.get();
    Ok(in_scope
        .into_iter()
        .filter(|s| {
            counts
                .get(s)
                .is_some_and(|n| comments_visible(u32::try_from(*n).unwrap_or(u32::MAX), k))
        })
        .collect())
}

/// Whether one slice may show its text answers to `scope` (see `visible_slices`).
pub async fn is_visible(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    gate: Gate,
    slice: Slice,
) -> anyhow::Result<bool> {
    Ok(visible_slices(db, scope, gate, [slice])
        .await?
        .contains(&slice))
}

impl Gate {
    /// The configured comment threshold, applied today (UTC).
    pub fn now(settings: &AnonymitySettings) -> Self {
        Self {
            min_group: settings.min_comment_group_size,
            today: chrono::Utc::now().date_naive(),
        }
    }
}

/// The thanks a viewer with departments `scope` (`None`: all) may read, optionally only those
/// for `provider` (a department id).
pub async fn thanks_wall(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    gate: Gate,
    provider: Option<i32>,
) -> anyhow::Result<Vec<Thanks>> {
    let rows = thanks::wall_rows(db, scope, provider).await?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let visible = visible_slices(db, scope, gate, thanks::slices(&rows)).await?;
    thanks::complete(db, rows, &visible).await
}

/// Every thanks HR shared that (still) passes the gate.
pub async fn shared_thanks(db: &impl ConnectionTrait, gate: Gate) -> anyhow::Result<Vec<Thanks>> {
    let rows = thanks::shared_rows(db).await?;
    let visible = visible_slices(db, None, gate, thanks::slices(&rows)).await?;
    thanks::complete(db, rows, &visible).await
}

/// Every thread `account_id` may see (departments `scope`, `None` for all): awaiting a reply
/// first, then unread, then by service.
pub async fn staff_threads(
    db: &impl ConnectionTrait,
    scope: Option<&[i32]>,
    account_id: i32,
    gate: Gate,
) -> anyhow::Result<Vec<ThreadSummary>> {
    let (messages, mut threads) = conversation_list::threads(db, gate.today).await?;
    if messages.is_empty() {
        return Ok(vec![]);
    }
    let visible = visible_slices(db, scope, gate, threads.iter().map(|t| t.2)).await?;
    threads.retain(|(_, _, slice)| visible.contains(slice));
    conversation_list::summaries(db, account_id, &messages, threads).await
}
