//! Department heads read the results of their own departments only — in pages, the API and
//! the CSV; the overview is for HR and viewers.

use crate::helpers::spawn_app;
use crate::survey::fixture::Org;
use entity::account::Role;
use innerpulse::auth::Scope;
use innerpulse::store::accounts::api_keys;

#[tokio::test]
async fn a_department_head_reads_only_the_results_of_their_own_department() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    let head = app.create_staff(Role::DepartmentHead, &[org.it]).await;
    app.login(&head).await;

    for own in [
        format!("/results/providers/{}", org.it),
        format!("/results/providers/{}/export.csv", org.it),
        format!("/api/v1/results/providers/{}", org.it),
        format!("/api/v1/results/slices?provider_id={}", org.it),
    ] {
        assert_eq!(app.get(&own).await.status(), 200, "{own}");
    }
    for other in [
        format!("/results/providers/{}", org.facilities),
        format!("/results/providers/{}/export.csv", org.facilities),
        format!("/api/v1/results/providers/{}", org.facilities),
        format!("/api/v1/results/slices?provider_id={}", org.facilities),
        "/results/overview".to_owned(),
    ] {
        assert_eq!(app.get(&other).await.status(), 403, "{other}");
    }
    let index = app.get("/results").await.text().await.unwrap();
    assert!(index.contains(&format!("/results/providers/{}\"", org.it)));
    assert!(!index.contains(&format!("/results/providers/{}\"", org.facilities)));
}

#[tokio::test]
async fn an_unknown_department_is_404_and_api_keys_need_the_results_scope() {
    let app = spawn_app().await;
    let org = Org::create(&app).await;
    app.login_as_hr().await;
    assert_eq!(app.get("/results/providers/999999").await.status(), 404);
    assert_eq!(
        app.get("/api/v1/results/providers/999999").await.status(),
        404
    );

    let path = app.url(&format!("/api/v1/results/providers/{}", org.it));
    let outsider = reqwest::Client::new();
    let status = |key: Option<String>| {
        let mut request = outsider.get(&path);
        if let Some(key) = key {
            request = request.bearer_auth(key);
        }
        async move { request.send().await.unwrap().status() }
    };
    assert_eq!(status(None).await, 401);
    let touchpoint_key = api_keys::create(app.db(), "tickets", &[Scope::Touchpoint], None)
        .await
        .unwrap()
        .key;
    assert_eq!(status(Some(touchpoint_key)).await, 403);
    let reader_key = api_keys::create(app.db(), "bi", &[Scope::ResultsRead], None)
        .await
        .unwrap()
        .key;
    assert_eq!(status(Some(reader_key)).await, 200);
}
