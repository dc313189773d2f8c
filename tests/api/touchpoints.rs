//! `POST /api/v1/touchpoints`: one question about one service right after an interaction.

use crate::helpers::{TestApp, spawn_app};
use crate::waves_fixture::{
    CycleOptions, Org, invitations_of, organisation, survey_link, token_of,
};
use innerpulse::auth::Scope;
use innerpulse::domain::hash_hex;
use innerpulse::store::accounts::api_keys;
use serde_json::{Value, json};

async fn key(app: &TestApp, scopes: &[Scope]) -> String {
    api_keys::create(app.db(), "helpdesk tool", scopes, None)
        .await
        .unwrap()
        .key
}

async fn post(app: &TestApp, key: &str, body: Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/touchpoints"))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap()
}

fn ticket(org: &Org) -> Value {
    json!({
        "employee_email": "Ana@Example.com",
        "relationship_id": org.helpdesk,
        "context_label": "ticket #4711 closed"
    })
}

#[tokio::test]
async fn a_touchpoint_emails_a_one_section_invitation_right_away() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let key = key(&app, &[Scope::Touchpoint]).await;

    let response = post(&app, &key, ticket(&org)).await;

    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["created"], true);
    assert_eq!(body["delivered"], true);
    let emails = app.smtp.wait_for(1).await;
    assert_eq!(emails.len(), 1);
    let email = &app.smtp.emails_to("ana@example.com")[0];
    assert_eq!(
        email.subject,
        "How did it go? A quick question about IT helpdesk"
    );
    assert!(
        email.text.contains("(ticket #4711 closed)"),
        "{}",
        email.text
    );
    let invitation = &invitations_of(&app, "ana@example.com").await[0];
    assert_eq!(
        invitation.kind,
        entity::invitation::InvitationKind::Touchpoint
    );
    assert!(invitation.wave_id.is_none() && invitation.expires_at.is_some());
    assert_eq!(
        invitation.delivery_state,
        entity::invitation::DeliveryState::Sent
    );
    assert_eq!(
        hash_hex(token_of(&survey_link(email)).as_bytes()),
        invitation.token_hash
    );
    app.run_scheduler_once().await;
    let touchpoint_emails = app
        .smtp
        .emails_to("ana@example.com")
        .into_iter()
        .filter(|e| e.subject.starts_with("How did it go?"))
        .count();
    assert_eq!(touchpoint_emails, 1, "the scheduler does not send it again");
}

#[tokio::test]
async fn a_second_touchpoint_within_the_repeat_interval_is_skipped() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let key = key(&app, &[Scope::Touchpoint]).await;
    post(&app, &key, ticket(&org)).await;

    let repeat = post(&app, &key, ticket(&org)).await;
    let other_service = post(
        &app,
        &key,
        json!({ "employee_external_id": "hr-Ana", "relationship_id": org.payroll }),
    )
    .await;

    assert_eq!(repeat.status(), 200);
    let body: Value = repeat.json().await.unwrap();
    assert_eq!(body["created"], false);
    assert_eq!(body["skipped"], "repeat_interval");
    assert_eq!(
        other_service.status(),
        201,
        "the interval is per relationship"
    );
    assert_eq!(app.smtp.wait_for(2).await.len(), 2);
}

#[tokio::test]
async fn a_missing_or_unknown_key_is_401_and_a_key_without_the_scope_is_403() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let wrong_scope = key(&app, &[Scope::Import, Scope::ResultsRead]).await;

    let unknown = post(&app, "ip_not-a-real-key", ticket(&org)).await;
    let missing = app
        .client
        .post(app.url("/api/v1/touchpoints"))
        .json(&ticket(&org))
        .send()
        .await
        .unwrap();
    let forbidden = post(&app, &wrong_scope, ticket(&org)).await;

    assert_eq!(unknown.status(), 401);
    assert_eq!(missing.status(), 401);
    assert_eq!(forbidden.status(), 403);
    let body: Value = forbidden.json().await.unwrap();
    assert_eq!(body["error"]["code"], "forbidden");
    assert!(app.smtp.emails().is_empty());
}

#[tokio::test]
async fn an_unknown_employee_or_relationship_is_404_json() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let key = key(&app, &[Scope::Touchpoint]).await;

    let nobody = post(
        &app,
        &key,
        json!({ "employee_email": "nobody@example.com", "relationship_id": org.helpdesk }),
    )
    .await;
    let no_service = post(
        &app,
        &key,
        json!({ "employee_email": "ana@example.com", "relationship_id": 999_999 }),
    )
    .await;

    for response in [nobody, no_service] {
        assert_eq!(response.status(), 404);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "not_found");
    }
}

#[tokio::test]
async fn a_touchpoint_naming_no_employee_is_rejected_with_422() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let key = key(&app, &[Scope::Touchpoint]).await;

    let response = post(&app, &key, json!({ "relationship_id": org.helpdesk })).await;

    assert_eq!(response.status(), 422);
}

#[tokio::test]
async fn a_touchpoint_asks_the_core_questions_and_one_rotating_question() {
    let app = spawn_app().await;
    let org = organisation(&app, CycleOptions::default()).await;
    let key = key(&app, &[Scope::Touchpoint]).await;

    assert_eq!(post(&app, &key, ticket(&org)).await.status(), 201);

    let email = &app.smtp.wait_for(1).await[0];
    let html = app
        .get(&format!("/s/{}", token_of(&survey_link(email))))
        .await
        .text()
        .await
        .unwrap();
    let questions: std::collections::BTreeSet<&str> = html
        .split("name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|field| field.contains("_q"))
        .collect();
    // Overall, the standard and the comment, and one of the six rotating questions.
    assert_eq!(questions.len(), 4, "{questions:?}");
}
