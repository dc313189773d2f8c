//! A respondent closing their conversation reaches staff on the same day-late schedule as their
//! messages: until then staff see the thread open and may still reply, so neither the page nor
//! a refused reply tells them when it was closed.

use crate::followup::fixture::{K, Loop, a_day_passes};
use entity::account::Role;

#[tokio::test]
async fn a_respondent_closing_a_conversation_shows_to_staff_only_after_the_delay() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let thread = format!("/results/conversations/{id}");

    let closed = ctx
        .app
        .browser()
        .post(ctx.app.url(&format!("/c/{}/close", tokens[0])))
        .send()
        .await
        .unwrap();
    assert_eq!(closed.status(), 303);
    let respondent_page = ctx
        .app
        .get(&format!("/c/{}", tokens[0]))
        .await
        .text()
        .await
        .unwrap();
    assert!(respondent_page.contains("This conversation has ended"));

    let same_day = ctx
        .get_in(&head.client, &thread)
        .await
        .text()
        .await
        .unwrap();
    let same_day_reply = ctx.staff_says(&head, id, "Still here for you.").await;
    let same_day_list = ctx
        .get_in(&head.client, "/results/conversations")
        .await
        .text()
        .await
        .unwrap();

    assert!(
        same_day.contains("name=\"message\""),
        "the thread looks open"
    );
    assert!(!same_day.contains("This conversation has ended"));
    assert_eq!(same_day_reply.status(), 303, "a refusal would tell");
    assert!(same_day_list.contains(&id.to_string()), "{same_day_list}");
    assert!(!same_day_list.contains(">Ended<"), "{same_day_list}");

    a_day_passes(&ctx.app).await;
    let next_day = ctx
        .get_in(&head.client, &thread)
        .await
        .text()
        .await
        .unwrap();
    let next_day_list = ctx
        .get_in(&head.client, "/results/conversations")
        .await
        .text()
        .await
        .unwrap();
    let next_day_reply = ctx.staff_says(&head, id, "One more?").await;

    assert!(next_day.contains("This conversation has ended"));
    assert!(!next_day.contains("name=\"message\""));
    assert!(next_day_list.contains(">Ended<"), "{next_day_list}");
    assert_eq!(next_day_reply.status(), 409);
}

#[tokio::test]
async fn a_close_by_staff_shows_to_staff_at_once() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;

    let closed = ctx
        .app
        .submit_form(
            &head.client,
            &format!("/results/conversations/{id}/close"),
            &[],
        )
        .await;

    assert_eq!(closed.status(), 303);
    let page = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("This conversation has ended"));
}
