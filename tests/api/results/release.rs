//! The release of sealed answers at close: only in groups of at least k (a service below k
//! waits for the next wave; a small department appears under its parent), all or nothing,
//! never without its key, and nothing acknowledged is lost when the server is killed.

use super::fixture::{Answer, answer, close, dashboard_json, helpdesk, new_wave};
use crate::helpers::{TestApp, seed, spawn_app};
use crate::survey::fixture::{
    Org, close_and_release, close_now, post_survey, sealed_count, stored_rows,
};
use entity::{response, result_period, result_slice};
use innerpulse::sealing::SealingKeys;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, PaginatorTrait, QueryFilter,
};

/// Helpdesk responses released in `wave_id`, by customer department.
async fn helpdesk_responses(app: &TestApp, org: &Org, wave_id: i32) -> Vec<i32> {
    let mut departments: Vec<i32> = response::Entity::find()
        .filter(response::Column::RelationshipId.eq(org.helpdesk))
        .filter(response::Column::WaveId.eq(wave_id))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.customer_department_id)
        .collect();
    departments.sort_unstable();
    departments
}

/// `n` Sales employees answer the fixture's wave in full.
async fn answered(app: &TestApp, org: &Org, n: usize) {
    for _ in 0..n {
        let invited = org.invite(app, "en").await;
        let posted = post_survey(app, &invited.path(), &org.full_answers()).await;
        assert_eq!(posted.status(), 200);
    }
}

#[tokio::test]
async fn k_minus_one_answers_stay_sealed_and_the_wave_that_brings_the_service_to_k_releases_them() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let first = new_wave(&app, &org, 30).await;
    for _ in 0..4 {
        answer(&app, &org, first, org.sales, &Answer::scores("2", "3")).await;
    }
    close(&app, first).await;
    let held = sealed_count(&app).await;
    let released_first = helpdesk_responses(&app, &org, first).await;
    app.login_as_hr().await;
    let cycle_page = app
        .get(&format!("/admin/cycles/{}", org.cycle))
        .await
        .text()
        .await
        .unwrap();
    let waves_page = app
        .get(&format!("/admin/cycles/{}/waves", org.cycle))
        .await
        .text()
        .await
        .unwrap();
    let second = new_wave(&app, &org, 10).await;

    answer(&app, &org, second, org.sales, &Answer::scores("5", "9")).await;
    close(&app, second).await;

    assert_eq!(held, 4, "four answers of a service with k = 5 stay sealed");
    assert!(
        cycle_page.contains("4 submissions of closed rounds are still sealed"),
        "HR sees how many wait"
    );
    assert!(
        waves_page.contains("<td class=\"num\" data-count=\"answered\">4</td>"),
        "a released wave keeps its answered count: {waves_page}"
    );
    assert!(released_first.is_empty());
    assert_eq!(
        helpdesk_responses(&app, &org, second).await,
        vec![org.sales; 5]
    );
    assert_eq!(sealed_count(&app).await, 0);
    let period = result_period::Entity::find()
        .filter(result_period::Column::WaveId.eq(second))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let slice = result_slice::Entity::find()
        .filter(result_slice::Column::PeriodId.eq(period.id))
        .filter(result_slice::Column::RelationshipId.eq(org.helpdesk))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(slice.carried_over, 4);
    assert_eq!(slice.answered, 1, "the second wave's own participation");
    let first_opened = entity::wave::Entity::find_by_id(first)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .opens_at
        .date_naive();
    assert_eq!(slice.carried_from, Some(first_opened));
    let json = dashboard_json(&app, org.it).await;
    let latest = &helpdesk(&json, &org)["latest"];
    assert_eq!(latest["carried_over"], 4, "{latest}");
    assert_eq!(latest["carried_from"], first_opened.to_string());
    let page = app
        .get(&format!("/results/providers/{}", org.it))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!(
            "Includes 4 answers carried over from the round of {first_opened}"
        )),
        "the dashboard says so"
    );
}

#[tokio::test]
async fn a_department_below_k_is_released_under_its_parent() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let east = seed::Department::new("Sales East")
        .parent(org.sales)
        .create(&app)
        .await;
    for (department, count) in [(org.sales, 5), (east, 2)] {
        for _ in 0..count {
            answer(&app, &org, org.wave, department, &Answer::scores("4", "8")).await;
        }
    }

    close(&app, org.wave).await;

    assert_eq!(
        helpdesk_responses(&app, &org, org.wave).await,
        vec![org.sales; 7],
        "Sales East's two answers are stored as Sales's"
    );
}

