//! A short pulse on the results fixture: the overall, standard and comment questions are core,
//! the others rotate, and each colleague's helpdesk section asks one rotating question. Which
//! one is the rotation key's choice, so the tests read it from the survey page the colleague
//! gets and answer exactly the fields it shows, as a browser would.

use crate::helpers::{TestApp, seed};
use crate::survey::fixture::{Org, post_survey};
use entity::question::{Dimension, QuestionKind};
use entity::{cycle, invitation_section, question};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set, sea_query::Expr,
};
use std::collections::BTreeMap;

/// The anonymity threshold k of the test server (`anonymity.min_group_size`).
pub fn k(app: &TestApp) -> usize {
    app.state.settings.anonymity.min_group_size.get() as usize
}

/// Makes `core` the questionnaire's core questions (the others rotate) and gives the cycle the
/// default short pulse: the core questions and one rotating question per section, at most 10.
pub async fn short_pulse(app: &TestApp, org: &Org, core: &[i32]) {
    question::Entity::update_many()
        .col_expr(question::Column::Core, Expr::value(false))
        .filter(question::Column::QuestionnaireId.eq(org.questionnaire))
        .exec(app.db())
        .await
        .unwrap();
    question::Entity::update_many()
        .col_expr(question::Column::Core, Expr::value(true))
        .filter(question::Column::Id.is_in(core.iter().copied()))
        .exec(app.db())
        .await
        .unwrap();
    let mut cycle = cycle::Entity::find_by_id(org.cycle)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    cycle.questions_per_section = Set(Some(i32::try_from(core.len()).unwrap() + 1));
    cycle.max_answers_per_wave = Set(Some(10));
    cycle.update(app.db()).await.unwrap();
}

/// Adds a rating question of `dimension` at `position` to the fixture's questionnaire (after
/// its eight); returns its id.
pub async fn add_rating(
    app: &TestApp,
    org: &Org,
    position: i32,
    dimension: Dimension,
    prompt: &str,
) -> i32 {
    seed::Question::new(org.questionnaire, position, QuestionKind::Rating, dimension)
        .required(true)
        .core(false)
        .prompts(&[("en", prompt)])
        .create(app)
        .await
}

/// What the colleagues answered in one wave.
#[derive(Debug, Default)]
pub struct Tally {
    /// Colleagues who answered.
    pub responses: usize,
    /// Answers per question of the helpdesk section.
    pub answers: BTreeMap<i32, usize>,
}

/// What a colleague answers to each question the page shows (text fields stay empty).
pub type Values = BTreeMap<i32, &'static str>;

/// Colleagues of Sales, each asked about the helpdesk with one rotating question, answer wave
/// `wave_id` until `target` was answered exactly `want` times and at least `responses` answered
/// in all. A colleague whose page asks `target` once it has its answers does not answer.
pub async fn answer_until(
    app: &TestApp,
    org: &Org,
    wave_id: i32,
    values: &Values,
    (target, want): (i32, usize),
    responses: usize,
) -> Tally {
    let mut tally = Tally::default();
    for _ in 0..400 {
        if tally.answers.get(&target).copied().unwrap_or(0) == want && tally.responses >= responses
        {
            return tally;
        }
        let invited = org
            .invite_about(app, org.sales, "en", Some(wave_id), None, &[org.helpdesk])
            .await;
        let mut section = invitation_section::Entity::find()
            .filter(invitation_section::Column::InvitationId.eq(invited.invitation_id))
            .one(app.db())
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        section.rotating_from = Set(Some(0));
        section.rotating_count = Set(1);
        section.update(app.db()).await.unwrap();

        let page = app.get(&invited.path()).await.text().await.unwrap();
        let asked = questions_on(&page, org.helpdesk);
        let asks_target = asked.contains(&target);
        if asks_target && tally.answers.get(&target).copied().unwrap_or(0) == want {
            continue;
        }
        let fields: Vec<(String, String)> = asked
            .iter()
            .map(|question| {
                let value = values.get(question).copied().unwrap_or("");
                (org.field(org.helpdesk, *question), value.to_owned())
            })
            .collect();
        let response = post_survey(app, &invited.path(), &fields).await;
        assert_eq!(response.status(), 200, "the survey answer was refused");
        tally.responses += 1;
        for question in asked {
            if values.get(&question).is_some_and(|value| !value.is_empty()) {
                *tally.answers.entry(question).or_insert(0) += 1;
            }
        }
    }
    panic!("the rotation never asked question {target} often enough: {tally:?}");
}

/// The questions of the section about `relationship` that `page` shows, in page order.
pub fn questions_on(page: &str, relationship: i32) -> Vec<i32> {
    let prefix = format!("name=\"s{relationship}_q");
    let mut found = vec![];
    for part in page.split(&prefix).skip(1) {
        let id: i32 = part
            .split('"')
            .next()
            .and_then(|digits| digits.parse().ok())
            .expect("a question field");
        if !found.contains(&id) {
            found.push(id);
        }
    }
    found
}
