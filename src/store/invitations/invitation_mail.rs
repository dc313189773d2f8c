//! What invitation, reminder and touchpoint emails need of their invitations, loaded for a
//! whole batch in a few queries: the recipient, the services asked about, the wave and cycle,
//! "you said, we did", and the sections and question keys the emails' time estimate counts
//! (`survey::estimate`; picking the rotating questions is left to the caller, who holds the
//! rotation key).

use crate::domain::survey::{QuestionKey, Section, service_standard};
use crate::store::followup::you_said_we_did::{self, ActionNote, NoteView};
use anyhow::Context;
use entity::{cycle, department, employee, invitation, invitation_section, relationship, wave};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    RelationTrait,
};
use std::collections::HashMap;
use std::sync::Arc;

/// Everything an invitation or reminder email needs besides the templates.
#[derive(Clone, Debug)]
pub struct MailContext {
    /// The invitation row.
    pub invitation: invitation::Model,
    /// Recipient address.
    pub email: String,
    /// Recipient name, for the greeting.
    pub name: String,
    /// Recipient locale code as stored.
    pub locale: String,
    /// Service names asked about, in section order (data: not translated).
    pub services: Vec<String>,
    /// The sections as stored (rotating questions not picked yet), in order: with
    /// `questions`, what the emails' time estimate counts (`survey::estimate`).
    pub sections: Vec<Section>,
    /// The question keys of the questionnaire the survey asks (the wave's version; for a
    /// touchpoint, the touchpoint questionnaire), shared by the batch.
    pub questions: Arc<[QuestionKey]>,
    /// The wave and its cycle (deadline, timezone, reminder schedule), shared by the batch's
    /// invitations of that wave; `None` for touchpoints.
    pub wave: Option<Arc<(wave::Model, cycle::Model)>>,
    /// "You said, we did": per service asked about (in section order), the provider's actions
    /// since the cycle's previous wave, in the employee's locale. Empty for touchpoints.
    pub you_said_we_did: Vec<ServiceNotes>,
}

/// The actions of one service, for an email.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct ServiceNotes {
    /// Service name.
    pub service: String,
    /// Its actions, in the reader's language where translated.
    pub actions: Vec<NoteView>,
}

