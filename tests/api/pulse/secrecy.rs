//! Which rotating questions a person was asked is not in the database: the rows keep a counter
//! that only the rotation key turns into questions. Were it stored in plain form, a copy of
//! the database would narrow each released response (which carries the questions it answers)
//! down to the few colleagues who were asked those questions.

use super::fixture::{builtin, open_wave, organisation, page};
use crate::helpers::{spawn_app, test_settings};
use innerpulse::startup::Application;
use innerpulse::waves::{TokenInput, survey_token};
use std::collections::BTreeSet;

#[tokio::test]
async fn the_same_database_under_another_rotation_key_asks_other_rotating_questions() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let pulse = organisation(&app, builtin(&app).await, 4, 12).await;
    let invitations = open_wave(&app, &pulse).await;
    // A second instance on the very same database, with every setting alike but the key.
    let settings = test_settings(
        &app.database.url,
        app.smtp.port,
        app.database.dir.path(),
        "[security]\nrotation_key = \"another-rotation-key-that-is-long-enough-9\"\n",
    );
    let other = Application::build(settings).await.unwrap();
    let other_url = format!("http://127.0.0.1:{}", other.port());
    tokio::spawn(other.run_until_stopped());

    let mut differ = 0;
    for invitation in invitations.values() {
        let (here, _) = page(&app, invitation).await;
        let token = survey_token(&app.state.settings.security, &TokenInput::from(invitation));
        let html = reqwest::get(format!("{other_url}/s/{}", token.expose()))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let there: BTreeSet<String> = here
            .iter()
            .flat_map(|(service, ids)| ids.iter().map(move |id| format!("s{service}_q{id}\"")))
            .filter(|field| !html.contains(field.as_str()))
            .collect();
        if !there.is_empty() {
            differ += 1;
        }
    }

    assert!(
        differ > invitations.len() / 2,
        "only {differ} of {} pages changed with the key",
        invitations.len()
    );
}
