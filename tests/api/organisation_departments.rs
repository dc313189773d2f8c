//! Departments: the tree, create, rename, move (no loops), delete only when empty, roles.

use crate::helpers::{TestApp, spawn_app};
use entity::account::Role;

async fn department_id(app: &TestApp, name: &str) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    entity::department::Entity::find()
        .filter(entity::department::Column::Name.eq(name))
        .one(app.db())
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no department {name}"))
        .id
}

#[tokio::test]
async fn an_hr_admin_creates_departments_and_sees_children_indented_under_their_parent() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let zeta = app.create_department("Zeta Operations").await;
    app.create_department("Alpha Finance").await;

    let created = app
        .post_form(
            "/admin/departments",
            &[("name", "Kitchen"), ("parent_id", &zeta.to_string())],
        )
        .await;

    assert_eq!(created.status(), 303);
    let page = app.get("/admin/departments").await.text().await.unwrap();
    let alpha = page.find("Alpha Finance</td>").unwrap();
    let zeta_at = page.find("Zeta Operations</td>").unwrap();
    let kitchen = page.find("Kitchen</td>").unwrap();
    assert!(
        alpha < zeta_at && zeta_at < kitchen,
        "parents before children"
    );
    assert!(page.contains("class=\"depth-1\"><span aria-hidden=\"true\">└ </span>Kitchen"));
    let kitchen_id = department_id(&app, "Kitchen").await;
    let stored = app.state.db.clone();
    let model = innerpulse::store::organisation::departments::find(&stored, kitchen_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(model.parent_id, Some(zeta));
}

#[tokio::test]
async fn a_taken_department_name_is_refused_with_422_and_the_input_kept() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    app.create_department("IT").await;

    let response = app
        .post_form("/admin/departments", &[("name", "it"), ("parent_id", "")])
        .await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Another department already has this name"),
        "{page}"
    );
    assert!(page.contains("value=\"it\""));
}

#[tokio::test]
async fn a_department_can_be_renamed_and_moved_to_the_top_level() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let parent = app.create_department("Operations").await;
    let child = app.create_department("Facilities").await;
    innerpulse::store::organisation::departments::move_to(app.db(), child, Some(parent))
        .await
        .unwrap()
        .unwrap();

    let renamed = app
        .post_form(
            &format!("/admin/departments/{child}/rename"),
            &[("name", "Facility Management")],
        )
        .await;
    let moved = app
        .post_form(
            &format!("/admin/departments/{child}/move"),
            &[("parent_id", "")],
        )
        .await;

    assert_eq!(renamed.status(), 303);
    assert_eq!(moved.status(), 303);
    let model = innerpulse::store::organisation::departments::find(app.db(), child)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(model.name, "Facility Management");
    assert_eq!(model.parent_id, None);
}

#[tokio::test]
async fn moving_a_department_under_its_own_descendant_is_refused_with_a_clear_message() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let top = app.create_department("Operations").await;
    let middle = app.create_department("Facilities").await;
    let bottom = app.create_department("Cleaning").await;
    let store = innerpulse::store::organisation::departments::move_to;
    store(app.db(), middle, Some(top)).await.unwrap().unwrap();
    store(app.db(), bottom, Some(middle))
        .await
        .unwrap()
        .unwrap();

    let response = app
        .post_form(
            &format!("/admin/departments/{top}/move"),
            &[("parent_id", &bottom.to_string())],
        )
        .await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("cannot be moved under itself or one of its own sub-departments"),
        "{page}"
    );
    let model = innerpulse::store::organisation::departments::find(app.db(), top)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(model.parent_id, None, "nothing changed");
}

#[tokio::test]
async fn deleting_a_department_in_use_is_refused_naming_what_is_left() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let it = app.create_department("IT").await;
    let helpdesk = app.create_department("Helpdesk").await;
    innerpulse::store::organisation::departments::move_to(app.db(), helpdesk, Some(it))
        .await
        .unwrap()
        .unwrap();
    app.create_employee("ana@example.com", "Ana", it).await;
    let inactive = app.create_employee("bo@example.com", "Bo", it).await;
    innerpulse::store::organisation::employees::set_active(app.db(), inactive, false)
        .await
        .unwrap();
    app.create_staff(Role::DepartmentHead, &[it]).await;

    let confirmation = app.get(&format!("/admin/departments/{it}/delete")).await;
    let response = app
        .post_form(&format!("/admin/departments/{it}/delete"), &[])
        .await;

    let confirmation = confirmation.text().await.unwrap();
    assert!(confirmation.contains("2 employees, 1 sub-department, 1 linked staff account"));
    assert!(!confirmation.contains("method=\"post\" action=\"/admin/departments/"));
    assert_eq!(response.status(), 409);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("cannot be deleted while it still has: 2 employees"),
        "{page}"
    );
    assert!(
        innerpulse::store::organisation::departments::find(app.db(), it)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn an_empty_department_is_deleted_after_a_confirmation_step() {
    let app = spawn_app().await;
    app.login_as_hr().await;
    let old = app.create_department("Typing Pool").await;

    let confirmation = app.get(&format!("/admin/departments/{old}/delete")).await;
    let confirmation = confirmation.text().await.unwrap();
    assert!(confirmation.contains("Delete “Typing Pool”? This cannot be undone."));
    assert!(
        innerpulse::store::organisation::departments::find(app.db(), old)
            .await
            .unwrap()
            .is_some()
    );

    let response = app
        .post_form(&format!("/admin/departments/{old}/delete"), &[])
        .await;

    assert_eq!(response.status(), 303);
    assert!(
        innerpulse::store::organisation::departments::find(app.db(), old)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_department_head_gets_403_on_organisation_pages_and_api_routes() {
    let app = spawn_app().await;
    let it = app.create_department("IT").await;
    let head = app.create_staff(Role::DepartmentHead, &[it]).await;
    app.login(&head).await;

    for path in [
        "/admin/departments",
        "/admin/employees",
        "/admin/employees/import",
        "/api/v1/departments",
        "/api/v1/employees",
    ] {
        assert_eq!(app.get(path).await.status(), 403, "GET {path}");
    }
    let created = app
        .post_form("/admin/departments", &[("name", "Mine")])
        .await;
    assert_eq!(created.status(), 403);
    let api = app
        .client
        .post(app.url("/api/v1/employees/import"))
        .header("content-type", "text/csv")
        .body("email,name,department\n")
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 403);
    assert!(app.employees().await.is_empty());
}
