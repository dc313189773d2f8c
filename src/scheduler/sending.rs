//! What every mail-sending step shares: sending a claimed batch as many at once as the SMTP
//! pool allows (stopping early when the relay is away or the lease would run out), and the
//! retry policy — exponential backoff, then `failed` after `scheduler.max_attempts` tries or
//! at once when retrying cannot help. Used by the staff mail outbox, invitations, reminders
//! and touchpoints.

use crate::config::SchedulerSettings;
use crate::mail::{MailError, Mailer};
use chrono::{DateTime, TimeDelta, Utc};
use futures_util::StreamExt;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long a claim keeps other dispatchers away from an email. A dispatcher that dies
/// mid-batch delays its emails by at most this much.
pub const LEASE: TimeDelta = TimeDelta::minutes(10);

/// A batch stops starting new sends after this long and hands the rest back, so no send is
/// still running when the lease runs out and another dispatcher takes the email.
pub const SEND_WINDOW: Duration = Duration::from_mins(5);

/// Longest wait between two attempts, however many attempts came before.
pub const MAX_RETRY_DELAY: Duration = Duration::from_hours(24);

/// The wait before the next attempt after `attempts` failed ones:
/// `retry_base_seconds * 2^(attempts - 1)`, at most [`MAX_RETRY_DELAY`].
pub fn retry_delay(base_seconds: u64, attempts: u32) -> Duration {
    let exponent = attempts.saturating_sub(1).min(32);
    let seconds = base_seconds.saturating_mul(1_u64 << exponent);
    Duration::from_secs(seconds).min(MAX_RETRY_DELAY)
}

/// When to try again after a failed attempt (the `attempts`-th), or `None` to give up: the
/// error is permanent or this was the last attempt.
pub fn next_attempt(
    settings: &SchedulerSettings,
    attempts: u32,
    error: &MailError,
) -> Option<DateTime<Utc>> {
    if error.is_permanent() || attempts >= settings.max_attempts {
        return None;
    }
    let delay = retry_delay(settings.retry_base_seconds, attempts);
    Some(Utc::now() + TimeDelta::from_std(delay).unwrap_or(TimeDelta::days(1)))
}

/// The outcome of one item of a batch: `None` when it was not tried (hand it back).
pub type Attempt<T> = (T, Option<Result<(), MailError>>);

/// Sends each item with `send` (which hands the item back with its result), up to the
/// mailer's concurrency at once. Once the relay is unavailable, or after [`SEND_WINDOW`] since
/// `started`, the remaining items are not tried.
pub async fn send_all<T, F, Fut>(
    items: Vec<T>,
    mailer: &Mailer,
    started: Instant,
    send: F,
) -> Vec<Attempt<T>>
where
    F: Fn(T) -> Fut,
    Fut: Future<Output = (T, Result<(), MailError>)>,
{
    let relay_down = AtomicBool::new(false);
    let relay_down = &relay_down;
    let send = &send;
    futures_util::stream::iter(items)
        .map(|item| async move {
            if relay_down.load(Ordering::Relaxed) || started.elapsed() > SEND_WINDOW {
                return (item, None);
            }
            let (item, result) = send(item).await;
            if result.as_ref().is_err_and(MailError::is_relay_unavailable) {
                relay_down.store(true, Ordering::Relaxed);
            }
            (item, Some(result))
        })
        .buffer_unordered(mailer.concurrency().max(1))
        .collect()
        .await
}
