//! The comment gate, through the staff pages: a comment is shown only when its wave has
//! closed with at least `min_comment_group_size` answers (not "not applicable") for the
//! service, or — for touchpoint comments — when its calendar month has ended with as many.

use super::fixture::{K, Loop};
use chrono::{Datelike, Months, NaiveDate, Utc};
use entity::account::Role;
use entity::{answer, conversation, response};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};

#[tokio::test]
async fn one_answer_short_of_the_threshold_stays_sealed_and_the_threshold_shows_the_comments() {
    let short = Loop::start().await;
    let tokens = short.answered_and_closed(K - 1).await;
    let conversations = conversation::Entity::find()
        .count(short.app.db())
        .await
        .unwrap();
    let respondent = short.app.get(&format!("/c/{}", tokens[0])).await;
    let enough = Loop::start().await;
    let head = enough.staff(Role::DepartmentHead, &[enough.it]).await;
    let tokens = enough.answered_and_closed(K).await;
    let id = enough.conversation_id(&tokens[0]).await;

    let at = enough
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await;

    assert_eq!(conversations, 0, "nothing of k-1 answers is released");
    assert_eq!(
        crate::survey::fixture::sealed_count(&short.app).await,
        u64::try_from(K - 1).unwrap()
    );
    assert_eq!(respondent.status(), 404);
    assert!(respondent.text().await.unwrap().contains("not open yet"));
    assert_eq!(at.status(), 200);
}

#[tokio::test]
async fn comments_of_a_wave_that_is_still_open_stay_sealed() {
    let ctx = Loop::start().await;
    let tokens = ctx.answer(K + 1).await;

    let respondent = ctx.app.get(&format!("/c/{}", tokens[0])).await;

    assert_eq!(
        conversation::Entity::find()
            .count(ctx.app.db())
            .await
            .unwrap(),
        0
    );
    assert_eq!(respondent.status(), 404);
}

#[tokio::test]
async fn not_applicable_answers_do_not_count_towards_the_threshold() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let tokens = ctx.answer(K - 1).await;
    for _ in 0..3 {
        let invited = ctx.org.invite(&ctx.app, "en").await;
        let fields = vec![
            (format!("s{}_na", ctx.org.helpdesk), "1".to_owned()),
            (format!("s{}_na", ctx.org.rooms), "1".to_owned()),
        ];
        let stored = crate::survey::fixture::post_survey(&ctx.app, &invited.path(), &fields).await;
        assert_eq!(stored.status(), 200);
    }
    ctx.close_and_release().await;
    let id = ctx.conversation_id(&tokens[0]).await;

    let page = ctx
        .get_in(&head.client, &format!("/results/conversations/{id}"))
        .await;

    assert_eq!(page.status(), 404);
}

/// A touchpoint response about the helpdesk on `day`, with a comment and its conversation.
async fn touchpoint_comment(ctx: &Loop, day: NaiveDate) -> uuid::Uuid {
    let db = ctx.app.db();
    let response_id = uuid::Uuid::new_v4();
    response::ActiveModel {
        id: Set(response_id),
        wave_id: Set(None),
        relationship_id: Set(ctx.org.helpdesk),
        customer_department_id: Set(ctx.org.sales),
        questionnaire_id: Set(ctx.org.questionnaire),
        submitted_on: Set(day),
        not_applicable: Set(false),
    }
    .insert(db)
    .await
    .unwrap();
    answer::ActiveModel {
        response_id: Set(response_id),
        question_id: Set(ctx.org.q.comment),
        value_number: Set(None),
        value_text: Set(Some("Quicker please".to_owned())),
    }
    .insert(db)
    .await
    .unwrap();
    let token = innerpulse::domain::SecretToken::generate();
    conversation::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        token_hash: Set(token.hash()),
        response_id: Set(response_id),
        question_id: Set(ctx.org.q.comment),
        state: Set(conversation::ConversationState::Open),
        created_on: Set(day),
        respondent_closed_on: Set(None),
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

#[tokio::test]
async fn touchpoint_comments_are_shown_per_ended_calendar_month_with_enough_answers() {
    let ctx = Loop::start().await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let this_month = Utc::now().date_naive().with_day(1).unwrap();
    let last_month = this_month.checked_sub_months(Months::new(1)).unwrap();
    let two_months_ago = this_month.checked_sub_months(Months::new(2)).unwrap();
    let mut ended = vec![];
    let mut current = vec![];
    for n in 0..K {
        ended.push(
            touchpoint_comment(
                &ctx,
                last_month.with_day(u32::try_from(n).unwrap() + 1).unwrap(),
            )
            .await,
        );
        current.push(touchpoint_comment(&ctx, this_month).await);
    }
    let thin = touchpoint_comment(&ctx, two_months_ago).await;

    for id in ended {
        let page = ctx
            .get_in(&head.client, &format!("/results/conversations/{id}"))
            .await;
        assert_eq!(page.status(), 200, "last month has ended with {K} answers");
        assert!(
            page.text()
                .await
                .unwrap()
                .contains(&last_month.format("%Y-%m").to_string()),
            "dated by month only"
        );
    }
    for id in current.into_iter().chain([thin]) {
        let page = ctx
            .get_in(&head.client, &format!("/results/conversations/{id}"))
            .await;
        assert_eq!(
            page.status(),
            404,
            "this month has not ended; two months ago has one answer"
        );
    }
}
