//! The CSV import through the upload page and the `innerpulse import` command: happy path,
//! every bad row reported with nothing written, BOM and `;`, re-import sync, the 20 % rule.

use crate::helpers::{TEST_DATABASE_ENV, TestApp, TestDatabase, extract_csrf_token, spawn_app};

async fn department_names(app: &TestApp) -> Vec<String> {
    use sea_orm::EntityTrait;
    let mut names: Vec<String> = entity::department::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_csv_upload_creates_employees_and_missing_departments_and_reports_the_counts() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    app.create_department("IT").await;
    let csv = "external_id,email,name,department,locale\n\
        E1,Ana@Example.com,Ana López,IT,es\n\
        E2,bo@example.com,\"Marsh, Bo\",Kitchen,\n\
        ,cy@example.com,Cy,kitchen,FR\n";

    let response = app
        .upload_csv(csv.as_bytes(), &[("create_departments", "1")])
        .await;

    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("3 employees created"), "{html}");
    assert!(html.contains("1 department created"));
    let employees = app.employees().await;
    assert_eq!(employees.len(), 3);
    assert_eq!(employees[0].email, "ana@example.com");
    assert_eq!(employees[0].locale, "es");
    assert_eq!(employees[0].external_id.as_deref(), Some("E1"));
    assert_eq!(employees[1].name, "Marsh, Bo");
    assert_eq!(
        employees[1].locale, "en",
        "an empty locale takes the default"
    );
    assert_eq!(employees[2].locale, "fr");
    assert_eq!(employees[1].department_id, employees[2].department_id);
    assert_eq!(department_names(&app).await, ["IT", "Kitchen"]);
}

#[tokio::test]
async fn every_bad_row_is_listed_with_its_line_and_nothing_is_written() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    app.create_department("IT").await;
    let csv = "email,name,department,locale,external_id\n\
        good@example.com,Good,IT,en,G1\n\
        not-an-email,Bad Email,IT,en,\n\
        empty.name@example.com,,IT,en,\n\
        unknown.dept@example.com,Lost,Narnia,en,\n\
        locale@example.com,Locale,IT,de,\n\
        good@example.com,Twice,IT,en,\n\
        twin@example.com,Twin,IT,en,G1\n\
        short@example.com,Short\n\
        ,No Email,IT,en,\n";

    let response = app.upload_csv(csv.as_bytes(), &[]).await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    for (line, reason) in [
        (3, "“not-an-email” is not a valid email address."),
        (4, "The name is empty."),
        (5, "Unknown department “Narnia”"),
        (6, "Unknown language “de”"),
        (7, "The email address good@example.com is also on line 2."),
        (8, "The external id G1 is also on line 2."),
        (9, "Expected 5 fields but found 2."),
        (10, "The email address is empty."),
    ] {
        let row = format!("<tr><td>{line}</td><td>{reason}");
        assert!(
            html.contains(&row),
            "line {line} not reported as {reason}:\n{html}"
        );
    }
    assert!(html.contains("Nothing was imported: 8 problems must be fixed first."));
    assert!(app.employees().await.is_empty(), "nothing is written");
    assert_eq!(department_names(&app).await, ["IT"]);
}

#[tokio::test]
async fn a_file_with_a_bom_and_semicolons_is_accepted() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    app.create_department("Sales").await;
    let mut csv = vec![0xEF, 0xBB, 0xBF];
    csv.extend_from_slice(
        "email;name;department\r\nana@example.com;\"López; Ana\";Sales\r\n".as_bytes(),
    );

    let response = app.upload_csv(&csv, &[]).await;

    assert_eq!(response.status(), 200);
    let employees = app.employees().await;
    assert_eq!(employees.len(), 1);
    assert_eq!(employees[0].name, "López; Ana");
}

#[tokio::test]
async fn extra_columns_reject_the_file_with_a_message() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    app.create_department("IT").await;

    let response = app
        .upload_csv(
            b"email,name,department,salary\na@example.com,A,IT,100\n",
            &[],
        )
        .await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Unknown columns: salary."), "{html}");
    assert!(app.employees().await.is_empty());
}

