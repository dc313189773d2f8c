//! The answer forms the simulated employees post: for each survey token read from an email,
//! the invitation's sections (read from the database in bulk before the timed phase), the
//! questions each asks (the cycle's short pulse: core questions and the rotating ones the
//! rotation key picks, as on the survey page) and answers to them generated like the demo's respondents answer —
//! ratings around a per-service mood, internal NPS, lost time, sometimes a comment or thanks
//! in the employee's language, and about one section in twenty "haven't used it recently".

use anyhow::Context;
use bytes::Bytes;
use entity::question::{self, Dimension};
use entity::{invitation, invitation_section, relationship};
use innerpulse::demo::answers::{Profile, answer_section};
use innerpulse::domain::{Locale, SecretToken};
use innerpulse::store::programme::questionnaires;
use innerpulse::survey::model::{Section, resolve};
use innerpulse::waves::rotation::RotationKey;
use rand::Rng;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Share of sections answered with "I haven't used this service recently".
const NOT_APPLICABLE_SHARE: f64 = 0.05;

/// One POST of the load: the survey path and its urlencoded form.
#[derive(Clone, Debug)]
pub struct Post {
    /// `/s/{token}`.
    pub path: String,
    /// The form body.
    pub body: Bytes,
    /// Sections of this submission.
    pub sections: usize,
    /// Answers in it.
    pub answers: usize,
}

/// A mood per relationship, so that a service's answers hang together.
pub fn profiles(relationships: &[(i32, i32)], rng: &mut impl Rng) -> HashMap<i32, Profile> {
    const WEAK: [Dimension; 4] = [
        Dimension::Responsiveness,
        Dimension::Communication,
        Dimension::Reliability,
        Dimension::Standard,
    ];
    relationships
        .iter()
        .map(|&(id, _)| {
            let mean = rng.random_range(2.8..4.4);
            let weak = WEAK[rng.random_range(0..WEAK.len())];
            (id, Profile::steady(mean, weak, rng.random_range(0.1..0.7)))
        })
        .collect()
}

/// The forms for `tokens` of `wave_id`'s invitations.
pub async fn build(
    db: &DatabaseConnection,
    wave_id: i32,
    questionnaire_id: i32,
    tokens: &[String],
    locales: &HashMap<i32, Locale>,
    profiles: &HashMap<i32, Profile>,
    rotation: &RotationKey,
) -> anyhow::Result<Vec<Post>> {
    let invitations: HashMap<String, (i32, i32)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::TokenHash)
        .column(invitation::Column::Id)
        .column(invitation::Column::EmployeeId)
        .filter(invitation::Column::WaveId.eq(wave_id))
        .into_tuple::<(String, i32, i32)>()
        .all(db)
        .await
        .context("Failed to read the wave's invitations")?
        .into_iter()
        .map(|(hash, id, employee)| (hash, (id, employee)))
        .collect();
    let mut sections: HashMap<i32, Vec<Section>> = HashMap::new();
    let rows: Vec<(i32, i32, Option<i32>, i32)> = invitation_section::Entity::find()
        .select_only()
        .column(invitation_section::Column::InvitationId)
        .column(invitation_section::Column::RelationshipId)
        .column(invitation_section::Column::RotatingFrom)
        .column(invitation_section::Column::RotatingCount)
        .inner_join(invitation::Entity)
        .filter(invitation::Column::WaveId.eq(wave_id))
        .order_by_asc(invitation_section::Column::InvitationId)
        .order_by_asc(invitation_section::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .context("Failed to read the invitations' sections")?;
    let with_standard: HashMap<i32, bool> = relationship::Entity::find()
        .all(db)
        .await
        .context("Failed to read the relationships")?
        .into_iter()
        .map(|r| {
            let has = r.service_standard.is_some_and(|s| !s.trim().is_empty());
            (r.id, has)
        })
        .collect();
    for (invitation_id, relationship_id, rotating_from, rotating_count) in rows {
        let has_standard = with_standard.get(&relationship_id).copied() == Some(true);
        sections.entry(invitation_id).or_default().push(Section {
            relationship_id,
            standard: has_standard.then(String::new),
            rotating_from,
            rotating_count,
            ..Section::default()
        });
    }
    let questions = questionnaires::questions(db, questionnaire_id).await?;

    let mut rng = rand::rng();
    let mut posts = Vec::with_capacity(tokens.len());
    for token in tokens {
        let parsed = SecretToken::parse(token)
            .map_err(|_| anyhow::anyhow!("an email carried a malformed survey token"))?;
        let &(invitation_id, employee_id) = invitations
            .get(&parsed.hash())
            .context("an email carried a token of no invitation of the wave")?;
        let locale = locales.get(&employee_id).copied().unwrap_or(Locale::EN);
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        let mut answers = 0;
        let mut relationships = sections.get(&invitation_id).cloned().unwrap_or_default();
        // The questions the survey page asks: the core ones and the picked rotating ones.
        resolve(rotation, employee_id, &mut relationships, &questions);
        for section in &relationships {
            let relationship_id = section.relationship_id;
            if rng.random_bool(NOT_APPLICABLE_SHARE) {
                form.append_pair(&format!("s{relationship_id}_na"), "1");
                continue;
            }
            let asked: Vec<question::Model> = questions
                .iter()
                .filter(|q| section.asks(q))
                .cloned()
                .collect();
            let profile = profiles
                .get(&relationship_id)
                .copied()
                .unwrap_or(Profile::steady(3.8, Dimension::Responsiveness, 0.3));
            for given in answer_section(&mut rng, &profile, 0, 1, &asked, locale) {
                let value = match (given.value_number, given.value_text) {
                    (Some(number), _) => number.to_string(),
                    (None, Some(text)) => text,
                    (None, None) => continue,
                };
                form.append_pair(
                    &format!("s{relationship_id}_q{}", given.question_id),
                    &value,
                );
                answers += 1;
            }
        }
        posts.push(Post {
            path: format!("/s/{token}"),
            body: Bytes::from(form.finish()),
            sections: relationships.len(),
            answers,
        });
    }
    Ok(posts)
}
