//! Unit tests of the outbox queries: claims and their leases, retries, limits, concurrent
//! claimers, and the subject length the column allows.

use super::*;
use sea_orm::{DatabaseConnection, QueryTrait};

async fn database() -> (tempfile::TempDir, DatabaseConnection) {
    crate::store::test_database::migrated().await
}

async fn queue(db: &DatabaseConnection, n: usize) -> Vec<i32> {
    let recipient = EmailAddress::parse("ana@example.com").unwrap();
    let mut ids = Vec::new();
    for i in 0..n {
        let subject = format!("Subject {i}");
        ids.push(
            enqueue(db, &recipient, &subject, "text", "<p>html</p>")
                .await
                .unwrap(),
        );
    }
    ids
}

async fn row(db: &DatabaseConnection, id: i32) -> mail_outbox::Model {
    mail_outbox::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[test]
fn on_postgresql_the_claim_skips_rows_other_dispatchers_hold() {
    let sql = due_query(Utc::now(), 10)
        .build(sea_orm::DbBackend::Postgres)
        .to_string();
    assert!(sql.ends_with("FOR UPDATE SKIP LOCKED"), "{sql}");
}

fn minutes(n: i64) -> TimeDelta {
    TimeDelta::minutes(n)
}

/// Claims up to 10 emails due at `at` for a 10-minute lease.
async fn claim(db: &DatabaseConnection, at: DateTime<Utc>) -> Vec<QueuedMail> {
    claim_due(db, at, 10, minutes(10)).await.unwrap()
}

#[tokio::test]
async fn a_claimed_email_is_not_claimed_again_while_its_lease_runs() {
    let (_dir, db) = database().await;
    let ids = queue(&db, 2).await;
    let now = Utc::now();

    let first = claim(&db, now).await;
    let second = claim(&db, now + minutes(5)).await;

    assert_eq!(first.iter().map(|m| m.id).collect::<Vec<_>>(), ids);
    assert!(first.iter().all(|m| m.attempts == 1));
    assert_eq!(first[0].subject, "Subject 0");
    assert_eq!(first[0].recipient, "ana@example.com");
    assert!(second.is_empty());
    assert_eq!(row(&db, ids[0]).await.state, DeliveryState::Sending);
}

#[tokio::test]
async fn an_email_whose_dispatcher_died_is_claimed_again_after_the_lease() {
    let (_dir, db) = database().await;
    let ids = queue(&db, 1).await;
    let now = Utc::now();
    claim(&db, now).await;

    let reclaimed = claim(&db, now + minutes(11)).await;

    assert_eq!(reclaimed.len(), 1);
    assert_eq!(reclaimed[0].id, ids[0]);
    assert_eq!(reclaimed[0].attempts, 2);
}

#[tokio::test]
async fn a_claim_takes_at_most_the_limit_oldest_first() {
    let (_dir, db) = database().await;
    let ids = queue(&db, 5).await;

    let claimed = claim_due(&db, Utc::now(), 3, minutes(10)).await.unwrap();

    assert_eq!(claimed.iter().map(|m| m.id).collect::<Vec<_>>(), ids[..3]);
}

#[tokio::test]
async fn an_email_set_to_retry_waits_until_its_next_attempt() {
    let (_dir, db) = database().await;
    let ids = queue(&db, 1).await;
    let now = Utc::now();
    claim(&db, now).await;

    mark_retry(&db, ids[0], "deferred (451)", now + minutes(2))
        .await
        .unwrap();
    let too_early = claim(&db, now + minutes(1)).await;
    let on_time = claim(&db, now + minutes(2)).await;

    assert!(too_early.is_empty());
    assert_eq!(on_time.len(), 1);
    assert_eq!(on_time[0].attempts, 2);
    assert_eq!(
        row(&db, ids[0]).await.last_error.as_deref(),
        Some("deferred (451)")
    );
}

#[tokio::test]
async fn sent_and_failed_emails_are_never_claimed_again() {
    let (_dir, db) = database().await;
    let ids = queue(&db, 2).await;
    let now = Utc::now();
    claim(&db, now).await;

    mark_sent(&db, ids[0], now).await.unwrap();
    mark_failed(&db, ids[1], "rejected (550)").await.unwrap();
    let later = claim(&db, now + minutes(60)).await;

    assert!(later.is_empty());
    let sent = row(&db, ids[0]).await;
    assert_eq!(sent.state, DeliveryState::Sent);
    assert!(sent.sent_at.is_some());
    let failed = row(&db, ids[1]).await;
    assert_eq!(failed.state, DeliveryState::Failed);
    assert_eq!(failed.last_error.as_deref(), Some("rejected (550)"));
}

#[tokio::test]
async fn released_emails_are_due_again_without_losing_an_attempt() {
    let (_dir, db) = database().await;
    let ids = queue(&db, 1).await;
    let now = Utc::now();
    claim(&db, now).await;

    release(&db, &ids).await.unwrap();
    let again = claim(&db, now).await;

    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
}

#[tokio::test]
async fn concurrent_claimers_never_receive_the_same_email() {
    let (_dir, db) = database().await;
    queue(&db, 40).await;
    let now = Utc::now();

    let claimers = (0..4).map(|_| {
        let db = db.clone();
        tokio::spawn(async move { claim_due(&db, now, 15, minutes(10)).await.unwrap() })
    });
    let mut claimed: Vec<i32> = Vec::new();
    for claimer in claimers.collect::<Vec<_>>() {
        claimed.extend(claimer.await.unwrap().into_iter().map(|m| m.id));
    }

    let total = claimed.len();
    claimed.sort_unstable();
    claimed.dedup();
    assert_eq!(claimed.len(), total, "an email was claimed twice");
    assert_eq!(total, 40);
}

#[tokio::test]
async fn a_subject_longer_than_the_column_is_refused() {
    let (_dir, db) = database().await;
    let recipient = EmailAddress::parse("ana@example.com").unwrap();
    let subject = "x".repeat(MAX_SUBJECT_CHARS + 1);

    let result = enqueue(&db, &recipient, &subject, "t", "h").await;

    assert!(result.is_err());
}
