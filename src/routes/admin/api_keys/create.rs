//! `POST /admin/api-keys`: creates a key and shows it exactly once (the page is not cached
//! and the key is never stored in clear).

use super::list::{CreateInput, ListView, list_page};
use crate::accounts::api_keys::{self as keys, NewKey};
use crate::auth::{CsrfForm, HrAdmin, Scope};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

/// Raw create form: a name and one checkbox per scope.
#[derive(Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    name: String,
    scope_import: Option<String>,
    scope_touchpoint: Option<String>,
    scope_results_read: Option<String>,
}

/// `POST /admin/api-keys`
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    form: CsrfForm<CreateForm>,
) -> AppResult<HttpResponse> {
    let form = form.0;
    let chosen: Vec<Scope> = [
        (form.scope_import.is_some(), Scope::Import),
        (form.scope_touchpoint.is_some(), Scope::Touchpoint),
        (form.scope_results_read.is_some(), Scope::ResultsRead),
    ]
    .into_iter()
    .filter_map(|(ticked, scope)| ticked.then_some(scope))
    .collect();
    let new = match NewKey::parse(&form.name, &chosen) {
        Ok(new) => new,
        Err(errors) => {
            let input = CreateInput {
                name: form.name.clone(),
                import: form.scope_import.is_some(),
                touchpoint: form.scope_touchpoint.is_some(),
                results_read: form.scope_results_read.is_some(),
            };
            let view = ListView {
                page_number: 1,
                input: &input,
                errors: &errors,
                notice: "",
            };
            return list_page(
                &state,
                &request,
                &user,
                view,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let created = keys::create(&state.db, &user, &new).await?;
    let mut context = tera::Context::new();
    context.insert("name", &new.name);
    context.insert("key", &created.key);
    context.insert(
        "scopes",
        &new.scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    );
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/api_keys/created.html",
        context,
    )
}
