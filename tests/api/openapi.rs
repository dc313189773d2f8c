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

#[tokio::test]
async fn every_operation_has_a_unique_operation_id() {
    let app = spawn_app().await;
    let document: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();

    let mut ids = vec![];
    for operations in document["paths"].as_object().unwrap().values() {
        for operation in operations.as_object().unwrap().values() {
            if let Some(id) = operation.get("operationId").and_then(|v| v.as_str()) {
                ids.push(id.to_owned());
            }
        }
    }

    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert!(count > 20, "only {count} operations documented");
    assert_eq!(ids.len(), count, "duplicate operation ids");
}

fn collect_refs(value: &serde_json::Value, refs: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner.as_str()) {
                    ("$ref", Some(target)) => refs.push(target.to_owned()),
                    _ => collect_refs(inner, refs),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_refs(item, refs)),
        _ => {}
    }
}

#[tokio::test]
async fn every_schema_reference_points_at_a_defined_schema() {
    let app = spawn_app().await;
    let document: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();

    let mut refs = vec![];
    collect_refs(&document, &mut refs);

    assert!(!refs.is_empty());
    for target in refs {
        let name = target
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected reference {target}"));
        assert!(
            document["components"]["schemas"].get(name).is_some(),
            "{target} is referenced but not defined"
        );
    }
}

#[tokio::test]
async fn the_results_schemas_say_how_many_answered_and_why_a_figure_is_missing() {
    let app = spawn_app().await;
    let document: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let schemas = &document["components"]["schemas"];

    for (schema, field) in [
        ("QuestionResult", "answers"),
        ("QuestionResult", "state"),
        ("TrendPoint", "nps_answers"),
        ("TrendPoint", "nps_state"),
        ("TrendPoint", "questions"),
        ("QuestionPoint", "state"),
        ("DimensionScore", "of_questions"),
        ("BreakdownRow", "nps_answers"),
    ] {
        assert!(
            schemas[schema]["properties"][field].is_object(),
            "{schema}.{field} is documented"
        );
    }
    let states = schemas["FigureState"]["enum"].to_string();
    assert!(states.contains("not_enough_answers"), "{states}");
}
