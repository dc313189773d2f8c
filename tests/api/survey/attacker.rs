//! The database holder as an attacker. Employees answer one at a time, each with a comment and
//! a score only they gave. After every submission the holder takes what a copy of the database
//! gives — on SQLite the raw bytes of the database file and its write-ahead log (every commit's
//! pages, whatever was deleted since), on PostgreSQL every row of every table with its `xmin`
//! and `ctid` — and after the close and release tries to tie each comment and score to its
//! author by transaction id, physical order, day, flags and group size. It must do no better
//! than chance within a group of at least k.

use super::fixture::{Invited, Org, close_and_release, post_survey};
use crate::helpers::{TestApp, spawn_app};
use innerpulse::sealing::SEALED_LEN;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use std::collections::{BTreeMap, BTreeSet};

/// Respondents: k = 5 and three more, so that a lucky guess of the whole order is 1 in 8!.
const RESPONDENTS: usize = 8;

/// What a holder of a copy of the database can read, as bytes to search.
async fn copy_of_database(app: &TestApp) -> Vec<u8> {
    let db = app.db();
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        let path = app.state.settings.database.url["sqlite://".len()..].to_owned();
        let mut bytes = std::fs::read(&path).unwrap();
        if let Ok(wal) = std::fs::read(format!("{path}-wal")) {
            bytes.extend(wal);
        }
        bytes
    } else {
        let mut text = String::new();
        for table in text_rows(
            app,
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        )
        .await
        {
            for row in text_rows(
                app,
                &format!(
                    "SELECT xmin::text || ' ' || ctid::text || ' ' || t::text FROM \"{table}\" t"
                ),
            )
            .await
            {
                text.push_str(&row);
                text.push('\n');
            }
        }
        text.into_bytes()
    }
}

async fn text_rows(app: &TestApp, sql: &str) -> Vec<String> {
    let db = app.db();
    db.query_all_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .unwrap()
    .into_iter()
    .map(|row| row.try_get_by_index::<String>(0).unwrap())
    .collect()
}

fn holds(copy: &[u8], text: &str) -> bool {
    copy.windows(text.len())
        .any(|window| window == text.as_bytes())
}

/// The comment only respondent `i` wrote.
fn comment_of(i: usize, run: &str) -> String {
    format!("remark-{run}-{i}-of-one-person")
}

