//! The demo organisation's comments each have a conversation, so that results pages can link
//! every demo comment to its thread.

use crate::helpers::{TestDatabase, test_settings};
use entity::question::{self, QuestionKind};
use entity::{answer, conversation};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use std::collections::HashSet;

#[tokio::test]
async fn every_demo_comment_has_exactly_one_conversation() {
    let database = TestDatabase::create().await;
    let settings = test_settings(&database.url, 25, database.dir.path(), "");
    let db = settings.database.connect().await.unwrap();
    innerpulse::startup::migrate(&db).await.unwrap();

    innerpulse::demo::seed(&db, &settings).await.unwrap();

    let comments: HashSet<(uuid::Uuid, i32)> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::QuestionId)
        .inner_join(question::Entity)
        .filter(question::Column::Kind.eq(QuestionKind::Text))
        .into_tuple()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .collect();
    let threads: HashSet<(uuid::Uuid, i32)> = conversation::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.response_id, c.question_id))
        .collect();
    assert!(!comments.is_empty());
    assert_eq!(threads, comments);
    assert_eq!(
        conversation::Entity::find().count(&db).await.unwrap(),
        u64::try_from(comments.len()).unwrap()
    );
}
