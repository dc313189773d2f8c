//! Changing an action beyond its form: the status (from the lists), deleting it (with a
//! confirmation step) and its translations, so "you said, we did" reaches every customer in
//! their own language.

use crate::auth::{CsrfForm, Editor};
use crate::domain::Locale;
use crate::domain::text::{self, CONTROL_CHARACTERS_KEY};
use crate::error::{AppError, AppResult};
use crate::followup;
use crate::followup::action_input::{MAX_DESCRIPTION, MAX_TITLE, parse_status};
use crate::programme::{FieldErrors, text_error};
use crate::state::AppState;
use crate::store::followup::action_translations::{self, Translation};
use crate::store::followup::actions;
use crate::web::forms::EmptyForm;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The status form of the lists.
#[derive(Debug, Default, Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    /// The list to go back to.
    #[serde(default)]
    return_to: String,
}

/// Only our own list pages are accepted as a place to go back to.
fn safe_return(raw: &str) -> Option<&str> {
    let ok = (raw == "/actions" || raw.starts_with("/results/relationships/"))
        && !raw.contains("//")
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-' || b == b'_');
    ok.then_some(raw)
}

/// `POST /actions/{id}/status`
#[tracing::instrument(skip_all)]
pub async fn set_status(
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    let status = parse_status(&form.status)
        .ok_or_else(|| AppError::Validation("unknown status".to_owned()))?;
    let model = actions::find_model(&state.db, view.id)
        .await?
        .ok_or(AppError::NotFound)?;
    actions::set_status(&state.db, model, status, Utc::now()).await?;
    Ok(page::see_other(&match safe_return(&form.return_to) {
        Some(path) => format!("{path}?notice=updated"),
        None => super::list_after_change(&user, &view, "updated"),
    }))
}

/// `GET /actions/{id}/delete`
#[tracing::instrument(skip_all)]
pub async fn confirm_delete(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    let mut context = tera::Context::new();
    context.insert("action", &view);
    page::render(
        page::Viewer::new(&state, &request, Some(&user)),
        "actions/delete.html",
        context,
    )
}

/// `POST /actions/{id}/delete`
#[tracing::instrument(skip_all)]
pub async fn delete(
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    actions::delete(&state.db, view.id).await?;
    Ok(page::see_other(&super::list_after_change(
        &user, &view, "deleted",
    )))
}

/// One locale's fields on the translations page.
#[derive(Serialize)]
struct LocaleFields {
    code: &'static str,
    name: &'static str,
    title: String,
    description: String,
}

fn render_translations(
    viewer: page::Viewer<'_>,
    view: &actions::ActionView,
    form_page: page::FormPage<'_, Vec<LocaleFields>, FieldErrors>,
) -> AppResult<HttpResponse> {
    let page::FormPage {
        form: fields,
        errors,
        status,
    } = form_page;
    let mut context = tera::Context::new();
    context.insert("action", view);
    context.insert("locales", &fields);
    context.insert("errors", errors);
    context.insert("max_title", &MAX_TITLE);
    page::render_status(viewer, "actions/translations.html", context, status)
}

/// `GET /actions/{id}/translations`
#[tracing::instrument(skip_all)]
pub async fn translations(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    let stored = action_translations::of(&state.db, view.id).await?;
    let fields = Locale::ALL
        .iter()
        .map(|l| {
            let found = stored.iter().find(|t| t.locale == l.as_str());
            LocaleFields {
                code: l.as_str(),
                name: l.native_name(),
                title: found.map(|t| t.title.clone()).unwrap_or_default(),
                description: found.map(|t| t.description.clone()).unwrap_or_default(),
            }
        })
        .collect();
    render_translations(
        page::Viewer::new(&state, &request, Some(&user)),
        &view,
        page::FormPage {
            form: fields,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
}

/// Checks the translations form: per locale a one-line title (1–200 characters) when anything
/// is given, a description of at most 4,000; both blank removes that translation. Neither
/// may hold control characters other than the description's line breaks and tabs.
fn validate(
    form: &HashMap<String, String>,
) -> (Vec<LocaleFields>, Result<Vec<Translation>, FieldErrors>) {
    let mut errors = FieldErrors::new();
    let mut fields = vec![];
    let mut translations = vec![];
    for locale in Locale::ALL {
        let code = locale.as_str();
        let raw_title = form
            .get(&format!("title_{code}"))
            .cloned()
            .unwrap_or_default();
        let raw_description = form
            .get(&format!("description_{code}"))
            .cloned()
            .unwrap_or_default();
        let title = raw_title.trim().to_owned();
        if text::has_label_control(&title) {
            errors.add(format!("title_{code}"), CONTROL_CHARACTERS_KEY);
        }
        let description = text::multi_line(&raw_description, MAX_DESCRIPTION)
            .inspect_err(|error| {
                let key = text_error(*error, "err-action-description");
                errors.add(format!("description_{code}"), key);
            })
            .unwrap_or_default();
        if title.chars().count() > MAX_TITLE || (title.is_empty() && !description.is_empty()) {
            errors.add(format!("title_{code}"), "err-action-title");
        }
        if !title.is_empty() {
            translations.push(Translation {
                locale: code.to_owned(),
                title: title.clone(),
                description: description.clone(),
            });
        }
        fields.push(LocaleFields {
            code,
            name: locale.native_name(),
            title: raw_title,
            description: raw_description,
        });
    }
    (fields, errors.into_result(|| translations))
}

/// `POST /actions/{id}/translations`: replaces every translation in one transaction.
#[tracing::instrument(skip_all)]
pub async fn save_translations(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    let (fields, checked) = validate(&form);
    let translations = match checked {
        Ok(translations) => translations,
        Err(errors) => {
            return render_translations(
                page::Viewer::new(&state, &request, Some(&user)),
                &view,
                page::FormPage {
                    form: fields,
                    errors: &errors,
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                },
            );
        }
    };
    followup::action_translations::save(&state.db, view.id, translations).await?;
    Ok(page::see_other(&super::list_after_change(
        &user,
        &view,
        "translated",
    )))
}
