//! Creating and editing a relationship: the form, re-rendered with 422 and every error next
//! to its field when the input is not acceptable.

use crate::audit::Actor;
use crate::auth::{CsrfForm, HrAdmin};
use crate::error::{AppError, AppResult};
use crate::programme::FieldErrors;
use crate::programme::relationship_input::RelationshipForm;
use crate::roster;
use crate::state::AppState;
use crate::store::programme::relationships;
use crate::web::page;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn render_form(
    viewer: page::Viewer<'_>,
    id: Option<i32>,
    form_page: page::FormPage<'_, &RelationshipForm, FieldErrors>,
) -> AppResult<HttpResponse> {
    let state = viewer.state;
    let page::FormPage {
        form,
        errors,
        status,
    } = form_page;
    let mut context = tera::Context::new();
    context.insert("id", &id);
    context.insert("form", form);
    context.insert("errors", errors);
    context.insert("departments", &relationships::departments(&state.db).await?);
    page::render_status(viewer, "admin/relationships/form.html", context, status)
}

/// `GET /admin/relationships/new`
#[tracing::instrument(skip_all)]
pub async fn new(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
) -> AppResult<HttpResponse> {
    let form = RelationshipForm {
        customer_department_id: crate::programme::relationship_input::EVERYONE.to_owned(),
        active: "on".to_owned(),
        ..Default::default()
    };
    render_form(
        page::Viewer::new(&state, &request, Some(&user)),
        None,
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /admin/relationships`
#[tracing::instrument(skip_all)]
pub async fn create(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    CsrfForm(form): CsrfForm<RelationshipForm>,
) -> AppResult<HttpResponse> {
    match crate::programme::relationship_input::validate(&state.db, &form, None).await? {
        Ok(input) => {
            roster::relationships::create(&state.db, &Actor::from(&user), input).await?;
            Ok(page::see_other("/admin/relationships"))
        }
        Err(errors) => {
            render_form(
                page::Viewer::new(&state, &request, Some(&user)),
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

/// `GET /admin/relationships/{id}/edit`
#[tracing::instrument(skip_all)]
pub async fn edit(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = relationships::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = RelationshipForm::from_model(&model);
    render_form(
        page::Viewer::new(&state, &request, Some(&user)),
        Some(id),
        page::FormPage {
            form: &form,
            errors: &FieldErrors::new(),
            status: StatusCode::OK,
        },
    )
    .await
}

/// `POST /admin/relationships/{id}`
#[tracing::instrument(skip_all)]
pub async fn update(
    request: HttpRequest,
    state: web::Data<AppState>,
    HrAdmin(user): HrAdmin,
    path: web::Path<i32>,
    CsrfForm(form): CsrfForm<RelationshipForm>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let model = relationships::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    match crate::programme::relationship_input::validate(&state.db, &form, Some(id)).await? {
        Ok(input) => {
            roster::relationships::update(&state.db, &Actor::from(&user), model, input).await?;
            Ok(page::see_other("/admin/relationships"))
        }
        Err(errors) => {
            render_form(
                page::Viewer::new(&state, &request, Some(&user)),
                Some(id),
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
