//! Each key does one job: learning or rotating the session secret gives no survey link, and
//! rotating it logs staff out while survey links keep working.

use crate::helpers::{TestApp, spawn_app, test_settings};
use crate::waves_fixture::{CycleOptions, organisation, survey_link, token_of};
use innerpulse::startup::Application;

/// Starts a second instance on the same database with `extra_toml` over the test settings, as
/// an operator restarting with a changed key; returns its base URL.
async fn restart_with(app: &TestApp, extra_toml: &str) -> String {
    let settings = test_settings(
        &app.database.url,
        app.smtp.port,
        app.database.dir.path(),
        extra_toml,
    );
    let application = Application::build(settings).await.unwrap();
    let port = application.port();
    tokio::spawn(application.run_until_stopped());
    format!("http://127.0.0.1:{port}")
}

/// A wave is open and Ana has her link; HR is logged in. Returns Ana's survey path.
async fn open_wave_with_hr_logged_in(app: &TestApp) -> String {
    organisation(app, CycleOptions::default()).await;
    let mail = app.deliver_mail_to("ana@example.com").await;
    let path = format!("/s/{}", token_of(&survey_link(&mail[0])));
    app.login_as_hr().await;
    assert_eq!(app.get("/admin").await.status(), 200);
    assert_eq!(app.get(&path).await.status(), 200);
    path
}

#[tokio::test]
async fn rotating_the_session_secret_logs_staff_out_and_leaves_survey_links_working() {
    let app = spawn_app().await;
    let survey = open_wave_with_hr_logged_in(&app).await;

    let rotated = restart_with(
        &app,
        "[security]\njwt_secret = \"a-new-session-secret-after-rotation-0123\"\n",
    )
    .await;

    let admin = app
        .client
        .get(format!("{rotated}/admin"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        admin.status(),
        303,
        "the old session no longer opens /admin"
    );
    let link = app
        .client
        .get(format!("{rotated}{survey}"))
        .send()
        .await
        .unwrap();
    assert_eq!(link.status(), 200, "the survey link still opens");
}
