//! `/api/v1/actions` with a staff session: list, record, read, change and delete; the same
//! rules as the pages (heads for their own services, viewers read only).

use super::fixture::Loop;
use entity::account::Role;
use serde_json::{Value, json};

#[tokio::test]
async fn the_actions_api_records_lists_changes_and_deletes_actions() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let url = ctx.app.url("/api/v1/actions");

    let created = head
        .client
        .post(&url)
        .json(&json!({
            "relationship_id": ctx.org.helpdesk,
            "title": "Callback within one hour",
            "dimension": "responsiveness",
            "due_on": "2030-06-30"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["status"], "planned");
    assert_eq!(created["owner_department_id"], ctx.it);
    assert_eq!(created["dimension"], "responsiveness");
    assert_eq!(created["service"], "IT helpdesk");

    let changed = head
        .client
        .patch(format!("{url}/{id}"))
        .json(&json!({ "status": "done", "due_on": "" }))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 200);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(changed["status"], "done");
    assert_eq!(changed["due_on"], Value::Null);

    let listed: Value = head
        .client
        .get(format!(
            "{url}?relationship_id={}&status=done",
            ctx.org.helpdesk
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["items"][0]["title"], "Callback within one hour");

    let deleted = head
        .client
        .delete(format!("{url}/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let gone = head.client.get(format!("{url}/{id}")).send().await.unwrap();
    assert_eq!(gone.status(), 404);
}

#[tokio::test]
async fn the_actions_api_refuses_other_departments_viewers_and_invalid_input() {
    let ctx = Loop::start().await;
    let other = ctx.staff(Role::DepartmentHead, &[ctx.facilities]).await;
    let viewer = ctx.staff(Role::Viewer, &[]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let url = ctx.app.url("/api/v1/actions");
    let body = json!({ "relationship_id": ctx.org.helpdesk, "title": "Ours?" });

    let by_other = other.client.post(&url).json(&body).send().await.unwrap();
    let by_viewer = viewer.client.post(&url).json(&body).send().await.unwrap();
    let anonymous = ctx.app.browser().get(&url).send().await.unwrap();
    let invalid = head
        .client
        .post(&url)
        .json(&json!({ "relationship_id": ctx.org.helpdesk, "title": "" }))
        .send()
        .await
        .unwrap();

    assert_eq!(by_other.status(), 403);
    assert_eq!(by_viewer.status(), 403);
    assert_eq!(anonymous.status(), 401);
    assert_eq!(invalid.status(), 422);
    let error: Value = invalid.json().await.unwrap();
    assert_eq!(error["error"]["code"], "validation_failed");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("title: Please enter a title"),
        "{error}"
    );
}
