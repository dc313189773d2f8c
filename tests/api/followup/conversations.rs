//! Anonymous conversations: the thank-you page hands out one private link per comment (only
//! its hash is stored); a head of the providing department replies; the respondent reads the
//! reply through the link and answers; the answer reaches the head the next day.

use super::fixture::{K, Loop, a_day_passes};
use crate::survey::fixture::assert_survey_headers;
use entity::account::Role;
use entity::conversation;
use innerpulse::domain::hash_hex;
use sea_orm::EntityTrait;

#[tokio::test]
async fn the_thank_you_page_shows_one_private_link_per_comment_and_only_its_hash_is_released() {
    let ctx = Loop::start().await;

    let tokens = ctx.answer(K).await;
    let before_release = conversation::Entity::find()
        .all(ctx.app.db())
        .await
        .unwrap();
    ctx.close_and_release().await;

    assert!(before_release.is_empty(), "nothing readable before release");
    let stored = conversation::Entity::find()
        .all(ctx.app.db())
        .await
        .unwrap();
    assert_eq!(stored.len(), K, "the thanks answers get no conversation");
    let mine = stored
        .iter()
        .find(|c| c.token_hash == hash_hex(tokens[0].as_bytes()))
        .expect("the link's conversation");
    assert_eq!(mine.question_id, ctx.org.q.comment);
    assert_eq!(mine.id.get_version_num(), 4);
    let page = ctx.app.get(&format!("/c/{}", tokens[0])).await;
    assert_eq!(page.status(), 200);
    assert_survey_headers(&page);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Answer the phone &lt;faster&gt;"),
        "the respondent sees their comment, escaped"
    );
    assert!(html.contains("IT helpdesk"));
}

#[tokio::test]
async fn a_reply_reaches_the_commenters_link_and_their_answer_reaches_the_head_the_next_day() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let id = ctx.conversation_id(&tokens[0]).await;

    let thread = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await;
    assert_eq!(thread.status(), 200);
    assert!(
        thread
            .text()
            .await
            .unwrap()
            .contains("Answer the phone &lt;faster&gt;")
    );
    let replied = ctx
        .staff_says(&head, id, "Thank you! Which hours are worst?")
        .await;
    assert_eq!(replied.status(), 303);

    let link = ctx
        .app
        .get(&format!("/c/{}", tokens[0]))
        .await
        .text()
        .await
        .unwrap();
    assert!(link.contains("Thank you! Which hours are worst?"), "{link}");
    assert!(
        !ctx.app
            .get(&format!("/c/{}", tokens[1]))
            .await
            .text()
            .await
            .unwrap()
            .contains("Which hours"),
        "another commenter's link does not show the reply"
    );

    let answered = ctx
        .respondent_says(&tokens[0], "Mornings, before 10.")
        .await;
    assert_eq!(answered.status(), 303);
    let own = ctx
        .app
        .get(&format!("/c/{}", tokens[0]))
        .await
        .text()
        .await
        .unwrap();
    assert!(own.contains("Mornings, before 10."));
    assert!(
        own.contains("tomorrow"),
        "the respondent is told when it arrives"
    );
    let same_day = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !same_day.contains("Mornings, before 10."),
        "a respondent's message reaches staff only the next day"
    );

    a_day_passes(&ctx.app).await;

    let list = ctx
        .get_in(&head.client, "/results/conversations")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains(&format!("/results/conversations/{id}")));
    assert!(
        list.contains("New reply") && list.contains("Awaiting reply"),
        "{list}"
    );
    let next_day = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(next_day.contains("Mornings, before 10."), "{next_day}");
    let read = ctx
        .get_in(&head.client, "/results/conversations")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !read.contains("New reply"),
        "opening the thread marks it read"
    );
}

#[tokio::test]
async fn a_head_cannot_see_or_reply_to_comments_outside_their_departments() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[0]).await;
    let other_head = ctx.staff(Role::DepartmentHead, &[ctx.facilities]).await;
    let viewer = ctx.staff(Role::Viewer, &[]).await;
    let path = format!("/results/conversations/{id}");

    let seen = ctx.get_in(&other_head.client, &path).await;
    let replied = ctx.staff_says(&other_head, id, "Not mine to answer").await;
    let viewer_reads = ctx.get_in(&viewer.client, &path).await;
    let viewer_replies = ctx.staff_says(&viewer, id, "Viewers only read").await;

    assert_eq!(seen.status(), 404);
    assert_eq!(replied.status(), 404);
    assert_eq!(viewer_reads.status(), 200);
    assert_eq!(viewer_replies.status(), 403);
    let list = ctx
        .get_in(&other_head.client, "/results/conversations")
        .await
        .text()
        .await
        .unwrap();
    assert!(!list.contains(&id.to_string()));
    let link = ctx
        .app
        .get(&format!("/c/{}", tokens[0]))
        .await
        .text()
        .await
        .unwrap();
    assert!(!link.contains("Not mine") && !link.contains("Viewers only"));
}

#[tokio::test]
async fn hr_may_reply_to_every_visible_comment() {
    let ctx = Loop::start().await;
    let tokens = ctx.answered_and_closed(K).await;
    let id = ctx.conversation_id(&tokens[2]).await;
    let hr = ctx.staff(Role::HrAdmin, &[]).await;

    let replied = ctx.staff_says(&hr, id, "HR here: we passed it on.").await;

    assert_eq!(replied.status(), 303);
    let link = ctx
        .app
        .get(&format!("/c/{}", tokens[2]))
        .await
        .text()
        .await
        .unwrap();
    assert!(link.contains("HR here: we passed it on."));
}

#[tokio::test]
async fn an_unknown_or_malformed_conversation_link_gets_a_404_page_without_cookies() {
    let ctx = Loop::start().await;
    let unknown = innerpulse::domain::SecretToken::generate();

    for path in [
        format!("/c/{}", unknown.expose()),
        "/c/not-a-token".to_owned(),
    ] {
        let page = ctx.app.get(&path).await;
        assert_eq!(page.status(), 404, "{path}");
        assert_survey_headers(&page);
        assert!(page.text().await.unwrap().contains("not open yet"));
    }
    let posted = ctx.respondent_says(unknown.expose(), "hello?").await;
    assert_eq!(posted.status(), 404);
}
