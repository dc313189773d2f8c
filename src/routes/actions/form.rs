//! Recording and editing an action: the form, re-rendered with 422 and every error next to
//! its field when the input is not acceptable.

use crate::auth::{CsrfForm, CurrentUser, Editor};
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::followup::action_access::may_record_for;
use crate::followup::action_input::{ActionForm, ActionInput, Topic};
use crate::programme::FieldErrors;
use crate::state::AppState;
use crate::store::followup::actions::{self};
use crate::store::programme::relationships::{self, RelationshipView};
use crate::store::survey;
use crate::survey::form::{self as survey_form, Languages};
use crate::survey::model::Section;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use entity::question::Dimension;
use sea_orm::{ActiveEnum, Iterable};
use serde::{Deserialize, Serialize};

/// One choice of the "about" picker.
#[derive(Serialize)]
struct TopicOption {
    value: String,
    /// A Fluent id to translate …
    key: Option<String>,
    /// … or a text to show as it is (a question's prompt).
    text: Option<String>,
}

/// The choices: the whole service, each dimension, and the question the form is about.
async fn topics(
    state: &AppState,
    locale: Locale,
    relationship: &RelationshipView,
    current: &str,
) -> AppResult<Vec<TopicOption>> {
    let mut options = vec![TopicOption {
        value: Topic::Service.form_value(),
        key: Some("loop-topic-service".to_owned()),
        text: None,
    }];
    options.extend(Dimension::iter().map(|d| TopicOption {
        value: Topic::Dimension(d).form_value(),
        key: Some(format!("dimension-{}", d.to_value())),
        text: None,
    }));
    if let Some(Topic::Question(id)) = Topic::parse(current)
        && let Some(question) = survey::question(&state.db, id).await?
    {
        let section = Section {
            relationship_id: relationship.id,
            service: relationship.service_name.clone(),
            provider: relationship.provider_name.clone(),
            standard: relationship.service_standard.clone(),
            ..Section::default()
        };
        let languages = Languages {
            i18n: &state.i18n,
            locale,
            default: state.settings.i18n.default_locale,
        };
        options.push(TopicOption {
            value: Topic::Question(id).form_value(),
            key: None,
            text: Some(survey_form::prompt(&section, &question, languages)),
        });
    }
    Ok(options)
}

async fn render_form(
    viewer: page::Viewer<'_>,
    relationship: &RelationshipView,
    action_id: Option<i32>,
    form_page: page::FormPage<'_, &ActionForm, FieldErrors>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let locale = viewer.locale();
    let mut context = tera::Context::new();
    context.insert("relationship", relationship);
    context.insert("id", &action_id);
    context.insert("form", form);
    context.insert("errors", errors);
    context.insert("departments", &relationships::departments(&state.db).await?);
    context.insert(
        "topics",
        &topics(state, locale, relationship, &form.topic).await?,
    );
    context.insert("statuses", &["planned", "in_progress", "done"]);
    page::render_status(viewer, "actions/form.html", context, status)
}

/// The relationship `id` if `user` may record actions for it (404 unknown, 403 not theirs).
async fn recordable(state: &AppState, user: &CurrentUser, id: i32) -> AppResult<RelationshipView> {
    let relationship = relationships::find_view(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if may_record_for(user, relationship.provider_department_id) {
        Ok(relationship)
    } else {
        Err(AppError::Forbidden)
    }
}

/// `?topic=` of the new-action link.
#[derive(Debug, Default, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    topic: String,
}

/// `GET /results/relationships/{id}/actions/new`
#[tracing::instrument(skip_all)]
pub async fn new(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    query: web::Query<NewQuery>,
) -> AppResult<HttpResponse> {
    let relationship = recordable(&state, &user, path.into_inner()).await?;
    let topic = Topic::parse(&query.topic).unwrap_or(Topic::Service);
    let form = ActionForm {
        owner_department_id: relationship.provider_department_id.to_string(),
        status: "planned".to_owned(),
        topic: topic.form_value(),
        ..Default::default()
    };
    render_form(
        page::Viewer::new(&state, &request, Some(&user)),
        &relationship,
        None,
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /results/relationships/{id}/actions`
#[tracing::instrument(skip_all)]
pub async fn create(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> AppResult<HttpResponse> {
    let relationship = recordable(&state, &user, path.into_inner()).await?;
    let stored = match ActionInput::try_from(&form) {
        Ok(input) => {
            actions::insert(&state.db, relationship.id, input, user.id, Utc::now()).await?
        }
        Err(errors) => Err(errors),
    };
    match stored {
        Ok(_) => Ok(page::see_other(&format!(
            "/results/relationships/{}/actions?notice=created",
            relationship.id
        ))),
        Err(errors) => {
            render_form(
                page::Viewer::new(&state, &request, Some(&user)),
                &relationship,
                None,
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

/// The form filled with a stored action.
fn form_of(view: &actions::ActionView) -> ActionForm {
    let topic = match (view.question_id, view.dimension.as_deref()) {
        (Some(id), _) => Topic::Question(id),
        (None, Some(d)) => crate::followup::action_input::parse_dimension(d)
            .map_or(Topic::Service, Topic::Dimension),
        (None, None) => Topic::Service,
    };
    ActionForm {
        title: view.title.clone(),
        description: view.description.clone(),
        owner_department_id: view.owner_department_id.to_string(),
        status: view.status.clone(),
        due_on: view
            .due_on
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        topic: topic.form_value(),
    }
}

/// `GET /actions/{id}/edit`
#[tracing::instrument(skip_all)]
pub async fn edit(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    let relationship = relationships::find_view(&state.db, view.relationship_id)
        .await?
        .ok_or(AppError::NotFound)?;
    render_form(
        page::Viewer::new(&state, &request, Some(&user)),
        &relationship,
        Some(view.id),
        page::FormPage {
            form: &form_of(&view),
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /actions/{id}`
#[tracing::instrument(skip_all)]
pub async fn update(
    request: HttpRequest,
    state: web::Data<AppState>,
    Editor(user): Editor,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> AppResult<HttpResponse> {
    let view = super::editable(&state, &user, path.into_inner()).await?;
    let model = actions::find_model(&state.db, view.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = match ActionInput::try_from(&form) {
        Ok(input) => actions::update(&state.db, model, input, Utc::now()).await?,
        Err(errors) => Err(errors),
    };
    match stored {
        Ok(()) => Ok(page::see_other(&super::list_after_change(
            &user, &view, "updated",
        ))),
        Err(errors) => {
            let relationship = relationships::find_view(&state.db, view.relationship_id)
                .await?
                .ok_or(AppError::NotFound)?;
            render_form(
                page::Viewer::new(&state, &request, Some(&user)),
                &relationship,
                Some(view.id),
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
