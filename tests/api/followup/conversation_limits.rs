//! What a conversation refuses: any message once it is closed (409, both sides), a sixth
//! message of one side on one day (429, with a clear message and the text kept), and empty or
//! overlong messages (422).

use super::fixture::{K, Loop, a_day_passes};
use entity::account::Role;
use innerpulse::followup::messages::{MAX_MESSAGE_CHARS, MAX_MESSAGES_PER_SIDE_PER_DAY};
use sea_orm::EntityTrait;

#[tokio::test]
async fn a_closed_thread_rejects_new_messages_from_both_sides_with_409() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    assert_eq!(
        ctx.staff_says(&head, id, "We are on it.").await.status(),
        303
    );
    let confirm = ctx.app.get(&format!("/c/{}/close", tokens[0])).await;
    assert_eq!(confirm.status(), 200);
    assert!(
        confirm
            .text()
            .await
            .unwrap()
            .contains("End this conversation?")
    );

    let closed = ctx
        .app
        .browser()
        .post(ctx.app.url(&format!("/c/{}/close", tokens[0])))
        .send()
        .await
        .unwrap();
    let respondent = ctx.respondent_says(&tokens[0], "One more thing").await;
    // Staff learn of the respondent's close a day later, as of their messages.
    a_day_passes(&ctx.app).await;
    let provider = ctx.staff_says(&head, id, "And one more from us").await;

    assert_eq!(closed.status(), 303);
    assert_eq!(respondent.status(), 409);
    assert!(
        respondent
            .text()
            .await
            .unwrap()
            .contains("This conversation has ended")
    );
    assert_eq!(provider.status(), 409);
    let thread = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(thread.contains("We are on it."), "messages stay readable");
    assert!(!thread.contains("And one more from us"));
}

#[tokio::test]
async fn a_head_can_end_a_conversation_after_confirming() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[1]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;

    let confirm = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}/close"))
        .await;
    let closed = ctx
        .app
        .submit_form(
            &head.client,
            &format!("/results/conversations/{id}/close"),
            &[],
        )
        .await;

    assert_eq!(confirm.status(), 200);
    assert_eq!(closed.status(), 303);
    assert_eq!(
        ctx.respondent_says(&tokens[1], "Still there?")
            .await
            .status(),
        409
    );
}

#[tokio::test]
async fn each_side_may_send_a_limited_number_of_messages_per_thread_and_day() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let hr = ctx.staff(Role::HrAdmin, &[]).await;
    for n in 0..MAX_MESSAGES_PER_SIDE_PER_DAY {
        let who = if n % 2 == 0 { &head } else { &hr };
        assert_eq!(
            ctx.staff_says(who, id, &format!("Reply {n}"))
                .await
                .status(),
            303
        );
    }

    let one_too_many = ctx.staff_says(&head, id, "Reply over the limit").await;

    assert_eq!(one_too_many.status(), 429);
    let page = one_too_many.text().await.unwrap();
    assert!(page.contains("at most 5 messages a day"), "{page}");
    assert!(page.contains("Reply over the limit"), "the text is kept");
    for n in 0..MAX_MESSAGES_PER_SIDE_PER_DAY {
        assert_eq!(
            ctx.respondent_says(&tokens[0], &format!("Answer {n}"))
                .await
                .status(),
            303,
            "the respondent has a limit of their own"
        );
    }
    let respondent_over = ctx.respondent_says(&tokens[0], "Answer over").await;
    assert_eq!(respondent_over.status(), 429);
    assert!(
        respondent_over
            .text()
            .await
            .unwrap()
            .contains("come back tomorrow")
    );
    assert_eq!(
        ctx.respondent_says(&tokens[1], "Another thread")
            .await
            .status(),
        303,
        "the limit is per thread"
    );
}

#[tokio::test]
async fn empty_or_overlong_messages_are_refused_with_422_and_the_text_kept() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let overlong = "x".repeat(MAX_MESSAGE_CHARS + 1);

    let empty = ctx.respondent_says(&tokens[0], "   ").await;
    let too_long = ctx.respondent_says(&tokens[0], &overlong).await;
    let staff_empty = ctx.staff_says(&head, id, "").await;

    assert_eq!(empty.status(), 422);
    assert!(
        empty
            .text()
            .await
            .unwrap()
            .contains("Please write a message.")
    );
    assert_eq!(too_long.status(), 422);
    let page = too_long.text().await.unwrap();
    assert!(page.contains("2000 characters or fewer"), "{page}");
    assert!(page.contains(&overlong), "the text is kept");
    assert_eq!(staff_empty.status(), 422);
    assert!(
        entity::conversation_message::Entity::find()
            .all(ctx.app.db())
            .await
            .unwrap()
            .is_empty()
    );
}
