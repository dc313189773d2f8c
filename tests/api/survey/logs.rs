//! Request logs name the route pattern `/s/{token}`: the token, its hash, answers and comments
//! never reach them. A process-wide subscriber captures every event at DEBUG level (database
//! statements included) from the real server's worker threads. A thread-local subscriber is
//! not enough: other tests' threads would cache "nobody listens" for shared callsites.

use super::fixture::{Org, post_survey};
use crate::helpers::spawn_app;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

#[derive(Clone, Default)]
pub(crate) struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Installs the capturing subscriber as the global default, once per test process.
pub(crate) fn capture_logs() -> Captured {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    CAPTURED
        .get_or_init(|| {
            let captured = Captured::default();
            let writer = captured.clone();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::DEBUG)
                .with_ansi(false)
                .with_writer(move || writer.clone())
                .finish();
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other global subscriber is installed");
            captured
        })
        .clone()
}

#[tokio::test]
async fn survey_requests_are_logged_by_route_pattern_without_token_or_answers() {
    if std::env::var_os("TEST_LOG").is_some() {
        eprintln!("skipped: TEST_LOG installs its own global subscriber");
        return;
    }
    let captured = capture_logs();
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let secret_comment = "Secret comment 7f3a about Sam";
    let mut fields = org.full_answers();
    fields.push((
        org.field(org.rooms, org.q.comment),
        secret_comment.to_owned(),
    ));

    let shown = app.get(&invited.path()).await;
    let stored = post_survey(&app, &format!("{}?lang=fr", invited.path()), &fields).await;

    assert_eq!(shown.status(), 200);
    assert_eq!(stored.status(), 200);
    let log = captured.text();
    assert!(
        log.lines()
            .any(|line| line.contains("http.route=/s/{token}") && line.contains("http.method=POST")),
        "the route pattern is logged"
    );
    assert!(!log.contains(invited.token.expose()), "token in the log");
    assert!(
        !log.contains(&invited.token.hash()),
        "token hash in the log"
    );
    assert!(!log.contains(secret_comment), "comment in the log");
    assert!(!log.contains("Thanks to Sam"), "thanks in the log");
}
