//! Employees: search, filters, pagination, add / edit with validation, (de)activation.

use crate::helpers::{TestApp, spawn_app};

async fn page(app: &TestApp, path: &str) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

/// The `href` of the link with `rel`, HTML entities undone.
fn link(html: &str, rel: &str) -> Option<String> {
    let marker = format!("\" rel=\"{rel}\"");
    let end = html.find(&marker)?;
    let start = html[..end].rfind("href=\"")? + "href=\"".len();
    Some(html[start..end].replace("&amp;", "&"))
}

#[tokio::test]
async fn search_matches_name_or_email_regardless_of_case() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    app.create_employee("ana.lopez@example.com", "Ana López", it)
        .await;
    app.create_employee("bo@example.com", "Bo Marsh", it).await;
    app.create_employee("cy@other.org", "Cyrus Lopezz", it)
        .await;

    let by_name = page(&app, "/admin/employees?q=LOPEZ").await;
    let by_email = page(&app, "/admin/employees?q=Other.ORG").await;

    assert!(by_name.contains("Cyrus Lopezz") && by_name.contains("ana.lopez@example.com"));
    assert!(!by_name.contains("Bo Marsh"));
    assert!(by_email.contains("Cyrus Lopezz"));
    assert!(!by_email.contains("Ana López"));
}

#[tokio::test]
async fn the_list_filters_by_department_and_status() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    let sales = app.create_department("Sales").await;
    app.create_employee("ana@example.com", "Ana Active", it)
        .await;
    let gone = app.create_employee("bo@example.com", "Bo Gone", it).await;
    app.create_employee("cy@example.com", "Cy Seller", sales)
        .await;
    innerpulse::store::organisation::employees::set_active(app.db(), gone, false)
        .await
        .unwrap();

    let default = page(&app, "/admin/employees").await;
    let inactive = page(&app, "/admin/employees?status=inactive").await;
    let everyone_in_it = page(
        &app,
        &format!("/admin/employees?status=all&department={it}"),
    )
    .await;

    assert!(default.contains("Ana Active") && default.contains("Cy Seller"));
    assert!(
        !default.contains("Bo Gone"),
        "inactive employees are hidden by default"
    );
    assert!(inactive.contains("Bo Gone") && !inactive.contains("Ana Active"));
    assert!(everyone_in_it.contains("Ana Active") && everyone_in_it.contains("Bo Gone"));
    assert!(!everyone_in_it.contains("Cy Seller"));
}

#[tokio::test]
async fn long_lists_are_paginated_by_50_and_the_links_keep_the_filters() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    let sales = app.create_department("Sales").await;
    for i in 0..120 {
        app.create_employee(
            &format!("p{i:03}@example.com"),
            &format!("Person {i:03}"),
            it,
        )
        .await;
    }
    app.create_employee("s@example.com", "Person Sales", sales)
        .await;

    let first = page(&app, &format!("/admin/employees?q=person&department={it}")).await;
    let next = link(&first, "next").expect("a next link");
    let second = page(&app, &next).await;
    let last = page(&app, &link(&second, "next").expect("a next link")).await;

    assert!(first.contains("Page 1 of 3") && first.contains("120 employees"));
    assert!(first.contains("Person 000") && first.contains("Person 049"));
    assert!(!first.contains("Person 050"));
    assert!(link(&first, "prev").is_none());
    assert!(next.contains("q=person") && next.contains(&format!("department={it}")));
    assert!(second.contains("Page 2 of 3") && second.contains("Person 050"));
    assert!(!second.contains("Person 049"));
    assert!(last.contains("Page 3 of 3") && last.contains("Person 119"));
    assert!(link(&last, "next").is_none() && link(&last, "prev").is_some());
    assert!(!last.contains("Person Sales"));
}

