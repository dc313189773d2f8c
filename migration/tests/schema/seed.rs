//! Round trip, first half: organisation, accounts, questionnaires, cycles, waves and
//! invitations, each inserted through its entity and read back unchanged.

use entity::prelude::*;
use entity::{
    account, account_department, account_token, api_key, cycle, cycle_relationship, department,
    employee, invitation, invitation_section, login_throttle, question, question_translation,
    questionnaire, relationship, section_history, wave,
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, ModelTrait, Set};
use sea_orm_migration::sea_orm;

use crate::at;

/// The rows later tables point at.
pub struct Seeded {
    pub it: department::Model,
    pub sales: department::Model,
    pub rel: relationship::Model,
    pub acc: account::Model,
    pub qn: questionnaire::Model,
    pub q: question::Model,
    pub wv: wave::Model,
}

/// Inserts and reads back one row of every table up to `section_history`.
pub async fn organisation_to_invitations(
    db: &DatabaseConnection,
) -> Result<Seeded, Box<dyn std::error::Error>> {
    let it = department::ActiveModel {
        name: Set("IT".into()),
        parent_id: Set(None),
        created_at: Set(at(0)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let sales = department::ActiveModel {
        name: Set("Sales".into()),
        parent_id: Set(Some(it.id)),
        created_at: Set(at(0)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(
        Department::find_by_id(sales.id).one(db).await?,
        Some(sales.clone())
    );

    let emp = employee::ActiveModel {
        email: Set("ann@example.org".into()),
        name: Set("Ann".into()),
        department_id: Set(sales.id),
        locale: Set("nl".into()),
        active: Set(true),
        external_id: Set(Some("E1".into())),
        created_at: Set(at(1)),
        updated_at: Set(at(2)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(
        emp.find_related(Department).one(db).await?,
        Some(sales.clone())
    );

    let rel = relationship::ActiveModel {
        provider_department_id: Set(it.id),
        customer_department_id: Set(Some(sales.id)),
        service_name: Set("IT helpdesk".into()),
        service_standard: Set(Some("Answer within 4 hours".into())),
        active: Set(true),
        touchpoint_repeat_days: Set(None),
        created_at: Set(at(3)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(
        Relationship::find_by_id(rel.id).one(db).await?,
        Some(rel.clone())
    );

    let acc = account::ActiveModel {
        email: Set("head@example.org".into()),
        display_name: Set("Head".into()),
        password_hash: Set(None),
        role: Set(account::Role::DepartmentHead),
        locale: Set("en".into()),
        active: Set(true),
        created_at: Set(at(4)),
        last_login_at: Set(Some(at(5))),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(
        Account::find_by_id(acc.id).one(db).await?,
        Some(acc.clone())
    );
    account_department::ActiveModel {
        account_id: Set(acc.id),
        department_id: Set(it.id),
    }
    .insert(db)
    .await?;
    assert_eq!(
        acc.find_related(Department).all(db).await?,
        vec![it.clone()]
    );
    let token = account_token::ActiveModel {
        account_id: Set(acc.id),
        purpose: Set(account_token::TokenPurpose::Invite),
        token_hash: Set("a".repeat(64)),
        expires_at: Set(at(6)),
        used_at: Set(None),
        created_at: Set(at(4)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(
        AccountToken::find_by_id(token.id).one(db).await?,
        Some(token)
    );
    let throttle = login_throttle::ActiveModel {
        key: Set("b".repeat(64)),
        failures: Set(2),
        window_started_at: Set(at(7)),
    }
    .insert(db)
    .await?;
    assert_eq!(
        LoginThrottle::find_by_id("b".repeat(64)).one(db).await?,
        Some(throttle)
    );
    let key = api_key::ActiveModel {
        name: Set("HRIS".into()),
        prefix: Set("ip_abcdefgh".into()),
        key_hash: Set("c".repeat(64)),
        scopes: Set("import results:read".into()),
        created_by_account_id: Set(Some(acc.id)),
        created_at: Set(at(8)),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(ApiKey::find_by_id(key.id).one(db).await?, Some(key));

    let qn = questionnaire::ActiveModel {
        name: Set("Internal service pulse".into()),
        builtin_key: Set(Some("internal-service-pulse".into())),
        version: Set(1),
        previous_version_id: Set(None),
        locked: Set(true),
        archived: Set(false),
        created_at: Set(at(9)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let q = question::ActiveModel {
        questionnaire_id: Set(qn.id),
        position: Set(1),
        kind: Set(question::QuestionKind::LostTime),
        dimension: Set(question::Dimension::Responsiveness),
        required: Set(false),
        option_count: Set(4),
        message_key: Set(Some("q-lost-time".into())),
        created_at: Set(at(9)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(qn.find_related(Question).all(db).await?, vec![q.clone()]);
    let qt = question_translation::ActiveModel {
        question_id: Set(q.id),
        locale: Set("fr".into()),
        prompt: Set("Combien de temps ?".into()),
        help: Set(None),
        options: Set(Some(r#"["0","<1h","1-4h",">4h"]"#.into())),
    }
    .insert(db)
    .await?;
    assert_eq!(q.find_related(QuestionTranslation).all(db).await?, vec![qt]);

    let cy = cycle::ActiveModel {
        name: Set("Monthly".into()),
        questionnaire_id: Set(qn.id),
        all_relationships: Set(false),
        rrule: Set("FREQ=MONTHLY".into()),
        timezone: Set("Europe/Amsterdam".into()),
        starts_at: Set(at(10)),
        days_open: Set(7),
        reminder_after_days: Set(Some(3)),
        max_reminders: Set(1),
        fatigue_cap: Set(3),
        sample_percent: Set(Some(50)),
        active: Set(true),
        next_opening_at: Set(Some(at(11))),
        created_at: Set(at(10)),
        updated_at: Set(at(10)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    cycle_relationship::ActiveModel {
        cycle_id: Set(cy.id),
        relationship_id: Set(rel.id),
    }
    .insert(db)
    .await?;
    assert_eq!(
        cy.find_related(Relationship).all(db).await?,
        vec![rel.clone()]
    );
    let wv = wave::ActiveModel {
        cycle_id: Set(cy.id),
        questionnaire_id: Set(qn.id),
        opens_at: Set(at(10)),
        closes_at: Set(at(20)),
        state: Set(wave::WaveState::Open),
        created_at: Set(at(10)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(Wave::find_by_id(wv.id).one(db).await?, Some(wv.clone()));

    let inv = invitation::ActiveModel {
        wave_id: Set(Some(wv.id)),
        kind: Set(invitation::InvitationKind::Wave),
        employee_id: Set(emp.id),
        token_hash: Set("d".repeat(64)),
        context_label: Set(None),
        expires_at: Set(None),
        delivery_state: Set(invitation::DeliveryState::Sending),
        attempts: Set(1),
        next_attempt_at: Set(Some(at(12))),
        claimed_until: Set(Some(at(13))),
        last_error: Set(Some("timeout".into())),
        sent_at: Set(None),
        reminders_sent: Set(0),
        next_reminder_at: Set(None),
        answered: Set(false),
        created_at: Set(at(10)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    assert_eq!(
        Invitation::find_by_id(inv.id).one(db).await?,
        Some(inv.clone())
    );
    invitation_section::ActiveModel {
        invitation_id: Set(inv.id),
        relationship_id: Set(rel.id),
        position: Set(0),
        rotating_from: Set(Some(2)),
        rotating_count: Set(1),
    }
    .insert(db)
    .await?;
    assert_eq!(
        inv.find_related(Relationship).all(db).await?,
        vec![rel.clone()]
    );
    let hist = section_history::ActiveModel {
        employee_id: Set(emp.id),
        relationship_id: Set(rel.id),
        last_asked_at: Set(at(10)),
        times_asked: Set(1),
        rotating_asked: Set(Some(3)),
    }
    .insert(db)
    .await?;
    assert_eq!(emp.find_related(SectionHistory).all(db).await?, vec![hist]);

    Ok(Seeded {
        it,
        sales,
        rel,
        acc,
        qn,
        q,
        wv,
    })
}