#[tokio::test]
async fn a_release_without_its_sealing_key_is_refused_naming_the_key_and_deletes_nothing() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    answered(&app, &org, 5).await;
    close_now(&app, org.wave).await;
    let other = SealingKeys::parse(&SealingKeys::generate_line()).unwrap();
    let k = app.state.settings.anonymity.min_group_size.get();

    let refused = innerpulse::report::materialize::run_once(
        app.db(),
        &other,
        k,
        chrono::Utc::now() + chrono::TimeDelta::seconds(10),
    )
    .await
    .unwrap_err();

    let message = format!("{refused:#}");
    assert!(
        message.contains(app.state.sealing.current().id()),
        "{message}"
    );
    assert!(message.contains("security.sealing_key_file"), "{message}");
    assert_eq!(sealed_count(&app).await, 5, "nothing deleted");
    assert_eq!(stored_rows(&app).await, (0, 0), "nothing released");
    assert_eq!(
        result_period::Entity::find().count(app.db()).await.unwrap(),
        0
    );
    // With its key, the same release goes through.
    app.release().await;
    assert_eq!(sealed_count(&app).await, 0);
    assert_eq!(stored_rows(&app).await.0, 10);
}

#[tokio::test]
async fn a_release_interrupted_half_way_leaves_every_answer_sealed_and_the_next_one_completes_it() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    answered(&app, &org, 5).await;
    close_now(&app, org.wave).await;
    let db = app.db();
    let backend = db.get_database_backend();
    // The database refuses the answers, after the responses were written: the release fails
    // half way through its transaction.
    let (stop, resume): (&[&str], &[&str]) = match backend {
        DatabaseBackend::Sqlite => (
            &[
                "CREATE TRIGGER stop_answers BEFORE INSERT ON answer BEGIN SELECT RAISE(ABORT, 'interrupted'); END",
            ],
            &["DROP TRIGGER stop_answers"],
        ),
        _ => (
            &[
                "CREATE FUNCTION stop_answers() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'interrupted'; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER stop_answers BEFORE INSERT ON answer FOR EACH STATEMENT EXECUTE FUNCTION stop_answers()",
            ],
            &[
                "DROP TRIGGER stop_answers ON answer",
                "DROP FUNCTION stop_answers()",
            ],
        ),
    };
    for sql in stop {
        db.execute_unprepared(sql).await.unwrap();
    }
    let k = app.state.settings.anonymity.min_group_size.get();

    let interrupted = innerpulse::report::materialize::run_once(
        db,
        &app.state.sealing,
        k,
        chrono::Utc::now() + chrono::TimeDelta::seconds(10),
    )
    .await;

    assert!(interrupted.is_err());
    assert_eq!(sealed_count(&app).await, 5, "every answer still sealed");
    assert_eq!(stored_rows(&app).await, (0, 0), "none released");
    for sql in resume {
        db.execute_unprepared(sql).await.unwrap();
    }
    app.release().await;
    assert_eq!(sealed_count(&app).await, 0, "none left sealed");
    assert_eq!(stored_rows(&app).await.0, 10, "every answer released");
}

#[tokio::test]
async fn answers_acknowledged_before_the_server_is_killed_are_released_at_close() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let data_dir = app.database.dir.path();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_innerpulse"))
        .arg("serve")
        .current_dir(data_dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("INNERPULSE__DATABASE__URL", &app.database.url)
        .env("INNERPULSE__DATABASE__MIGRATE_ON_START", "false")
        .env("INNERPULSE__APP__DATA_DIR", data_dir)
        .env("INNERPULSE__SERVER__PORT", port.to_string())
        .env("INNERPULSE__SCHEDULER__ENABLED", "false")
        .env("INNERPULSE__MAIL__TRANSPORT", "log")
        .env("INNERPULSE__LOG__LEVEL", "warn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start innerpulse serve");
    let address = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let mut ready = false;
    for _ in 0..200 {
        if let Ok(response) = client.get(format!("{address}/healthz")).send().await
            && response.status() == 200
        {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready, "the server process did not come up");
    for _ in 0..5 {
        let invited = org.invite(&app, "en").await;
        let posted = client
            .post(format!("{address}{}", invited.path()))
            .form(&org.full_answers())
            .send()
            .await
            .unwrap();
        assert_eq!(posted.status(), 200, "acknowledged");
    }

    server.kill().expect("kill -9 the server");
    server.wait().unwrap();

    assert_eq!(
        sealed_count(&app).await,
        5,
        "every acknowledged answer survived"
    );
    close_and_release(&app, &org).await;
    assert_eq!(stored_rows(&app).await.0, 10);
}