#[tokio::test]
async fn empty_lists_say_so() {
    let app = spawn_app().await;
    app.login_as_hr().await;

    let empty = page(&app, "/admin/employees").await;
    let no_match = page(&app, "/admin/employees?q=zzz").await;

    assert!(empty.contains("No employees yet"));
    assert!(no_match.contains("No employees match your search"));
}

#[tokio::test]
async fn an_invalid_employee_form_is_rerendered_with_422_each_error_by_its_field() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;

    let response = app
        .post_form(
            "/admin/employees",
            &[
                ("email", "not an email"),
                ("name", "  "),
                ("department_id", &it.to_string()),
                ("locale", "de"),
                ("external_id", "E-1"),
            ],
        )
        .await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("id=\"email-error\">Please enter a valid email address."));
    assert!(html.contains("id=\"name-error\">Please enter a name"));
    assert!(html.contains("id=\"locale-error\">Please choose one of the offered languages."));
    assert!(html.contains("value=\"not an email\"") && html.contains("value=\"E-1\""));
    assert!(app.employees().await.is_empty());
}

#[tokio::test]
async fn a_taken_email_or_external_id_is_refused_with_422() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    let first = [
        ("email", "ana@example.com"),
        ("name", "Ana"),
        ("department_id", &it.to_string()),
        ("locale", "nl"),
        ("external_id", "E-1"),
    ];
    assert_eq!(
        app.post_form("/admin/employees", &first).await.status(),
        303
    );

    let same_email = app
        .post_form(
            "/admin/employees",
            &[
                ("email", "ANA@example.com"),
                ("name", "Ana Two"),
                ("department_id", &it.to_string()),
                ("locale", "en"),
                ("external_id", ""),
            ],
        )
        .await;
    let same_external_id = app
        .post_form(
            "/admin/employees",
            &[
                ("email", "other@example.com"),
                ("name", "Other"),
                ("department_id", &it.to_string()),
                ("locale", "en"),
                ("external_id", "E-1"),
            ],
        )
        .await;

    assert_eq!(same_email.status(), 422);
    assert!(
        same_email
            .text()
            .await
            .unwrap()
            .contains("Another employee already has this email address.")
    );
    assert_eq!(same_external_id.status(), 422);
    assert!(
        same_external_id
            .text()
            .await
            .unwrap()
            .contains("Another employee already has this external id.")
    );
    let stored = app.employees().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].locale, "nl");
}

#[tokio::test]
async fn an_employee_is_edited_then_deactivated_and_reactivated_after_confirmation() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    let sales = app.create_department("Sales").await;
    let id = app.create_employee("ana@example.com", "Ana", it).await;

    let edited = app
        .post_form(
            &format!("/admin/employees/{id}"),
            &[
                ("email", "ana.l@example.com"),
                ("name", "Ana López"),
                ("department_id", &sales.to_string()),
                ("locale", "es"),
                ("external_id", "HR-9"),
            ],
        )
        .await;
    let confirm = page(&app, &format!("/admin/employees/{id}/deactivate")).await;
    let still_active = app.employees().await[0].active;
    let deactivated = app
        .post_form(&format!("/admin/employees/{id}/deactivate"), &[])
        .await;
    let after_deactivation = app.employees().await[0].clone();
    let reactivated = app
        .post_form(&format!("/admin/employees/{id}/reactivate"), &[])
        .await;

    assert_eq!(edited.status(), 303);
    assert!(confirm.contains("Deactivate Ana López?"));
    assert!(still_active, "the confirmation page changes nothing");
    assert_eq!(deactivated.status(), 303);
    assert!(!after_deactivation.active);
    assert_eq!(after_deactivation.email, "ana.l@example.com");
    assert_eq!(after_deactivation.department_id, sales);
    assert_eq!(after_deactivation.locale, "es");
    assert_eq!(after_deactivation.external_id.as_deref(), Some("HR-9"));
    assert_eq!(reactivated.status(), 303);
    assert!(app.employees().await[0].active);
}
