//! Round trip, second half: responses, answers, shared thanks, actions, conversations,
//! wave notifications and the mail outbox; then the cascade from a deleted response.

use entity::prelude::*;
use entity::{
    action, action_translation, answer, conversation, conversation_message, invitation,
    mail_outbox, question, response, shared_thanks, wave_notification,
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, ModelTrait, Set};
use sea_orm_migration::sea_orm;
use uuid::Uuid;

use crate::seed::Seeded;
use crate::{TestResult, at, day};

/// Inserts and reads back one row of every table from `response` on.
pub async fn responses_to_outbox(db: &DatabaseConnection, seeded: Seeded) -> TestResult {
    let Seeded {
        it,
        sales,
        rel,
        acc,
        qn,
        q,
        wv,
    } = seeded;
    let resp = response::ActiveModel {
        id: Set(Uuid::new_v4()),
        wave_id: Set(Some(wv.id)),
        relationship_id: Set(rel.id),
        customer_department_id: Set(sales.id),
        questionnaire_id: Set(qn.id),
        submitted_on: Set(day()),
        not_applicable: Set(false),
    }
    .insert(db)
    .await?;
    assert_eq!(
        Response::find_by_id(resp.id).one(db).await?,
        Some(resp.clone())
    );
    let ans = answer::ActiveModel {
        response_id: Set(resp.id),
        question_id: Set(q.id),
        value_number: Set(None),
        value_text: Set(Some("Thanks for the quick fix!".into())),
    }
    .insert(db)
    .await?;
    assert_eq!(resp.find_related(Answer).all(db).await?, vec![ans.clone()]);
    let thanks = shared_thanks::ActiveModel {
        response_id: Set(resp.id),
        question_id: Set(q.id),
        shared_by_account_id: Set(Some(acc.id)),
        shared_on: Set(day()),
    }
    .insert(db)
    .await?;
    assert_eq!(thanks.find_related(Answer).one(db).await?, Some(ans));

    let act = action::ActiveModel {
        relationship_id: Set(rel.id),
        question_id: Set(Some(q.id)),
        dimension: Set(Some(question::Dimension::Responsiveness)),
        title: Set("Faster tickets".into()),
        description: Set("A second person on the helpdesk".into()),
        owner_department_id: Set(it.id),
        status: Set(action::ActionStatus::InProgress),
        due_on: Set(Some(day())),
        created_by_account_id: Set(Some(acc.id)),
        created_at: Set(at(14)),
        updated_at: Set(at(15)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(Action::find_by_id(act.id).one(db).await?, Some(act.clone()));
    let act_nl = action_translation::ActiveModel {
        action_id: Set(act.id),
        locale: Set("nl".into()),
        title: Set("Snellere tickets".into()),
        description: Set("Een tweede persoon op de helpdesk".into()),
    }
    .insert(db)
    .await?;
    assert_eq!(
        act.find_related(ActionTranslation).all(db).await?,
        vec![act_nl]
    );

    let conv = conversation::ActiveModel {
        id: Set(Uuid::new_v4()),
        token_hash: Set("e".repeat(64)),
        response_id: Set(resp.id),
        question_id: Set(q.id),
        state: Set(conversation::ConversationState::Open),
        created_on: Set(day()),
        respondent_closed_on: Set(None),
    }
    .insert(db)
    .await?;
    let msg = conversation_message::ActiveModel {
        id: Set(Uuid::new_v4()),
        conversation_id: Set(conv.id),
        seq: Set(1),
        author: Set(conversation_message::MessageAuthor::Provider),
        account_id: Set(Some(acc.id)),
        body: Set("Thank you!".into()),
        created_on: Set(day()),
    }
    .insert(db)
    .await?;
    assert_eq!(
        conv.find_related(ConversationMessage).all(db).await?,
        vec![msg]
    );
    let note = wave_notification::ActiveModel {
        wave_id: Set(wv.id),
        account_id: Set(acc.id),
        created_at: Set(at(21)),
    }
    .insert(db)
    .await?;
    assert_eq!(
        WaveNotification::find_by_id((wv.id, acc.id))
            .one(db)
            .await?,
        Some(note)
    );
    let mail = mail_outbox::ActiveModel {
        recipient: Set("head@example.org".into()),
        subject: Set("Results are available".into()),
        body_text: Set("text".into()),
        body_html: Set("<p>html</p>".into()),
        state: Set(invitation::DeliveryState::Pending),
        attempts: Set(0),
        next_attempt_at: Set(None),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(at(21)),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(MailOutbox::find_by_id(mail.id).one(db).await?, Some(mail));

    // Deleting a response cascades to its answers, shared thanks and conversations.
    Response::delete_by_id(resp.id).exec(db).await?;
    assert_eq!(Answer::find().all(db).await?, vec![]);
    assert_eq!(SharedThanks::find().all(db).await?, vec![]);
    assert_eq!(Conversation::find().all(db).await?, vec![]);
    Ok(())
}
