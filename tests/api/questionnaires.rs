//! Questionnaires: the read-only built-in one, copies, editing questions, reordering, and new
//! versions of locked questionnaires; the JSON API.

use crate::helpers::{TestApp, spawn_app};
use crate::relationships::{login_as_hr, post_form};
use entity::account::Role;
use entity::question::{Dimension, QuestionKind};
use entity::{question, question_translation, questionnaire};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// Creates a questionnaire the way the built-in one is seeded: three questions with an
/// English and a French translation each. Returns its id.
pub async fn create_questionnaire(app: &TestApp, builtin: bool, locked: bool) -> i32 {
    let now = chrono::Utc::now();
    let model = questionnaire::ActiveModel {
        name: Set("Internal service pulse".to_owned()),
        builtin_key: Set(builtin.then(|| "internal-service-pulse".to_owned())),
        version: Set(1),
        previous_version_id: Set(None),
        locked: Set(locked),
        archived: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(app.db())
    .await
    .unwrap();
    let questions = [
        (QuestionKind::Rating, Dimension::Overall, "Overall, I am satisfied with {service}.", "Dans l'ensemble, je suis satisfait de {service}."),
        (QuestionKind::Recommend, Dimension::Overall, "How likely are you to recommend {service}?", "Recommanderiez-vous {service} ?"),
        (QuestionKind::Text, Dimension::Overall, "What should {provider} change?", "Que devrait changer {provider} ?"),
    ];
    for (index, (kind, dimension, en, fr)) in questions.into_iter().enumerate() {
        let q = question::ActiveModel {
            questionnaire_id: Set(model.id),
            position: Set(i32::try_from(index).unwrap() + 1),
            kind: Set(kind),
            dimension: Set(dimension),
            required: Set(kind != QuestionKind::Text),
            option_count: Set(0),
            message_key: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(app.db())
        .await
        .unwrap();
        for (locale, prompt) in [("en", en), ("fr", fr)] {
            question_translation::ActiveModel {
                question_id: Set(q.id),
                locale: Set(locale.to_owned()),
                prompt: Set(prompt.to_owned()),
                help: Set(None),
                options: Set(None),
            }
            .insert(app.db())
            .await
            .unwrap();
        }
    }
    model.id
}
