//! Actions on the pages: a head records one for a service their department provides (not for
//! another department's), invalid input comes back with its errors, HR sees every action with
//! the overdue ones highlighted, and status, translations and deletion work.

use super::fixture::Loop;
use entity::account::Role;
use entity::action::{self, ActionStatus};
use entity::action_translation;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

fn fields<'a>(title: &'a str, owner: &'a str, due_on: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "description",
            "A second person on the phone in the mornings.",
        ),
        ("owner_department_id", owner),
        ("status", "planned"),
        ("due_on", due_on),
        ("topic", "dimension:responsiveness"),
    ]
}

#[tokio::test]
async fn a_head_records_an_action_for_a_service_their_department_provides() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let base = format!("/results/relationships/{}/actions", ctx.org.helpdesk);
    let it = ctx.it.to_string();

    let form = ctx
        .get_in(
            &head.client,
            &format!("{base}/new?topic=question:{}", ctx.org.q.overall),
        )
        .await;
    let created = ctx
        .app
        .submit_form(
            &head.client,
            &base,
            &fields("Answer within 2 hours", &it, "2030-01-31"),
        )
        .await;

    assert_eq!(form.status(), 200);
    let form = form.text().await.unwrap();
    assert!(
        form.contains("Overall, I am satisfied with IT helpdesk."),
        "the question is offered"
    );
    assert_eq!(created.status(), 303);
    let stored = action::Entity::find().all(ctx.app.db()).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].relationship_id, ctx.org.helpdesk);
    assert_eq!(stored[0].created_by_account_id, Some(head.account.id));
    assert_eq!(stored[0].status, ActionStatus::Planned);
    let list = ctx.get_in(&head.client, &base).await.text().await.unwrap();
    assert!(list.contains("Answer within 2 hours"));
    assert!(list.contains("2030-01-31"));
}

#[tokio::test]
async fn a_head_cannot_record_actions_for_another_departments_service_and_viewers_none() {
    let ctx = Loop::start().await;
    let other = ctx.staff(Role::DepartmentHead, &[ctx.facilities]).await;
    let viewer = ctx.staff(Role::Viewer, &[]).await;
    let base = format!("/results/relationships/{}/actions", ctx.org.helpdesk);
    let it = ctx.it.to_string();

    let other_form = ctx.get_in(&other.client, &format!("{base}/new")).await;
    let other_post = ctx
        .app
        .submit_form(&other.client, &base, &fields("Not ours", &it, ""))
        .await;
    let viewer_post = ctx
        .app
        .submit_form(&viewer.client, &base, &fields("Read only", &it, ""))
        .await;
    let unknown = ctx
        .get_in(&other.client, "/results/relationships/99999/actions/new")
        .await;

    assert_eq!(other_form.status(), 403);
    assert_eq!(other_post.status(), 403);
    assert_eq!(viewer_post.status(), 403);
    assert_eq!(unknown.status(), 404);
    assert!(
        action::Entity::find()
            .all(ctx.app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn an_invalid_action_comes_back_with_422_and_each_error_at_its_field() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let base = format!("/results/relationships/{}/actions", ctx.org.helpdesk);

    let refused = ctx
        .app
        .submit_form(&head.client, &base, &fields("", "99999", "31/01/2030"))
        .await;

    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Please enter a title of 1 to 200 characters."));
    assert!(page.contains("Please enter the due day as a date (YYYY-MM-DD)"));
    assert!(
        page.contains("A second person on the phone"),
        "the input is kept"
    );
    assert!(
        action::Entity::find()
            .all(ctx.app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

async fn stored_action(ctx: &Loop, title: &str, status: ActionStatus, due_days: i64) -> i32 {
    let now = chrono::Utc::now();
    action::ActiveModel {
        relationship_id: Set(ctx.org.helpdesk),
        question_id: Set(None),
        dimension: Set(None),
        title: Set(title.to_owned()),
        description: Set(String::new()),
        owner_department_id: Set(ctx.it),
        status: Set(status),
        due_on: Set(Some(now.date_naive() + chrono::TimeDelta::days(due_days))),
        created_by_account_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(ctx.app.db())
    .await
    .unwrap()
    .id
}

#[tokio::test]
async fn hr_sees_every_action_with_the_overdue_ones_highlighted() {
    let ctx = Loop::start().await;
    let hr = ctx.staff(Role::HrAdmin, &[]).await;
    stored_action(&ctx, "Late and planned", ActionStatus::Planned, -1).await;
    stored_action(&ctx, "Late but done", ActionStatus::Done, -3).await;
    stored_action(&ctx, "Due next week", ActionStatus::InProgress, 7).await;

    let all = ctx.get_in(&hr.client, "/actions").await;
    let overdue = ctx.get_in(&hr.client, "/actions?overdue=1").await;

    assert_eq!(all.status(), 200);
    let all = all.text().await.unwrap();
    for title in ["Late and planned", "Late but done", "Due next week"] {
        assert!(all.contains(title), "{title}");
    }
    assert!(all.contains("1 action is overdue."), "{all}");
    assert_eq!(all.matches("action-card overdue").count(), 1);
    let overdue = overdue.text().await.unwrap();
    assert!(overdue.contains("Late and planned"));
    assert!(!overdue.contains("Late but done") && !overdue.contains("Due next week"));
}

#[tokio::test]
async fn status_translations_and_deletion_change_an_action() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let id = stored_action(&ctx, "Phone rota", ActionStatus::Planned, 10).await;

    let status = ctx
        .app
        .submit_form(
            &head.client,
            &format!("/actions/{id}/status"),
            &[("status", "done"), ("return_to", "/actions")],
        )
        .await;
    let translated = ctx
        .app
        .submit_form(
            &head.client,
            &format!("/actions/{id}/translations"),
            &[
                ("title_nl", "Telefoonrooster"),
                ("description_nl", ""),
                ("title_fr", ""),
                ("description_fr", "Sans titre"),
            ],
        )
        .await;
    let translated_again = ctx
        .app
        .submit_form(
            &head.client,
            &format!("/actions/{id}/translations"),
            &[("title_nl", "Telefoonrooster")],
        )
        .await;
    let saved = action_translation::Entity::find()
        .all(ctx.app.db())
        .await
        .unwrap();
    let confirm = ctx
        .get_in(&head.client, &format!("/actions/{id}/delete"))
        .await;
    let deleted = ctx
        .app
        .submit_form(&head.client, &format!("/actions/{id}/delete"), &[])
        .await;

    assert_eq!(status.status(), 303);
    assert_eq!(translated.status(), 422, "a description needs a title");
    assert_eq!(translated_again.status(), 303);
    assert_eq!(saved.len(), 1);
    assert_eq!(
        (saved[0].locale.as_str(), saved[0].title.as_str()),
        ("nl", "Telefoonrooster")
    );
    assert_eq!(confirm.status(), 200);
    assert_eq!(deleted.status(), 303);
    assert!(
        action::Entity::find_by_id(id)
            .one(ctx.app.db())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        action_translation::Entity::find()
            .all(ctx.app.db())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn status_changes_are_recorded() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let id = stored_action(&ctx, "Phone rota", ActionStatus::Planned, 10).await;

    ctx.app
        .submit_form(
            &head.client,
            &format!("/actions/{id}/status"),
            &[("status", "in_progress")],
        )
        .await;

    let stored = action::Entity::find_by_id(id)
        .one(ctx.app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, ActionStatus::InProgress);
}
