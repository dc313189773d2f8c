//! Inviting a staff member: `GET /admin/accounts/invite` shows the form, `POST
//! /admin/accounts` creates the account and queues the invitation email.

use super::{FormProblem, State, department_choices, form_problem, ticked_departments};
use crate::accounts::FieldErrors;
use crate::accounts::invite::{self, Invitation, InviteInput};
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::AppResult;
use crate::store::accounts::account_admin;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;
use std::collections::HashMap;

const FIELDS: &[&str] = &["email", "display_name", "role", "departments", "locale"];

/// Raw invite form; department checkboxes arrive as `department_<id>` fields.
#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    locale: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

async fn form_page(
    viewer: page::Viewer<'_>,
    form_page: page::FormPage<'_, &InviteForm, FieldErrors>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let locale = viewer.locale();
    let ticked = ticked_departments(&form.rest);
    let options = account_admin::department_options(&state.db).await?;
    let mut context = tera::Context::new();
    context.insert("email", &form.email);
    context.insert("display_name", &form.display_name);
    context.insert("role", &form.role);
    context.insert("locale", &form.locale);
    context.insert("has_departments", &!options.is_empty());
    context.insert("departments", &department_choices(options, &ticked));
    context.insert("languages", &crate::routes::account::language_choices());
    context.insert("errors", &errors.for_form(&state.i18n, locale, FIELDS));
    page::render_status(viewer, "admin/accounts/invite.html", context, status)
}

/// `GET /admin/accounts/invite`
pub async fn show(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let form = InviteForm {
        role: "department_head".to_owned(),
        locale: state.settings.i18n.default_locale.as_str().to_owned(),
        ..Default::default()
    };
    form_page(
        page::Viewer::new(&state, &request, Some(&user)),
        page::FormPage {
            form: &form,
            errors: &FieldErrors::default(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /admin/accounts`
#[tracing::instrument(skip_all)]
pub async fn submit(
    request: HttpRequest,
    state: State,
    HrAdmin(user): HrAdmin,
    form: CsrfForm<InviteForm>,
) -> AppResult<HttpResponse> {
    let form = form.0;
    let input = InviteInput {
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        role: form.role.clone(),
        departments: ticked_departments(&form.rest),
        locale: form.locale.clone(),
    };
    let result = match Invitation::try_from(input) {
        Ok(invitation) => invite::invite(&state, &user, invitation).await,
        Err(errors) => Err(crate::accounts::AccountError::Invalid(errors)),
    };
    match result {
        Ok(id) => Ok(page::see_other(&format!("/admin/accounts/{id}?invited=1"))),
        Err(error) => {
            let errors = match form_problem(error)? {
                FormProblem::Fields(errors) => errors,
                FormProblem::Rule(key) => {
                    let mut errors = FieldErrors::default();
                    errors.add("email", key);
                    errors
                }
            };
            form_page(
                page::Viewer::new(&state, &request, Some(&user)),
                page::FormPage {
                    form: &form,
                    errors: &errors,
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                },
            )
            .await
        }
    }
}
