//! Request logs name the route pattern `/s/{token}`: the token, its hash, answers and comments
//! never reach them. The routes run in-process under a subscriber that captures every event
//! of this thread at TRACE level (including database statements).

use super::fixture::Org;
use crate::helpers::spawn_app;
use actix_web::middleware::from_fn;
use actix_web::{App, test, web};
use std::io::Write;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

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
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[tokio::test]
async fn survey_requests_are_logged_by_route_pattern_without_token_or_answers() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let invited = org.invite(&app, "en").await;
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    // Other tests' threads, running without a subscriber, may have cached "never interested"
    // for the log callsites while this subscriber was being created: recompute it now.
    tracing::callsite::rebuild_interest_cache();
    let service = test::init_service(
        App::new()
            .wrap(from_fn(innerpulse::web::observe::observe))
            .app_data(web::Data::new(app.state.clone()))
            .configure(innerpulse::routes::configure),
    )
    .await;
    let secret_comment = "Secret comment 7f3a about Sam";
    let mut fields = org.full_answers();
    fields.push((
        org.field(org.rooms, org.q.comment),
        secret_comment.to_owned(),
    ));

    let shown = test::call_service(
        &service,
        test::TestRequest::get().uri(&invited.path()).to_request(),
    )
    .await;
    let stored = test::call_service(
        &service,
        test::TestRequest::post()
            .uri(&format!("{}?lang=fr", invited.path()))
            .set_form(&fields)
            .to_request(),
    )
    .await;

    assert_eq!(shown.status(), 200);
    assert_eq!(stored.status(), 200);
    let log = captured.text();
    assert!(
        log.contains("/s/{token}"),
        "the route pattern is logged:\n{log}"
    );
    assert!(
        !log.contains(invited.token.expose()),
        "token in the log:\n{log}"
    );
    assert!(
        !log.contains(&invited.token.hash()),
        "token hash in the log:\n{log}"
    );
    assert!(!log.contains(secret_comment), "comment in the log:\n{log}");
    assert!(!log.contains("Thanks to Sam"), "thanks in the log:\n{log}");
}
