//! The OpenAPI document: valid OpenAPI 3, and every route it documents really exists.

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_openapi_document_is_openapi_3_with_both_ways_to_authenticate() {
    let app = spawn_app().await;

    let response = app.get("/api/v1/openapi.json").await;

    assert_eq!(response.status(), 200);
    let document: serde_json::Value = response.json().await.unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(document["info"]["title"], "innerpulse API");
    let schemes = &document["components"]["securitySchemes"];
    assert_eq!(schemes["api_key"]["scheme"], "bearer");
    assert_eq!(schemes["session"]["in"], "cookie");
}

#[tokio::test]
async fn every_documented_route_exists_on_the_server() {
    let app = spawn_app().await;
    let document: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let paths = document["paths"].as_object().cloned().unwrap_or_default();

    for (path, operations) in paths {
        // Fill path parameters with a plausible value.
        let concrete = path
            .split('/')
            .map(|part| if part.starts_with('{') { "1" } else { part })
            .collect::<Vec<_>>()
            .join("/");
        for method in operations.as_object().unwrap().keys() {
            let request = match method.as_str() {
                "get" => app.client.get(app.url(&concrete)),
                "post" => app
                    .client
                    .post(app.url(&concrete))
                    .json(&serde_json::json!({})),
                "put" => app
                    .client
                    .put(app.url(&concrete))
                    .json(&serde_json::json!({})),
                "patch" => app
                    .client
                    .patch(app.url(&concrete))
                    .json(&serde_json::json!({})),
                "delete" => app.client.delete(app.url(&concrete)),
                _ => continue,
            };
            let status = request.send().await.unwrap().status();
            assert!(
                status != 404 && status != 405,
                "{method} {path} is documented but the server answers {status}"
            );
        }
    }
}
