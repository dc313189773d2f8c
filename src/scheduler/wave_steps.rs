//! Scheduler steps around waves: close the waves whose time is up, then open the waves of
//! due cycles. Both are idempotent: closing is a conditional update, and a wave is unique per
//! (cycle, opening time) with the cycle locked while it opens.

use crate::state::AppState;
use crate::store::programme::wave_lifecycle;
use crate::waves::open;
use chrono::Utc;

/// Closes every open wave past its `closes_at`; returns how many closed.
#[tracing::instrument(name = "close_waves", skip_all)]
pub async fn close_due(state: &AppState) -> anyhow::Result<u64> {
    let closed = wave_lifecycle::close_due(&state.db, Utc::now()).await?;
    if closed > 0 {
        tracing::info!(waves.closed = closed, "closed waves");
    }
    Ok(closed)
}

/// Opens the due wave of every due cycle; returns how many waves this pass opened. A cycle
/// that fails to open is logged and left due, so the next pass tries again.
#[tracing::instrument(name = "open_waves", skip_all)]
pub async fn open_due(state: &AppState) -> anyhow::Result<u64> {
    let now = Utc::now();
    let mut opened = 0;
    for cycle_id in wave_lifecycle::due_cycle_ids(&state.db, now).await? {
        match open::open_scheduled(&state.db, &state.settings.security, cycle_id, now).await {
            Ok(Some(_)) => opened += 1,
            Ok(None) => {}
            Err(error) => {
                tracing::error!(cycle.id = cycle_id, error.cause_chain = ?error, "failed to open a wave");
            }
        }
    }
    Ok(opened)
}
