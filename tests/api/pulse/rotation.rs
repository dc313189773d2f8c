//! Sixty employees, three services each: nobody is asked more than the cycle's maximum, each
//! rotating question is asked about equally often in a wave, and over as many waves as there
//! are rotating questions each employee is asked each of them once per service.

use super::fixture::{EMPLOYEES, builtin, four_rotating, open_wave, organisation, page};
use crate::helpers::spawn_app;
use std::collections::{BTreeMap, BTreeSet};

#[tokio::test]
async fn sixty_employees_with_three_services_get_at_most_ten_questions_and_each_rotating_question_about_equally_often()
 {
    let app = spawn_app().await;
    app.login_as_hr().await;
    // The new default: the three core questions and one rotating question per section, ten
    // answers at most.
    let pulse = organisation(&app, builtin(&app).await, 4, 10).await;

    let invitations = open_wave(&app, &pulse).await;

    assert_eq!(invitations.len(), EMPLOYEES);
    let mut times_asked: BTreeMap<i32, usize> = pulse.rotating.iter().map(|id| (*id, 0)).collect();
    for invitation in invitations.values() {
        let (asked, _) = page(&app, invitation).await;
        assert_eq!(
            asked.keys().copied().collect::<BTreeSet<_>>(),
            pulse.services.into_iter().collect(),
            "three sections"
        );
        let questions: usize = asked.values().map(BTreeSet::len).sum();
        assert!(questions <= 10, "{questions} questions: {asked:?}");
        for (service, ids) in &asked {
            assert!(pulse.core.is_subset(ids), "service {service} asks the core");
            for id in ids.difference(&pulse.core) {
                *times_asked
                    .get_mut(id)
                    .expect("only the questionnaire's questions") += 1;
            }
        }
    }
    let counts: Vec<usize> = times_asked.values().copied().collect();
    assert_eq!(
        counts.len(),
        6,
        "the built-in questionnaire rotates six questions"
    );
    assert_eq!(
        counts.iter().sum::<usize>(),
        EMPLOYEES,
        "ten answers leave room for one rotating question per employee"
    );
    let spread = counts.iter().max().unwrap() - counts.iter().min().unwrap();
    assert!(
        spread <= 3,
        "each rotating question about ten times: {counts:?}"
    );
}

#[tokio::test]
async fn over_four_waves_each_employee_is_asked_each_of_four_rotating_questions_once_per_service() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    // Two core questions and one rotating question per section: nine questions in three
    // sections, within ten.
    let pulse = organisation(&app, four_rotating(&app).await, 3, 10).await;
    let mut seen: BTreeMap<(i32, i32), Vec<i32>> = BTreeMap::new();

    for wave in 0..4 {
        let invitations = open_wave(&app, &pulse).await;
        assert_eq!(invitations.len(), EMPLOYEES, "wave {wave}");
        let mut per_service: BTreeMap<(i32, i32), usize> = BTreeMap::new();
        for (employee, invitation) in &invitations {
            let (asked, _) = page(&app, invitation).await;
            assert_eq!(asked.len(), 3, "wave {wave}: three sections");
            for (service, ids) in asked {
                let rotating: Vec<i32> = ids.difference(&pulse.core).copied().collect();
                assert_eq!(rotating.len(), 1, "one rotating question per section");
                seen.entry((*employee, service))
                    .or_default()
                    .push(rotating[0]);
                *per_service.entry((service, rotating[0])).or_default() += 1;
            }
        }
        for ((service, question), count) in per_service {
            assert_eq!(
                count,
                EMPLOYEES / 4,
                "wave {wave}: service {service} asks question {question} of a quarter"
            );
        }
    }

    assert_eq!(seen.len(), EMPLOYEES * 3);
    for ((employee, service), asked) in seen {
        let distinct: BTreeSet<i32> = asked.iter().copied().collect();
        assert_eq!(
            distinct, pulse.rotating,
            "employee {employee}, service {service} was asked {asked:?}"
        );
    }
}

#[tokio::test]
async fn an_answer_to_a_rotating_question_the_page_does_not_ask_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let pulse = organisation(&app, four_rotating(&app).await, 3, 10).await;
    let invitations = open_wave(&app, &pulse).await;
    let invitation = invitations.values().next().unwrap();
    let (asked, _) = page(&app, invitation).await;
    let (&service, ids) = asked.iter().next().unwrap();
    let not_asked = pulse.rotating.difference(ids).next().copied().unwrap();
    let token = innerpulse::waves::survey_token(
        &app.state.settings.security,
        &innerpulse::waves::TokenInput::from(invitation),
    );

    let response = app
        .client
        .post(app.url(&format!("/s/{}", token.expose())))
        .form(&[(format!("s{service}_q{not_asked}"), "4".to_owned())])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 422);
    let (again, _) = page(&app, invitation).await;
    assert_eq!(again, asked, "the link still asks the same questions");
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        entity::sealed_submission::Entity::find()
            .count(app.db())
            .await
            .unwrap(),
        0,
        "nothing sealed"
    );
}