#[tokio::test]
async fn a_database_holder_reads_no_answer_before_release_and_ties_none_to_its_author_after() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let k = app.state.settings.anonymity.min_group_size.get() as usize;
    let run = uuid::Uuid::new_v4().simple().to_string();
    let mut invited: Vec<Invited> = Vec::new();
    for _ in 0..RESPONDENTS {
        invited.push(org.invite(&app, "en").await);
    }

    // Answer one at a time, as people do; after each, the holder takes a copy.
    for (i, one) in invited.iter().enumerate() {
        let mut fields = org.full_answers();
        for (name, value) in &mut fields {
            if *name == org.field(org.helpdesk, org.q.comment) {
                *value = comment_of(i, &run);
            }
            if *name == org.field(org.helpdesk, org.q.recommend) {
                // A score of 0..7 that only respondent i gave.
                *value = i.to_string();
            }
        }
        assert_eq!(post_survey(&app, &one.path(), &fields).await.status(), 200);

        let copy = copy_of_database(&app).await;
        for j in 0..=i {
            assert!(
                !holds(&copy, &comment_of(j, &run)),
                "after submission {i} a copy of the database holds comment {j}"
            );
        }
        let sizes = text_rows(
            &app,
            "SELECT CAST(length(sealed) AS TEXT) FROM sealed_submission",
        )
        .await;
        assert_eq!(sizes.len(), i + 1);
        assert!(
            sizes.iter().all(|size| *size == SEALED_LEN.to_string()),
            "every sealed record has one size: {sizes:?}"
        );
        assert_eq!(
            text_rows(&app, "SELECT CAST(count(*) AS TEXT) FROM response").await,
            ["0"],
            "no response row before release"
        );
    }

    close_and_release(&app, &org).await;
    let copy = copy_of_database(&app).await;
    for i in 0..RESPONDENTS {
        assert!(holds(&copy, &comment_of(i, &run)), "comment {i} released");
    }

    // Flags: every invitation of the wave reads alike; only the count is left.
    let flags = text_rows(
        &app,
        &format!(
            "SELECT CAST(answered AS TEXT) || '/' || CAST(reminders_sent AS TEXT) || '/' || \
             COALESCE(CAST(next_reminder_at AS TEXT), '-') FROM invitation WHERE wave_id = {}",
            org.wave
        ),
    )
    .await;
    assert_eq!(flags.len(), RESPONDENTS);
    assert_eq!(
        flags.iter().collect::<BTreeSet<_>>().len(),
        1,
        "answered and unanswered invitations differ: {flags:?}"
    );
    assert_eq!(
        text_rows(
            &app,
            &format!(
                "SELECT CAST(answered_count AS TEXT) FROM wave WHERE id = {}",
                org.wave
            )
        )
        .await,
        [RESPONDENTS.to_string()]
    );
    assert_eq!(
        text_rows(
            &app,
            "SELECT CAST(count(*) AS TEXT) FROM invitation_section s \
             JOIN invitation i ON i.id = s.invitation_id WHERE i.wave_id IS NOT NULL"
        )
        .await,
        ["0"],
        "no record of who was asked about what is left"
    );

    // Groups: every released (service, department) group holds at least k responses.
    for size in text_rows(
        &app,
        "SELECT CAST(count(*) AS TEXT) FROM response GROUP BY relationship_id, customer_department_id",
    )
    .await
    {
        assert!(size.parse::<usize>().unwrap() >= k, "a group of {size}");
    }

    // Day: every response and conversation carries the same day.
    assert_eq!(
        text_rows(
            &app,
            "SELECT DISTINCT CAST(submitted_on AS TEXT) FROM response"
        )
        .await
        .len(),
        1
    );
    assert_eq!(
        text_rows(
            &app,
            "SELECT DISTINCT CAST(created_on AS TEXT) FROM conversation"
        )
        .await
        .len(),
        1
    );

    // Physical order: guessing that the i-th stored comment (and score) is the i-th
    // respondent's must not name everyone.
    let order = match app.db().get_database_backend() {
        DatabaseBackend::Sqlite => "",
        _ => " ORDER BY ctid",
    };
    let comments: Vec<String> = text_rows(
        &app,
        &format!("SELECT value_text FROM answer WHERE value_text LIKE 'remark-{run}-%'{order}"),
    )
    .await;
    let guessed = comments
        .iter()
        .enumerate()
        .filter(|(position, text)| **text == comment_of(*position, &run))
        .count();
    assert!(
        guessed < RESPONDENTS,
        "the stored order is the order of answering"
    );
    let scores: Vec<String> = text_rows(
        &app,
        &format!(
            "SELECT CAST(value_number AS TEXT) FROM answer WHERE question_id = {} \
             AND response_id IN (SELECT id FROM response WHERE relationship_id = {}){order}",
            org.q.recommend, org.helpdesk
        ),
    )
    .await;
    assert_eq!(scores.len(), RESPONDENTS);
    assert!(
        scores
            .iter()
            .enumerate()
            .any(|(position, score)| *score != position.to_string()),
        "the stored order of scores is the order of answering"
    );

    // Transaction ids (PostgreSQL): every released row and every invitation of the wave were
    // written by the same transaction, so joining on xmin narrows nothing down.
    if app.db().get_database_backend() == DatabaseBackend::Postgres {
        let answer_xmins: BTreeSet<String> = text_rows(
            &app,
            &format!("SELECT xmin::text FROM answer WHERE value_text LIKE 'remark-{run}-%'"),
        )
        .await
        .into_iter()
        .collect();
        let invitation_xmins: BTreeMap<String, usize> = text_rows(
            &app,
            &format!(
                "SELECT xmin::text FROM invitation WHERE wave_id = {}",
                org.wave
            ),
        )
        .await
        .into_iter()
        .fold(BTreeMap::new(), |mut counts, xmin| {
            *counts.entry(xmin).or_insert(0) += 1;
            counts
        });
        assert_eq!(
            answer_xmins.len(),
            1,
            "one transaction released every answer"
        );
        assert_eq!(
            invitation_xmins.len(),
            1,
            "every invitation was rewritten by one transaction"
        );
        assert_eq!(answer_xmins.first(), invitation_xmins.keys().next());
        assert!(invitation_xmins.values().all(|count| *count >= k));
        assert_eq!(
            text_rows(&app, "SELECT CAST(count(*) AS TEXT) FROM sealed_submission").await,
            ["0"]
        );
    }
}
