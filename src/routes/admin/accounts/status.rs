//! Account status actions: re-send an invite, deactivate (after a confirmation page), and
//! reactivate.

use super::edit::{load, show_problem};
use super::{FormProblem, State, form_problem};
use crate::accounts::{invite, manage};
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::AppResult;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::{HttpRequest, HttpResponse, web};

/// `GET /admin/accounts/{id}/deactivate`: asks for confirmation.
pub async fn confirm(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let account = load(&state, path.into_inner()).await?;
    let mut context = tera::Context::new();
    context.insert("account", &account);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "admin/accounts/deactivate.html",
        context,
    )
}

/// `POST /admin/accounts/{id}/deactivate`
#[tracing::instrument(skip_all)]
pub async fn deactivate(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    change(request, state, user, path.into_inner(), false).await
}

/// `POST /admin/accounts/{id}/reactivate`
#[tracing::instrument(skip_all)]
pub async fn reactivate(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    change(request, state, user, path.into_inner(), true).await
}

async fn change(
    request: HttpRequest,
    state: State,
    user: crate::auth::CurrentUser,
    id: i32,
    active: bool,
) -> AppResult<HttpResponse> {
    match manage::set_active(&state, &user, id, active).await {
        Ok(()) => Ok(page::see_other(&format!("/admin/accounts/{id}?saved=1"))),
        Err(error) => match form_problem(error)? {
            FormProblem::Rule(key) => show_problem(&state, &request, &user, id, key).await,
            FormProblem::Fields(_) => {
                show_problem(&state, &request, &user, id, "acct-error-generic").await
            }
        },
    }
}

/// `POST /admin/accounts/{id}/resend`
#[tracing::instrument(skip_all)]
pub async fn resend(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    match invite::resend(&state, &user, id).await {
        Ok(()) => Ok(page::see_other(&format!("/admin/accounts/{id}?resent=1"))),
        Err(error) => match form_problem(error)? {
            FormProblem::Rule(key) => show_problem(&state, &request, &user, id, key).await,
            FormProblem::Fields(_) => {
                show_problem(&state, &request, &user, id, "acct-error-generic").await
            }
        },
    }
}