#[tokio::test]
async fn a_reimport_matches_by_external_id_then_email_and_syncs_status() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    app.create_department("Sales").await;
    let first = "email,name,department,external_id\n\
        ana@example.com,Ana,IT,E1\n\
        bo@example.com,Bo,IT,\n\
        cy@example.com,Cy,IT,\n\
        di@example.com,Di,IT,\n\
        ed@example.com,Ed,IT,\n\
        fay@example.com,Fay,IT,\n";
    assert_eq!(app.upload_csv(first.as_bytes(), &[]).await.status(), 200);
    let gone = app
        .employees()
        .await
        .into_iter()
        .find(|e| e.email == "fay@example.com")
        .unwrap();
    innerpulse::store::organisation::employees::set_active(app.db(), gone.id, false)
        .await
        .unwrap();
    let second = "email,name,department,external_id\n\
        ana.new@example.com,Ana Renamed,IT,E1\n\
        bo@example.com,Bo,Sales,B2\n\
        cy@example.com,Cy,IT,\n\
        di@example.com,Di,IT,\n\
        fay@example.com,Fay,IT,\n\
        gil@example.com,Gil,IT,\n";

    let response = app.upload_csv(second.as_bytes(), &[]).await;

    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    for count in [
        "1 employee created",
        "2 employees updated",
        "1 employee reactivated",
        "1 employee deactivated",
        "2 employees unchanged",
    ] {
        assert!(html.contains(count), "missing {count}:\n{html}");
    }
    let employees = app.employees().await;
    let by_email = |email: &str| employees.iter().find(|e| e.email == email).unwrap().clone();
    assert_eq!(by_email("ana.new@example.com").name, "Ana Renamed");
    assert!(
        employees.iter().all(|e| e.email != "ana@example.com"),
        "matched by external id"
    );
    let bo = by_email("bo@example.com");
    assert_ne!(bo.department_id, it);
    assert_eq!(bo.external_id.as_deref(), Some("B2"));
    assert!(by_email("fay@example.com").active);
    assert!(!by_email("ed@example.com").active);
    assert_eq!(employees.len(), 7);
}

#[tokio::test]
async fn deactivating_more_than_a_fifth_stops_until_confirmed() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    for i in 0..10 {
        app.create_employee(&format!("p{i}@example.com"), &format!("Person {i}"), it)
            .await;
    }
    let keep_seven: String = std::iter::once("email,name,department\n".to_owned())
        .chain((0..7).map(|i| format!("p{i}@example.com,Person {i},IT\n")))
        .collect();

    let refused = app.upload_csv(keep_seven.as_bytes(), &[]).await;

    assert_eq!(refused.status(), 409);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("would deactivate 3 of 10 active employees"),
        "{html}"
    );
    assert!(html.contains("Person 9 &lt;p9@example.com&gt;"));
    assert!(
        app.employees().await.iter().all(|e| e.active),
        "nothing changed yet"
    );

    let confirm_form = html.split("id=\"import-confirm\"").nth(1).unwrap();
    let token = extract_csrf_token(confirm_form);
    let marker = "name=\"file_content\" value=\"";
    let start = confirm_form.find(marker).unwrap() + marker.len();
    let content = confirm_form[start..]
        .split('"')
        .next()
        .unwrap()
        .replace("&#39;", "'");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .text("file_content", content)
        .text("confirm_deactivation", "1");
    let confirmed = app
        .client
        .post(app.url("/admin/employees/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();

    assert_eq!(confirmed.status(), 200);
    assert!(
        confirmed
            .text()
            .await
            .unwrap()
            .contains("3 employees deactivated")
    );
    let active = app.employees().await.iter().filter(|e| e.active).count();
    assert_eq!(active, 7);
}

fn innerpulse(database: &TestDatabase, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_innerpulse"));
    for (key, _) in std::env::vars() {
        if key.starts_with("INNERPULSE") && key != TEST_DATABASE_ENV {
            command.env_remove(key);
        }
    }
    command
        .args(args)
        .current_dir(database.dir.path())
        .env("INNERPULSE__DATABASE__URL", &database.url)
        .env("INNERPULSE__APP__DATA_DIR", database.dir.path())
        .env("INNERPULSE__LOG__LEVEL", "warn")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run the innerpulse binary")
}

#[tokio::test]
async fn the_import_command_applies_a_good_file_and_rejects_a_bad_one_with_a_non_zero_exit() {
    let database = TestDatabase::create().await;
    let good = database.dir.path().join("good.csv");
    let bad = database.dir.path().join("bad.csv");
    std::fs::write(
        &good,
        "email,name,department\nana@example.com,Ana,IT\nbo@example.com,Bo,IT\n",
    )
    .unwrap();
    std::fs::write(&bad, "email,name,department\nnobody,Ana,IT\n").unwrap();
    let path = |p: &std::path::Path| p.display().to_string();

    let without_departments = innerpulse(&database, &["import", &path(&good)]);
    let applied = innerpulse(&database, &["import", &path(&good), "--create-departments"]);
    let rejected = innerpulse(&database, &["import", &path(&bad)]);

    assert!(!without_departments.status.success());
    let out = String::from_utf8_lossy(&without_departments.stdout);
    assert!(out.contains("line 2: Unknown department “IT”"), "{out}");
    assert!(
        applied.status.success(),
        "{}",
        String::from_utf8_lossy(&applied.stderr)
    );
    let out = String::from_utf8_lossy(&applied.stdout);
    assert!(
        out.contains("2 created") && out.contains("1 departments created"),
        "{out}"
    );
    assert!(!rejected.status.success());
    assert!(
        String::from_utf8_lossy(&rejected.stdout)
            .contains("line 2: “nobody” is not a valid email address.")
    );
    assert!(String::from_utf8_lossy(&rejected.stderr).contains("Nothing was imported"));
    let db = sea_orm::Database::connect(&database.url).await.unwrap();
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        entity::employee::Entity::find().count(&db).await.unwrap(),
        2
    );
    db.close().await.unwrap();
}
