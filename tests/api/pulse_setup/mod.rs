//! HR sets up a short pulse: questions marked core or rotating (page and API), a cycle's
//! questions per section, maximum per wave and what goes first (page and API, defaults,
//! validation, what it means in minutes), and cycles without questions per section, which
//! keep asking every question.

mod core_questions;
mod cycle_settings;
mod every_question;

use crate::helpers::TestApp;
use serde_json::{Value, json};

/// The questionnaire `id` as the API shows it.
pub async fn api_questionnaire(app: &TestApp, id: i64) -> Value {
    let response = app.get(&format!("/api/v1/questionnaires/{id}")).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// The core flags of a questionnaire's questions, in order.
pub fn core_flags(questionnaire: &Value) -> Vec<bool> {
    questionnaire["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["core"].as_bool().unwrap())
        .collect()
}

/// A rating question for the API, in English, marked core or not (`None`: left out).
pub fn rating(prompt: &str, core: Option<bool>) -> Value {
    let mut question = json!({
        "kind": "rating",
        "dimension": "overall",
        "translations": [{"locale": "en", "prompt": prompt}]
    });
    if let Some(core) = core {
        question["core"] = json!(core);
    }
    question
}

/// Sends `body` to the API with `method` and returns the status and JSON answer.
pub async fn send(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    body: &Value,
) -> (u16, Value) {
    let response = app
        .client
        .request(method, app.url(path))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The error message of a refused API call.
pub fn message(body: &Value) -> &str {
    body["error"]["message"].as_str().unwrap()
}
