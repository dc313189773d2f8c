//! Revoking a key: `GET /admin/api-keys/{id}/revoke` asks for confirmation, `POST` revokes.

use crate::accounts::api_keys as keys;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::accounts::api_keys;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /admin/api-keys/{id}/revoke`
pub async fn confirm(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let key = api_keys::find(&state.db, path.into_inner())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut context = tera::Context::new();
    context.insert("key", &key);
    context.insert("is_revoked", &key.revoked_at.is_some());
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/api_keys/revoke.html",
        context,
    )
}

/// `POST /admin/api-keys/{id}/revoke`
#[tracing::instrument(skip_all)]
pub async fn submit(
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    if !keys::revoke(&state.db, &user, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(page::see_other("/admin/api-keys?revoked=1"))
}
