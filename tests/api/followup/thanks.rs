//! Thanks: the providing department sees the thanks of slices that pass the comment gate;
//! HR shares one with the organisation after confirming (and can stop sharing it); every
//! staff member sees the shared ones on the recognition page, dated by month only.

use super::fixture::{K, Loop};
use entity::account::Role;
use entity::shared_thanks;
use sea_orm::EntityTrait;

/// The `h=` handle of the first share or unshare link on a thanks page.
fn handle(page: &str, action: &str) -> String {
    let marker = format!("/thanks/{action}?h=");
    let at = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {action} link in:\n{page}"))
        + marker.len();
    page[at..at + 32].to_owned()
}

#[tokio::test]
async fn the_thanks_wall_shows_thanks_past_the_gate_to_the_providing_department_only() {
    let ctx = Loop::start().await;
    let it_head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let other_head = ctx.staff(Role::DepartmentHead, &[ctx.facilities]).await;
    ctx.answer(K - 1).await;
    ctx.set_wave_state(entity::wave::WaveState::Closed).await;
    let too_few = ctx
        .get_in(&it_head.client, "/thanks")
        .await
        .text()
        .await
        .unwrap();
    ctx.set_wave_state(entity::wave::WaveState::Open).await;
    ctx.answer(1).await;
    ctx.close_and_release().await;

    let wall = ctx.get_in(&it_head.client, "/thanks").await;
    let elsewhere = ctx
        .get_in(&other_head.client, "/thanks")
        .await
        .text()
        .await
        .unwrap();

    assert!(!too_few.contains("Thanks to Sam"), "below the threshold");
    assert_eq!(wall.status(), 200);
    let wall = wall.text().await.unwrap();
    assert_eq!(wall.matches("Thanks to Sam").count(), K, "{wall}");
    assert!(wall.contains("IT helpdesk"));
    assert!(!wall.contains("/thanks/share"), "only HR shares");
    assert!(!elsewhere.contains("Thanks to Sam"));
}

#[tokio::test]
async fn hr_shares_a_thanks_after_confirming_and_every_staff_member_sees_it_by_month() {
    let ctx = Loop::start().await;
    ctx.answered_and_closed(K).await;
    let hr = ctx.staff(Role::HrAdmin, &[]).await;
    let viewer = ctx.staff(Role::Viewer, &[]).await;
    let wall = ctx
        .get_in(&hr.client, "/thanks")
        .await
        .text()
        .await
        .unwrap();
    let h = handle(&wall, "share");

    let confirm = ctx
        .get_in(&hr.client, &format!("/thanks/share?h={h}"))
        .await;
    assert_eq!(confirm.status(), 200);
    assert!(
        confirm
            .text()
            .await
            .unwrap()
            .contains("Share this thanks with the whole organisation?")
    );
    let shared = ctx
        .app
        .submit_form(&hr.client, "/thanks/share", &[("h", &h)])
        .await;

    assert_eq!(shared.status(), 303);
    assert_eq!(
        shared_thanks::Entity::find()
            .all(ctx.app.db())
            .await
            .unwrap()
            .len(),
        1
    );
    let recognition = ctx.get_in(&viewer.client, "/recognition").await;
    assert_eq!(recognition.status(), 200);
    let recognition = recognition.text().await.unwrap();
    assert_eq!(
        recognition.matches("Thanks to Sam").count(),
        1,
        "{recognition}"
    );
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let day = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert!(recognition.contains(&month));
    assert!(!recognition.contains(&day), "no date finer than the month");

    let wall = ctx
        .get_in(&hr.client, "/thanks")
        .await
        .text()
        .await
        .unwrap();
    let h = handle(&wall, "unshare");
    let unshared = ctx
        .app
        .submit_form(&hr.client, "/thanks/unshare", &[("h", &h)])
        .await;
    assert_eq!(unshared.status(), 303);
    let recognition = ctx
        .get_in(&viewer.client, "/recognition")
        .await
        .text()
        .await
        .unwrap();
    assert!(!recognition.contains("Thanks to Sam"));
}

#[tokio::test]
async fn only_hr_shares_and_unknown_handles_are_not_found() {
    let ctx = Loop::start().await;
    ctx.answered_and_closed(K).await;
    let hr = ctx.staff(Role::HrAdmin, &[]).await;
    let head = ctx.staff(Role::DepartmentHead, &[ctx.it]).await;
    let wall = ctx
        .get_in(&hr.client, "/thanks")
        .await
        .text()
        .await
        .unwrap();
    let h = handle(&wall, "share");

    let by_head = ctx
        .app
        .submit_form(&head.client, "/thanks/share", &[("h", &h)])
        .await;
    let unknown = ctx
        .app
        .submit_form(&hr.client, "/thanks/share", &[("h", &"0".repeat(32))])
        .await;
    let malformed = ctx.get_in(&hr.client, "/thanks/share?h=response-id").await;

    assert_eq!(by_head.status(), 403);
    assert_eq!(unknown.status(), 404);
    assert_eq!(malformed.status(), 404);
    assert!(
        shared_thanks::Entity::find()
            .all(ctx.app.db())
            .await
            .unwrap()
            .is_empty()
    );
}