/// Loads the mail context of each invitation (those whose employee vanished are left out).
pub async fn mail_contexts(
    db: &impl ConnectionTrait,
    invitations: Vec<invitation::Model>,
) -> anyhow::Result<Vec<MailContext>> {
    let employee_ids: Vec<i32> = invitations.iter().map(|i| i.employee_id).collect();
    let invitation_ids: Vec<i32> = invitations.iter().map(|i| i.id).collect();
    let mut wave_ids: Vec<i32> = invitations.iter().filter_map(|i| i.wave_id).collect();
    // A batch usually belongs to one wave: one id in the query, not one per invitation.
    wave_ids.sort_unstable();
    wave_ids.dedup();
    // Only what an email needs: (id, email, name, locale).
    let employees: HashMap<i32, (String, String, String)> = employee::Entity::find()
        .select_only()
        .columns([
            employee::Column::Id,
            employee::Column::Email,
            employee::Column::Name,
            employee::Column::Locale,
        ])
        .filter(employee::Column::Id.is_in(employee_ids))
        .into_tuple::<(i32, String, String, String)>()
        .all(db)
        .await
        .context("Failed to load invited employees")?
        .into_iter()
        .map(|(id, email, name, locale)| (id, (email, name, locale)))
        .collect();
    let rows: Vec<SectionRow> = invitation_section::Entity::find()
        .select_only()
        .column(invitation_section::Column::InvitationId)
        .column(invitation_section::Column::RelationshipId)
        .column(relationship::Column::ServiceName)
        .column_as(department::Column::Name, "provider")
        .column(relationship::Column::ServiceStandard)
        .column(invitation_section::Column::RotatingFrom)
        .column(invitation_section::Column::RotatingCount)
        .inner_join(relationship::Entity)
        .join(
            JoinType::InnerJoin,
            relationship::Relation::ProviderDepartment.def(),
        )
        .filter(invitation_section::Column::InvitationId.is_in(invitation_ids))
        .order_by_asc(invitation_section::Column::InvitationId)
        .order_by_asc(invitation_section::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to load invitation sections")?;
    let mut sections_of: HashMap<i32, Vec<Section>> = HashMap::new();
    for (invitation_id, relationship_id, service, provider, standard, rotating_from, count) in rows
    {
        sections_of.entry(invitation_id).or_default().push(Section {
            relationship_id,
            service,
            provider,
            standard: service_standard(standard),
            rotating_from,
            rotating_count: count,
            rotating: Vec::new(),
        });
    }
    let waves: HashMap<i32, Arc<(wave::Model, cycle::Model)>> = wave::Entity::find()
        .filter(wave::Column::Id.is_in(wave_ids))
        .find_also_related(cycle::Entity)
        .all(db)
        .await
        .context("Failed to load the invitations' waves")?
        .into_iter()
        .filter_map(|(w, c)| c.map(|c| (w.id, Arc::new((w, c)))))
        .collect();
    let mut notes: HashMap<i32, HashMap<i32, Vec<ActionNote>>> = HashMap::new();
    for wave_id in waves.keys() {
        let relationship_ids: Vec<i32> = invitations
            .iter()
            .filter(|i| i.wave_id == Some(*wave_id))
            .flat_map(|i| sections_of.get(&i.id).into_iter().flatten())
            .map(|section| section.relationship_id)
            .collect::<std::collections::HashSet<i32>>()
            .into_iter()
            .collect();
        if let Some(since) = you_said_we_did::since_for_wave(db, *wave_id).await? {
            notes.insert(
                *wave_id,
                you_said_we_did::notes(db, &relationship_ids, since).await?,
            );
        }
    }
    let questions = questions_of(db, &invitations, &waves).await?;
    Ok(invitations
        .into_iter()
        .filter_map(|invitation| {
            let (email, name, locale) = employees.get(&invitation.employee_id)?;
            let sections = sections_of.remove(&invitation.id).unwrap_or_default();
            let wave_notes = invitation.wave_id.and_then(|id| notes.get(&id));
            let you_said_we_did = sections
                .iter()
                .filter_map(|section| {
                    let actions = wave_notes?.get(&section.relationship_id)?;
                    Some(ServiceNotes {
                        service: section.service.clone(),
                        actions: actions.iter().map(|a| a.in_locale(locale)).collect(),
                    })
                })
                .collect();
            let wave = invitation.wave_id.and_then(|id| waves.get(&id).cloned());
            let questionnaire_id = match wave.as_deref() {
                Some((wave, _)) => Some(wave.questionnaire_id),
                None => questions.touchpoint,
            };
            Some(MailContext {
                // The address the invitation was made for, not the employee's current one.
                email: invitation.email.clone().unwrap_or_else(|| email.clone()),
                name: name.clone(),
                locale: locale.clone(),
                services: sections.iter().map(|s| s.service.clone()).collect(),
                sections,
                questions: questionnaire_id
                    .and_then(|id| questions.keys.get(&id).cloned())
                    .unwrap_or_else(|| Arc::from([])),
                wave,
                you_said_we_did,
                invitation,
            })
        })
        .collect())
}

/// One section of an invitation as its email needs it: invitation, relationship, service,
/// provider, standard, rotating from, rotating count.
type SectionRow = (i32, i32, String, String, Option<String>, Option<i32>, i32);

/// The question keys of the questionnaires a batch of invitations asks.
struct BatchQuestions {
    /// By questionnaire id.
    keys: HashMap<i32, Arc<[QuestionKey]>>,
    /// The touchpoint questionnaire, when the batch has a touchpoint and there is one.
    touchpoint: Option<i32>,
}

/// Loads the question keys of every questionnaire `invitations` ask: their waves' versions
/// and, when one is a touchpoint, the touchpoint questionnaire (one query per questionnaire;
/// a batch usually has one).
async fn questions_of(
    db: &impl ConnectionTrait,
    invitations: &[invitation::Model],
    waves: &HashMap<i32, Arc<(wave::Model, cycle::Model)>>,
) -> anyhow::Result<BatchQuestions> {
    let touchpoint = if invitations.iter().any(|i| i.wave_id.is_none()) {
        crate::store::survey::touchpoint_questionnaire(db).await?
    } else {
        None
    };
    let mut ids: Vec<i32> = waves.values().map(|w| w.0.questionnaire_id).collect();
    ids.extend(touchpoint);
    ids.sort_unstable();
    ids.dedup();
    let mut keys = HashMap::with_capacity(ids.len());
    for id in ids {
        keys.insert(
            id,
            crate::store::invitations::lookup::question_keys(db, id)
                .await?
                .into(),
        );
    }
    Ok(BatchQuestions { keys, touchpoint })
}
