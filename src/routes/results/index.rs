//! `GET /results`: the providers whose results the user may read — their own departments for
//! department heads, every providing department for HR and viewers — with their services.

use super::load;
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::state::AppState;
use crate::store::programme::relationships;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct ProviderEntry {
    id: i32,
    name: String,
    services: Vec<String>,
}

/// `GET /results`
#[tracing::instrument(skip_all)]
pub async fn show(
    request: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
) -> AppResult<HttpResponse> {
    let names = load::department_names(&state).await?;
    let mut providers: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    if let Some(own) = user.department_scope() {
        for id in own {
            providers.entry(*id).or_default();
        }
    }
    for relationship in relationships::list(&state.db).await? {
        let id = relationship.provider_department_id;
        if load::check_scope(user.department_scope(), id).is_ok() {
            providers
                .entry(id)
                .or_default()
                .push(relationship.service_name);
        }
    }
    let mut entries: Vec<ProviderEntry> = providers
        .into_iter()
        .map(|(id, services)| ProviderEntry {
            id,
            name: names.get(&id).cloned().unwrap_or_default(),
            services,
        })
        .collect();
    entries.sort_by_key(|e| e.name.to_lowercase());
    let mut context = tera::Context::new();
    context.insert("providers", &entries);
    context.insert("sees_all", &user.department_scope().is_none());
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "results/index.html",
        context,
    )
}
